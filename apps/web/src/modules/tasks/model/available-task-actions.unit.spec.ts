import { describe, expect, it } from 'vitest';
import { availableTaskActions } from './available-task-actions.js';
import type { TaskActionFacts } from './available-task-actions.js';

const task = (overrides: Partial<TaskActionFacts> = {}): TaskActionFacts => ({
  status: 'IN_PROGRESS',
  leadUnitId: 'lead',
  units: [
    { unitId: 'lead', role: 'LEAD', acknowledged: true },
    { unitId: 'helper', role: 'COOPERATING', acknowledged: false },
    { unitId: 'old', role: 'FORMER_LEAD', acknowledged: true },
  ],
  hasPendingHandoff: false,
  hasPendingExtension: false,
  ...overrides,
});
const office = { role: 'DISTRICT_OFFICE' as const };
const officer = (unitId: string) => ({ role: 'UNIT_OFFICER' as const, unitId });

describe('the actions offered on a task', () => {
  it('lets the office review a task awaiting review, besides urging and cancelling it', () => {
    expect(availableTaskActions(task({ status: 'AWAITING_REVIEW' }), office)).toEqual([
      'accept',
      'return',
      'urge',
      'cancel',
    ]);
  });

  it('lets the office decide a pending handoff and a pending extension', () => {
    expect(
      availableTaskActions(
        task({ status: 'HANDOFF_PENDING', hasPendingHandoff: true, hasPendingExtension: true }),
        office,
      ),
    ).toEqual(['approveHandoff', 'rejectHandoff', 'approveExtension', 'rejectExtension', 'urge', 'cancel']);
  });

  it('offers nothing on a closed task', () => {
    expect(availableTaskActions(task({ status: 'COMPLETED' }), office)).toEqual([]);
    expect(availableTaskActions(task({ status: 'CANCELLED' }), officer('lead'))).toEqual([]);
  });

  it('asks the lead to acknowledge an assignment before anything but a handoff or extension', () => {
    const assigned = task({
      status: 'ASSIGNED',
      units: [{ unitId: 'lead', role: 'LEAD', acknowledged: false }],
    });
    expect(availableTaskActions(assigned, officer('lead'))).toEqual([
      'acknowledge',
      'requestHandoff',
      'requestExtension',
    ]);
  });

  it('lets the lead report, ask for completion, a handoff or an extension while in progress', () => {
    expect(availableTaskActions(task(), officer('lead'))).toEqual([
      'report',
      'requestCompletion',
      'requestHandoff',
      'requestExtension',
    ]);
  });

  it('lets a cooperating unit only acknowledge, and report once it has', () => {
    expect(availableTaskActions(task(), officer('helper'))).toEqual(['acknowledge']);
    const acknowledged = task({
      units: [
        { unitId: 'lead', role: 'LEAD', acknowledged: true },
        { unitId: 'helper', role: 'COOPERATING', acknowledged: true },
      ],
    });
    expect(availableTaskActions(acknowledged, officer('helper'))).toEqual(['report']);
  });

  it('offers nothing to a former lead, an unrelated unit, a leader or an inspector', () => {
    expect(availableTaskActions(task(), officer('old'))).toEqual([]);
    expect(availableTaskActions(task(), officer('stranger'))).toEqual([]);
    expect(availableTaskActions(task(), { role: 'LEADER' })).toEqual([]);
    expect(availableTaskActions(task(), { role: 'INSPECTOR' })).toEqual([]);
  });

  it('does not offer a second handoff or extension request while one is pending', () => {
    expect(availableTaskActions(task({ hasPendingExtension: true }), officer('lead'))).toEqual([
      'report',
      'requestCompletion',
      'requestHandoff',
    ]);
  });
});
