import type { HistoryActor, HistoryWriter } from './history-writer.js';

/**
 * A small district, written event by event with fixed times, whose figures are worked out by hand
 * below. Three units, one task list with four counted tasks (and one cancelled), one inspection with
 * three findings. The comments give the state at `SCRIPT_NOW`.
 */
export const SCRIPT_LIST_ID = 'list-2024';
export const SCRIPT_NOW = new Date('2024-07-01T10:00:00+08:00');
/** Between the two halves of the script: T1 is still in progress, nothing is completed yet. */
export const SCRIPT_MIDPOINT = new Date('2024-05-01T12:00:00+08:00');

const OFFICE: HistoryActor = { userId: 'office-1', role: 'DISTRICT_OFFICE', unitId: null };
const INSPECTOR: HistoryActor = { userId: 'inspector-1', role: 'INSPECTOR', unitId: null };
const officer = (unitId: string): HistoryActor => ({
  userId: `officer-${unitId}`,
  role: 'UNIT_OFFICER',
  unitId,
});
const at = (date: string, time = '09:00:00') => `${date}T${time}+08:00`;
const NO_INDICATORS = { indicators: [], rates: [] };
const MEDIATION = {
  indicators: [
    { id: 'accepted', name: '受理', unitOfMeasure: '起', target: null, partOf: null, sumOf: null },
    { id: 'resolved', name: '成功调解', unitOfMeasure: '起', target: null, partOf: 'accepted', sumOf: null },
  ],
  rates: [{ id: 'success', name: '成功率', numerator: 'resolved', denominator: 'accepted' }],
};

interface TaskSpec {
  id: string;
  area: string;
  lead: string;
  cooperating: string[];
  deadline: string;
  indicators?: typeof MEDIATION;
}

const TASKS: TaskSpec[] = [
  {
    id: 't1',
    area: '依法决策',
    lead: 'u1',
    cooperating: ['u2'],
    deadline: '2024-06-30',
    indicators: MEDIATION,
  },
  { id: 't2', area: '依法决策', lead: 'u2', cooperating: ['u3'], deadline: '2024-05-31' },
  { id: 't3', area: '行政执法', lead: 'u1', cooperating: [], deadline: '2024-07-05' },
  { id: 't4', area: '行政执法', lead: 'u3', cooperating: ['u1'], deadline: '2024-07-03' },
  { id: 't5', area: '行政执法', lead: 'u2', cooperating: [], deadline: '2024-12-31' },
];

const ref = (task: TaskSpec) => ({
  taskId: task.id,
  listId: SCRIPT_LIST_ID,
  area: task.area,
  title: `任务 ${task.id}`,
});
const task = (id: string) => TASKS.find((t) => t.id === id)!;
const finding = (id: string, unitId: string) => ({ findingId: id, inspectionId: 'insp-1', unitId });

