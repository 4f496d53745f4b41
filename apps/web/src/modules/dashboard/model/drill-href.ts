export type CountKey =
  | 'tasksLed'
  | 'tasksCooperated'
  | 'acknowledged'
  | 'inProgress'
  | 'awaitingReview'
  | 'completed'
  | 'overdue'
  | 'handoffsIn'
  | 'handoffsOut'
  | 'findingsOpen'
  | 'findingsRectifying'
  | 'findingsClosed'
  | 'findingsOverdue';

/**
 * Where each count leads: the tasks or findings behind it, filtered in the address. Task counts are of
 * the tasks a unit leads, except the cooperated ones.
 */
const DRILL: Partial<Record<CountKey, Record<string, string>>> = {
  tasksLed: { role: 'lead' },
  tasksCooperated: { role: 'cooperating' },
  acknowledged: { role: 'lead', status: 'IN_PROGRESS' },
  inProgress: { role: 'lead', status: 'IN_PROGRESS' },
  awaitingReview: { role: 'lead', status: 'AWAITING_REVIEW' },
  completed: { role: 'lead', status: 'COMPLETED' },
  overdue: { role: 'lead', overdue: 'true' },
  handoffsIn: { role: 'lead' },
  handoffsOut: {},
};
const FINDINGS_DRILL: Partial<Record<CountKey, Record<string, string>>> = {
  findingsOpen: {},
  findingsRectifying: { status: 'RECTIFYING' },
  findingsClosed: { status: 'CLOSED' },
  findingsOverdue: { overdue: 'true' },
};

/** The address of the list behind a number: tasks of the list, or the rectification ledger. */
export function drillHref(listId: string | undefined, unitId: string | null, key: CountKey | 'unit'): string {
  const findings = key === 'unit' ? undefined : FINDINGS_DRILL[key];
  if (findings) {
    const query = new URLSearchParams({ ...(unitId ? { unit: unitId } : {}), ...findings });
    return `/rectifications?${query.toString()}`;
  }
  const query = new URLSearchParams({
    ...(listId ? { list: listId } : {}),
    ...(unitId ? { unit: unitId } : {}),
    ...(key === 'unit' ? {} : (DRILL[key] ?? {})),
  });
  return `/tasks?${query.toString()}`;
}
