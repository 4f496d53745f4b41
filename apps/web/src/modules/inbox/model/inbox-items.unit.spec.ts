import { describe, expect, it } from 'vitest';
import type { FindingRowFragment, InboxTaskFragment } from '../../../generated/graphql.js';
import { inboxItems } from './inbox-items.js';

const task = (over: Partial<InboxTaskFragment>): InboxTaskFragment => ({
  id: 't',
  listId: 'l',
  title: 'T',
  area: 'A',
  status: 'IN_PROGRESS',
  leadUnitId: 'u',
  leadUnitName: 'U',
  deadline: '2024-12-31',
  completionRequestedAt: null,
  pendingHandoff: null,
  pendingExtension: null,
  ...over,
});

describe('the items waiting for a decision', () => {
  it('lists handoffs, reviews and extension requests, oldest request first', () => {
    const items = inboxItems(
      [
        task({ id: 'review', status: 'AWAITING_REVIEW', completionRequestedAt: '2024-06-03T00:00:00Z' }),
        task({
          id: 'both',
          status: 'HANDOFF_PENDING',
          pendingHandoff: {
            fromUnitId: 'a',
            fromUnitName: 'A',
            toUnitId: 'b',
            toUnitName: 'B',
            reason: 'r',
            requestedAt: '2024-06-01T00:00:00Z',
          },
          pendingExtension: {
            currentDeadline: '2024-12-31',
            requestedDeadline: '2025-03-31',
            reason: 'r',
            requestedAt: '2024-06-02T00:00:00Z',
          },
        }),
        task({ id: 'quiet' }),
      ],
      [],
    );
    expect(items.map((item) => item.key)).toEqual(['handoff:both', 'extension:both', 'review:review']);
  });

  it('takes only findings awaiting verification', () => {
    const finding = (id: string, status: string, updatedAt: string) =>
      ({ id, status, updatedAt }) as FindingRowFragment;
    const items = inboxItems(
      [],
      [finding('f2', 'AWAITING_VERIFICATION', '2024-05-02'), finding('f1', 'RECTIFYING', '2024-05-01')],
    );
    expect(items.map((item) => item.key)).toEqual(['verification:f2']);
  });
});