/** Up to SCRIPT_MIDPOINT: units, the issued list, acknowledgements, reports, a handoff, findings logged. */
export async function writeFirstHalf(w: HistoryWriter): Promise<void> {
  const units: [string, string, string][] = [
    ['u1', '区司法局', 'DEPARTMENT'],
    ['u2', '区公安分局', 'DEPARTMENT'],
    ['u3', '城关镇', 'TOWNSHIP'],
  ];
  for (const [unitId, name, kind] of units) {
    await w.append(
      `unit-${unitId}`,
      'UnitRegistered',
      { unitId, name, kind, registeredAt: at('2024-01-02') },
      at('2024-01-02'),
    );
  }
  const areas = ['依法决策', '行政执法'];
  await w.append(
    `tasklist-${SCRIPT_LIST_ID}`,
    'TaskListDrafted',
    {
      listId: SCRIPT_LIST_ID,
      year: 2024,
      title: '2024年法治政府建设任务清单',
      documentNumber: null,
      areas,
      draftedAt: at('2024-02-01'),
    },
    at('2024-02-01'),
  );
  for (const t of TASKS) {
    await w.append(
      `tasklist-${SCRIPT_LIST_ID}`,
      'TaskAddedToList',
      { listId: SCRIPT_LIST_ID, taskId: t.id, area: t.area, addedAt: at('2024-02-02') },
      at('2024-02-02'),
    );
    await w.append(
      `task-${t.id}`,
      'TaskDrafted',
      {
        ...ref(t),
        description: `说明 ${t.id}`,
        leadUnitId: t.lead,
        cooperatingUnitIds: t.cooperating,
        deadline: t.deadline,
        indicators: t.indicators ?? NO_INDICATORS,
        draftedAt: at('2024-02-02'),
      },
      at('2024-02-02'),
    );
  }
  await w.append(
    `tasklist-${SCRIPT_LIST_ID}`,
    'TaskListIssued',
    {
      listId: SCRIPT_LIST_ID,
      year: 2024,
      title: '2024年法治政府建设任务清单',
      documentNumber: '昌法办〔2024〕1号',
      areas,
      taskIds: TASKS.map((t) => t.id),
      issuedAt: at('2024-03-01'),
    },
    at('2024-03-01'),
  );
  for (const t of TASKS) {
    await w.append(
      `task-${t.id}`,
      'TaskAssigned',
      {
        ...ref(t),
        description: `说明 ${t.id}`,
        leadUnitId: t.lead,
        cooperatingUnitIds: t.cooperating,
        deadline: t.deadline,
        indicators: t.indicators ?? NO_INDICATORS,
        assignedAt: at('2024-03-01'),
      },
      at('2024-03-01'),
    );
  }
  const ack = (
    id: string,
    unitId: string,
    role: 'LEAD' | 'COOPERATING',
    date: string,
    leadUnitId = task(id).lead,
  ) =>
    w.append(
      `task-${id}`,
      'TaskAcknowledged',
      { ...ref(task(id)), unitId, unitRole: role, leadUnitId, acknowledgedAt: at(date) },
      at(date),
      officer(unitId),
    );
  await ack('t1', 'u1', 'LEAD', '2024-03-02');
  await ack('t1', 'u2', 'COOPERATING', '2024-03-03');
  await ack('t2', 'u2', 'LEAD', '2024-03-05');
  await ack('t3', 'u1', 'LEAD', '2024-03-02');
  await ack('t5', 'u2', 'LEAD', '2024-03-02');

  await w.append(
    'task-t1',
    'TaskProgressReported',
    {
      ...ref(task('t1')),
      unitId: 'u1',
      unitRole: 'LEAD',
      leadUnitId: 'u1',
      percent: 50,
      narrative: '受理并调解',
      figures: { accepted: 297, resolved: 271 },
      figuresToDate: { accepted: 297, resolved: 271 },
      rates: [{ id: 'success', name: '成功率', numerator: 271, denominator: 297, percent: 91.2 }],
      evidence: [
        { sha256: 'a'.repeat(64), name: '台账.xlsx', size: 100, contentType: 'application/vnd.ms-excel' },
      ],
      reportedAt: at('2024-04-01'),
    },
    at('2024-04-01'),
    officer('u1'),
  );
  await w.append(
    'task-t1',
    'TaskProgressReported',
    {
      ...ref(task('t1')),
      unitId: 'u2',
      unitRole: 'COOPERATING',
      leadUnitId: 'u1',
      percent: 40,
      narrative: '配合排查',
      figures: { accepted: 3, resolved: 5 },
      figuresToDate: { accepted: 3, resolved: 5 },
      rates: [{ id: 'success', name: '成功率', numerator: 5, denominator: 3, percent: 166.7 }],
      evidence: [],
      reportedAt: at('2024-04-02'),
    },
    at('2024-04-02'),
    officer('u2'),
  );
  await w.append(
    'task-t2',
    'TaskProgressReported',
    {
      ...ref(task('t2')),
      unitId: 'u2',
      unitRole: 'LEAD',
      leadUnitId: 'u2',
      percent: 30,
      narrative: '推进中',
      figures: {},
      figuresToDate: {},
      rates: [],
      evidence: [],
      reportedAt: at('2024-04-10'),
    },
    at('2024-04-10'),
    officer('u2'),
  );

  await w.append(
    'task-t3',
    'HandoffRequested',
    {
      ...ref(task('t3')),
      fromUnitId: 'u1',
      toUnitId: 'u3',
      reason: '属地管理',
      previousStatus: 'IN_PROGRESS',
      requestedAt: at('2024-04-01'),
    },
    at('2024-04-01'),
    officer('u1'),
  );
  await w.append(
    'task-t3',
    'HandoffApproved',
    {
      ...ref(task('t3')),
      fromUnitId: 'u1',
      toUnitId: 'u3',
      cooperatingUnitIds: [],
      deadline: '2024-07-05',
      comment: '同意',
      approvedAt: at('2024-04-02'),
    },
    at('2024-04-02'),
  );
  await ack('t3', 'u3', 'LEAD', '2024-04-03', 'u3');
  await w.append(
    'task-t5',
    'TaskCancelled',
    {
      ...ref(task('t5')),
      leadUnitId: 'u2',
      cooperatingUnitIds: [],
      previousStatus: 'IN_PROGRESS',
      reason: '不再需要',
      cancelledAt: at('2024-04-15'),
    },
    at('2024-04-15'),
  );

  await w.append(
    'inspection-insp-1',
    'InspectionOpened',
    {
      inspectionId: 'insp-1',
      kind: 'RULE_OF_LAW',
      title: '2024年法治督察',
      teamUserIds: ['inspector-1'],
      targetUnitIds: ['u1', 'u2'],
      periodStart: '2024-04-01',
      periodEnd: '2024-04-30',
      filesSampled: null,
      filesSampledByUnit: [],
      openedBy: 'inspector-1',
      openedAt: at('2024-04-01'),
    },
    at('2024-04-01'),
    INSPECTOR,
  );
  const findings: [string, string, string][] = [
    ['f1', 'u1', '2024-05-31'],
    ['f2', 'u2', '2024-06-15'],
    ['f3', 'u2', '2024-08-31'],
  ];
  for (const [id, unitId, deadline] of findings) {
    await w.append(
      `finding-${id}`,
      'FindingLogged',
      {
        ...finding(id, unitId),
        description: `问题 ${id}`,
        severity: id === 'f3' ? 'HIGH' : 'MEDIUM',
        category: '执法程序',
        evidence: [],
        rectificationDeadline: deadline,
        taskId: id === 'f1' ? 't1' : null,
        loggedBy: 'inspector-1',
        loggedAt: at('2024-04-02'),
      },
      at('2024-04-02'),
      INSPECTOR,
    );
    await w.append(
      `finding-${id}`,
      'FindingNotified',
      {
        ...finding(id, unitId),
        rectificationDeadline: deadline,
        notifiedBy: 'inspector-1',
        notifiedAt: at('2024-04-03'),
      },
      at('2024-04-03'),
      INSPECTOR,
    );
  }
  await w.append(
    'finding-f1',
    'RectificationPlanSubmitted',
    {
      ...finding('f1', 'u1'),
      plan: '整改方案',
      measures: ['培训'],
      plannedCompletionDate: '2024-05-20',
      plannedAfterDeadline: false,
      submittedBy: 'officer-u1',
      submittedAt: at('2024-04-10'),
    },
    at('2024-04-10'),
    officer('u1'),
  );
}

