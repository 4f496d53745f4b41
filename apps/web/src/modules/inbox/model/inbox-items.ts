import type { FindingRowFragment, InboxTaskFragment } from '../../../generated/graphql.js';

export type InboxKind = 'handoff' | 'review' | 'extension' | 'verification';

export interface InboxItem {
  /** One task can wait for two decisions (a handoff and an extension): the key tells them apart. */
  key: string;
  kind: InboxKind;
  /** When the decision was asked for: the inbox is oldest first. */
  since: string;
  task?: InboxTaskFragment;
  finding?: FindingRowFragment;
}

/**
 * What waits for a decision of the office (handoffs, completion reviews, extension requests) or of
 * inspectors (findings awaiting verification), oldest request first.
 */
export function inboxItems(
  tasks: readonly InboxTaskFragment[],
  findings: readonly FindingRowFragment[],
): InboxItem[] {
  const items: InboxItem[] = [];
  for (const task of tasks) {
    if (task.pendingHandoff)
      items.push({
        key: `handoff:${task.id}`,
        kind: 'handoff',
        since: task.pendingHandoff.requestedAt,
        task,
      });
    if (task.status === 'AWAITING_REVIEW')
      items.push({ key: `review:${task.id}`, kind: 'review', since: task.completionRequestedAt ?? '', task });
    if (task.pendingExtension)
      items.push({
        key: `extension:${task.id}`,
        kind: 'extension',
        since: task.pendingExtension.requestedAt,
        task,
      });
  }
  for (const finding of findings)
    if (finding.status === 'AWAITING_VERIFICATION')
      items.push({
        key: `verification:${finding.id}`,
        kind: 'verification',
        since: finding.updatedAt,
        finding,
      });
  return items.sort((a, b) => a.since.localeCompare(b.since) || a.key.localeCompare(b.key));
}