/** From SCRIPT_MIDPOINT to SCRIPT_NOW: completions, closures, an escalation. */
export async function writeSecondHalf(w: HistoryWriter): Promise<void> {
  await w.append(
    'finding-f1',
    'FindingClosureRequested',
    {
      ...finding('f1', 'u1'),
      summary: '已整改',
      evidence: [{ sha256: 'b'.repeat(64), name: '整改报告.pdf', size: 200, contentType: 'application/pdf' }],
      requestedBy: 'officer-u1',
      requestedAt: at('2024-05-20'),
    },
    at('2024-05-20'),
    officer('u1'),
  );
  await w.append(
    'finding-f1',
    'RectificationVerified',
    {
      ...finding('f1', 'u1'),
      remarks: null,
      rectificationDeadline: '2024-05-31',
      onTime: true,
      verifiedBy: 'inspector-1',
      closedAt: at('2024-05-25'),
    },
    at('2024-05-25'),
    INSPECTOR,
  );
  await w.append(
    'finding-f3',
    'RectificationPlanSubmitted',
    {
      ...finding('f3', 'u2'),
      plan: '方案',
      measures: [],
      plannedCompletionDate: '2024-08-01',
      plannedAfterDeadline: false,
      submittedBy: 'officer-u2',
      submittedAt: at('2024-05-10'),
    },
    at('2024-05-10'),
    officer('u2'),
  );
  await w.append(
    'finding-f3',
    'FindingEscalated',
    {
      ...finding('f3', 'u2'),
      reason: '问题严重',
      status: 'RECTIFYING',
      rectificationDeadline: '2024-08-31',
      escalatedBy: 'office-1',
      escalatedAt: at('2024-05-12'),
    },
    at('2024-05-12'),
    OFFICE,
  );
  await w.append(
    'task-t1',
    'TaskCompletionRequested',
    {
      ...ref(task('t1')),
      leadUnitId: 'u1',
      summary: '完成',
      evidence: [],
      deadline: '2024-06-30',
      requestedAt: at('2024-06-20'),
    },
    at('2024-06-20'),
    officer('u1'),
  );
  await w.append(
    'task-t1',
    'TaskAccepted',
    {
      ...ref(task('t1')),
      leadUnitId: 'u1',
      cooperatingUnitIds: ['u2'],
      deadline: '2024-06-30',
      completionRequestedAt: at('2024-06-20'),
      completedAt: at('2024-06-25'),
      onTime: true,
      comment: '通过',
    },
    at('2024-06-25'),
  );
  await w.append(
    'task-t3',
    'TaskCompletionRequested',
    {
      ...ref(task('t3')),
      leadUnitId: 'u3',
      summary: '完成',
      evidence: [],
      deadline: '2024-07-05',
      requestedAt: at('2024-06-30'),
    },
    at('2024-06-30'),
    officer('u3'),
  );
}

/**
 * The figures at SCRIPT_NOW (2024-07-01 10:00, yellow window 7 days), worked out by hand:
 * - u1 区司法局 leads t1 (completed on time; t3 was handed off to u3), cooperates on t4 (not
 *   acknowledged); f1 closed on time.
 * - u2 区公安分局 leads t2 (in progress, deadline 05-31: overdue), cooperates on t1 (acknowledged);
 *   t5 was cancelled and does not count; f2 notified and overdue (06-15), f3 rectifying and escalated.
 * - u3 城关镇 leads t3 (awaiting review, green) and t4 (assigned, due 07-03: yellow), cooperates on t2
 *   (not acknowledged); one handoff in.
 */
export const EXPECTED_UNITS = [
  {
    unitId: 'u1',
    tasksLed: 1,
    tasksCooperated: 1,
    acknowledged: 1,
    cooperationsAcknowledged: 0,
    inProgress: 0,
    awaitingReview: 0,
    completed: 1,
    completedOnTime: 1,
    overdue: 0,
    completionRate: 100,
    onTimeRate: 100,
    handoffsIn: 0,
    handoffsOut: 1,
    findings: 1,
    findingsOpen: 0,
    findingsRectifying: 0,
    findingsClosed: 1,
    findingsOverdue: 0,
    rectificationRate: 100,
    // Its completion request of t1 is its latest feedback.
    lastReportAt: at('2024-06-20'),
    trafficLight: 'GREEN',
  },
  {
    unitId: 'u2',
    tasksLed: 1,
    tasksCooperated: 1,
    // Leads t2, acknowledged; cooperates on t1, acknowledged: one of each.
    acknowledged: 1,
    cooperationsAcknowledged: 1,
    inProgress: 1,
    awaitingReview: 0,
    completed: 0,
    completedOnTime: 0,
    overdue: 1,
    completionRate: 0,
    onTimeRate: null,
    handoffsIn: 0,
    handoffsOut: 0,
    findings: 2,
    findingsOpen: 2,
    findingsRectifying: 1,
    findingsClosed: 0,
    findingsOverdue: 1,
    rectificationRate: 0,
    lastReportAt: at('2024-04-10'),
    trafficLight: 'RED',
  },
  {
    unitId: 'u3',
    tasksLed: 2,
    tasksCooperated: 1,
    acknowledged: 1,
    cooperationsAcknowledged: 0,
    inProgress: 0,
    awaitingReview: 1,
    completed: 0,
    completedOnTime: 0,
    overdue: 0,
    completionRate: 0,
    onTimeRate: null,
    handoffsIn: 1,
    handoffsOut: 0,
    findings: 0,
    findingsOpen: 0,
    findingsRectifying: 0,
    findingsClosed: 0,
    findingsOverdue: 0,
    rectificationRate: null,
    // Its completion request of t3.
    lastReportAt: at('2024-06-30'),
    trafficLight: 'YELLOW',
  },
] as const;

export const EXPECTED_TOTALS = {
  tasksLed: 4,
  tasksCooperated: 3,
  acknowledged: 3,
  cooperationsAcknowledged: 1,
  inProgress: 1,
  awaitingReview: 1,
  completed: 1,
  completedOnTime: 1,
  overdue: 1,
  completionRate: 25,
  onTimeRate: 100,
  handoffsIn: 1,
  handoffsOut: 1,
  findings: 3,
  findingsOpen: 2,
  findingsRectifying: 1,
  findingsClosed: 1,
  findingsOverdue: 1,
  rectificationRate: 33.3,
  lastReportAt: at('2024-06-30'),
  trafficLight: 'RED',
} as const;
