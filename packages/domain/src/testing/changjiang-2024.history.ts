import type { IndicatorFigures, IndicatorSet } from '../indicators/indicator.types.js';
import type { LoggedEvent } from '../reports/logged-event.js';

/**
 * A recorded history shaped like the seed report's 2024: seven areas, completed tasks carrying the
 * seed's figures, one task left open past its deadline, a case-file review of six units with 22
 * files, and a 2025 list. The double-random task reports 93 matters and 94 joint checks and declares
 * no rule between them, as the seed does.
 */
export const AREAS = [
  '思想引领与统筹',
  '政务服务与营商环境',
  '依法决策',
  '行政执法',
  '矛盾纠纷化解',
  '监督制约',
  '普法宣传',
];

export const UNITS = {
  justice: '区司法局',
  market: '区市场监管局',
  emergency: '区应急管理局',
  health: '区卫健委',
  agriculture: '区农村农业水利局',
  office: '区政府办',
  transport: '区交通运输局',
  ecology: '区生态环境分局',
  liyang: '丽阳镇',
} as const;
export type UnitKey = keyof typeof UNITS;

const OFFICE = { userId: 'user-office', role: 'DISTRICT_OFFICE', unitId: null };
const INSPECTOR = { userId: 'user-inspector', role: 'INSPECTOR', unitId: null };
const officer = (unitId: string) => ({ userId: `user-officer-${unitId}`, role: 'UNIT_OFFICER', unitId });

export interface FixtureTask {
  key: string;
  area: string;
  title: string;
  description: string;
  lead: UnitKey;
  indicators: IndicatorSet;
  /** Progress reports in order, each with the figures it states. */
  reports: IndicatorFigures[];
  summary: string;
  /** Completed unless set to false. */
  completed?: boolean;
  deadline?: string;
}

const set = (
  indicators: { id: string; name: string; unit: string; partOf?: string; sumOf?: string[] }[],
  rates: { id: string; name: string; numerator: string; denominator: string }[] = [],
): IndicatorSet => ({
  indicators: indicators.map((def) => ({
    id: def.id,
    name: def.name,
    unitOfMeasure: def.unit,
    target: null,
    partOf: def.partOf ?? null,
    sumOf: def.sumOf ?? null,
  })),
  rates,
});

export const TASKS_2024: FixtureTask[] = [
  {
    key: 'deploy',
    area: '思想引领与统筹',
    title: '强化任务部署',
    description: '细化指标任务,压实工作责任。',
    lead: 'justice',
    indicators: set([]),
    reports: [],
    summary: '制定任务清单,细化指标任务,完善法治政府建设工作运行机制',
  },
  {
    key: 'quiet',
    area: '政务服务与营商环境',
    title: '持续优化营商环境',
    description: '严格落实“企业安静期”制度。',
    lead: 'market',
    indicators: set([
      { id: 'checks', name: '执法检查', unit: '家次', sumOf: ['enterprises', 'selfEmployed'] },
      { id: 'enterprises', name: '企业', unit: '家次' },
      { id: 'selfEmployed', name: '个体户', unit: '家次' },
    ]),
    reports: [{ checks: 505, enterprises: 115, selfEmployed: 390 }],
    summary: '严格落实“企业安静期”制度',
  },
  {
    key: 'decisions',
    area: '依法决策',
    title: '推动规范化行政决策',
    description: '全面落实“三重一大”事项法治审查制度。',
    lead: 'office',
    indicators: set([{ id: 'reviewed', name: '审查重大行政决策事项', unit: '件' }]),
    reports: [{ reviewed: 6 }],
    summary: '按规定公开重大行政决策目录清单',
  },
  {
    key: 'doubleRandom',
    area: '行政执法',
    title: '强化执法监管职能',
    description: '持续推进“双随机、一公开”监管。',
    lead: 'market',
    indicators: set([
      { id: 'matters', name: '录入双随机监管事项', unit: '件' },
      { id: 'joint', name: '其中联合部门检查事项', unit: '件' },
    ]),
    reports: [{ matters: 93, joint: 94 }],
    summary: '严格落实联合抽查、“一案一码”等制度。录入双随机监管事项93件,其中联合部门检查事项94件,占比100%',
  },
  {
    key: 'lenient',
    area: '行政执法',
    title: '推行柔性执法方式',
    description: '推行“轻微免罚”和“首违不罚”制度。',
    lead: 'market',
    indicators: set([
      { id: 'notPunished', name: '不予处罚的案件', unit: '件' },
      { id: 'notPunishedAmount', name: '不予行政处罚金额', unit: '万元' },
      { id: 'lighter', name: '从轻行政处罚案件', unit: '件' },
      { id: 'reducedAmount', name: '减轻行政处罚金额', unit: '万元' },
    ]),
    reports: [{ notPunished: 72, notPunishedAmount: 22.23, lighter: 10, reducedAmount: 4 }],
    summary: '依法全面推行市场经营活动“轻微免罚”和“首违不罚”制度',
  },
  {
    key: 'mediation',
    area: '矛盾纠纷化解',
    title: '强化人民调解力量',
    description: '成立调解工作室,开展矛盾纠纷排查。',
    lead: 'justice',
    indicators: set(
      [
        { id: 'screened', name: '矛盾纠纷排查', unit: '次' },
        { id: 'accepted', name: '受理人民调解案件', unit: '起' },
        { id: 'settled', name: '成功调解', unit: '起', partOf: 'accepted' },
      ],
      [{ id: 'successRate', name: '调解成功率', numerator: 'settled', denominator: 'accepted' }],
    ),
    // Two reports: the rate must cite the second only, the screening count the first only.
    reports: [{ screened: 605 }, { accepted: 297, settled: 271 }],
    summary: '成立“锦芝调解工作室”,助力基层治理',
  },
  {
    key: 'review',
    area: '矛盾纠纷化解',
    title: '提升行政复议质效',
    description: '推进行政复议质量提升专项行动。',
    lead: 'justice',
    indicators: set([
      { id: 'applied', name: '接收行政复议申请', unit: '件' },
      { id: 'admitted', name: '受理行政复议', unit: '件', partOf: 'applied' },
      { id: 'concluded', name: '办结行政复议', unit: '件', partOf: 'admitted' },
    ]),
    reports: [{ applied: 57, admitted: 50, concluded: 49 }],
    summary: '大力推进行政复议质量提升专项行动',
  },
  {
    key: 'oversight',
    area: '监督制约',
    title: '强化行政权力监督',
    description: '办理人大代表建议和政协提案。',
    lead: 'office',
    indicators: set(
      [
        { id: 'proposals', name: '办理人大代表建议', unit: '件' },
        { id: 'proposalsDone', name: '办结人大代表建议', unit: '件', partOf: 'proposals' },
        { id: 'motions', name: '办理政协提案', unit: '件' },
        { id: 'motionsDone', name: '办结政协提案', unit: '件', partOf: 'motions' },
      ],
      [
        {
          id: 'proposalRate',
          name: '人大代表建议办结率',
          numerator: 'proposalsDone',
          denominator: 'proposals',
        },
        { id: 'motionRate', name: '政协提案办结率', numerator: 'motionsDone', denominator: 'motions' },
      ],
    ),
    reports: [{ proposals: 60, proposalsDone: 60, motions: 40, motionsDone: 40 }],
    summary: '自觉接受人大依法监督和政协民主监督',
  },
  {
    key: 'publicity',
    area: '普法宣传',
    title: '发展特色普法',
    description: '开展“百场公益普法基层行”等活动。',
    lead: 'liyang',
    indicators: set([{ id: 'events', name: '普法宣传活动', unit: '场' }]),
    reports: [{ events: 120 }],
    summary: '',
    completed: false,
    deadline: '2024-11-30',
  },
];

export const TASKS_2025 = [
  {
    key: 'y25-1',
    title: '着力提升领导干部法治思维',
    description: '继续加强法治学习教育,提升领导干部法律素养和依法行政能力。',
  },
  { key: 'y25-2', title: '着力健全完善行政决策机制', description: '加强重大行政决策事项的合法性审查。' },
  {
    key: 'y25-3',
    title: '着力规范政府行政执法行为',
    description: '加强行政执法队伍建设,落实行政执法“三项制度”。',
  },
  { key: 'y25-4', title: '着力提升法治宣传学习效能', description: '丰富法治宣传载体和形式。' },
];

export const INSPECTED: UnitKey[] = ['emergency', 'health', 'agriculture', 'transport', 'ecology', 'market'];
export const FILES_BY_UNIT = [4, 4, 4, 4, 3, 3];

/** Unit ids are their keys; list, task and inspection ids are fixed so tests can name them. */
export const LIST_2024 = 'list-2024';
export const LIST_2025 = 'list-2025';
export const INSPECTION = 'insp-2024-special';

export interface FixtureEvent {
  streamId: string;
  type: string;
  data: Record<string, unknown>;
  actor: { userId: string; role: string; unitId: string | null };
  at: string;
}

/** The history as events to append, in order. */
export const changjiang2024Events = (): FixtureEvent[] => {
  const out: FixtureEvent[] = [];
  let minute = 0;
  const at = (date: string) =>
    `${date}T${String(8 + Math.floor(minute / 60)).padStart(2, '0')}:${String(minute++ % 60).padStart(2, '0')}:00.000Z`;
  const push = (
    streamId: string,
    type: string,
    data: Record<string, unknown>,
    actor: FixtureEvent['actor'],
    date: string,
  ) => out.push({ streamId, type, data, actor, at: at(date) });

  for (const [key, name] of Object.entries(UNITS)) {
    push(
      `unit-${key}`,
      'UnitRegistered',
      {
        unitId: key,
        name,
        kind: key === 'liyang' ? 'TOWNSHIP' : 'DEPARTMENT',
        registeredAt: '2024-01-02T00:00:00.000Z',
      },
      OFFICE,
      '2024-01-02',
    );
  }
  const list = (
    listId: string,
    year: number,
    title: string,
    documentNumber: string,
    areas: string[],
    tasks: {
      key: string;
      area: string;
      title: string;
      description: string;
      lead: UnitKey;
      indicators: IndicatorSet;
      deadline: string;
    }[],
    issue: boolean,
    date: string,
  ) => {
    push(
      `tasklist-${listId}`,
      'TaskListDrafted',
      { listId, year, title, documentNumber, areas, draftedAt: `${date}T00:00:00.000Z` },
      OFFICE,
      date,
    );
    for (const task of tasks) {
      push(
        `tasklist-${listId}`,
        'TaskAddedToList',
        { listId, taskId: task.key, area: task.area, addedAt: `${date}T00:00:00.000Z` },
        OFFICE,
        date,
      );
      push(
        `task-${task.key}`,
        'TaskDrafted',
        {
          taskId: task.key,
          listId,
          area: task.area,
          title: task.title,
          description: task.description,
          leadUnitId: task.lead,
          cooperatingUnitIds: [],
          deadline: task.deadline,
          indicators: task.indicators,
          draftedAt: `${date}T00:00:00.000Z`,
        },
        OFFICE,
        date,
      );
    }
    if (!issue) return;
    push(
      `tasklist-${listId}`,
      'TaskListIssued',
      {
        listId,
        year,
        title,
        documentNumber,
        areas,
        taskIds: tasks.map((task) => task.key),
        issuedAt: `${date}T01:00:00.000Z`,
      },
      OFFICE,
      date,
    );
    for (const task of tasks) {
      push(
        `task-${task.key}`,
        'TaskAssigned',
        {
          taskId: task.key,
          listId,
          area: task.area,
          title: task.title,
          description: task.description,
          leadUnitId: task.lead,
          cooperatingUnitIds: [],
          deadline: task.deadline,
          indicators: task.indicators,
          assignedAt: `${date}T01:00:00.000Z`,
        },
        OFFICE,
        date,
      );
    }
  };

  const tasks2024 = TASKS_2024.map((task) => ({ ...task, deadline: task.deadline ?? '2024-12-31' }));
  list(
    LIST_2024,
    2024,
    '关于印发昌江区进一步推进法治政府建设任务清单的通知',
    '昌府办字〔2024〕1号',
    AREAS,
    tasks2024,
    true,
    '2024-01-10',
  );

  for (const task of tasks2024) {
    const ref = { taskId: task.key, listId: LIST_2024, area: task.area, title: task.title };
    const unit = officer(task.lead);
    push(
      `task-${task.key}`,
      'TaskAcknowledged',
      {
        ...ref,
        unitId: task.lead,
        unitRole: 'LEAD',
        leadUnitId: task.lead,
        acknowledgedAt: '2024-01-11T02:00:00.000Z',
      },
      unit,
      '2024-01-11',
    );
    let toDate: IndicatorFigures = {};
    task.reports.forEach((figures, index) => {
      toDate = { ...toDate, ...figures };
      push(
        `task-${task.key}`,
        'TaskProgressReported',
        {
          ...ref,
          unitId: task.lead,
          unitRole: 'LEAD',
          leadUnitId: task.lead,
          percent: 50 + index * 10,
          narrative: `第${index + 1}次进度反馈`,
          figures,
          figuresToDate: toDate,
          rates: [],
          evidence: [],
          reportedAt: `2024-0${6 + index}-01T02:00:00.000Z`,
        },
        unit,
        `2024-0${6 + index}-01`,
      );
    });
    if (task.completed === false) continue;
    push(
      `task-${task.key}`,
      'TaskCompletionRequested',
      {
        ...ref,
        leadUnitId: task.lead,
        summary: task.summary,
        evidence: [],
        deadline: task.deadline,
        requestedAt: '2024-12-01T02:00:00.000Z',
      },
      unit,
      '2024-12-01',
    );
    push(
      `task-${task.key}`,
      'TaskAccepted',
      {
        ...ref,
        leadUnitId: task.lead,
        cooperatingUnitIds: [],
        deadline: task.deadline,
        completionRequestedAt: '2024-12-01T02:00:00.000Z',
        completedAt: '2024-12-05T02:00:00.000Z',
        onTime: true,
        comment: null,
      },
      OFFICE,
      '2024-12-05',
    );
  }

  const inspectionStream = `inspection-${INSPECTION}`;
  push(
    inspectionStream,
    'InspectionOpened',
    {
      inspectionId: INSPECTION,
      kind: 'CASE_FILE_REVIEW',
      title: '行政执法“三项制度”落实情况专项督察',
      teamUserIds: [INSPECTOR.userId],
      targetUnitIds: INSPECTED,
      periodStart: '2024-09-01',
      periodEnd: '2024-10-31',
      filesSampled: 22,
      filesSampledByUnit: INSPECTED.map((unitId, index) => ({ unitId, filesSampled: FILES_BY_UNIT[index] })),
      openedBy: INSPECTOR.userId,
      openedAt: '2024-09-01T01:00:00.000Z',
    },
    INSPECTOR,
    '2024-09-01',
  );
  INSPECTED.forEach((unitId, index) => {
    push(
      inspectionStream,
      'CaseFileReviewRecorded',
      {
        inspectionId: INSPECTION,
        unitId,
        filesSampled: FILES_BY_UNIT[index],
        filesWithIssues: index < 3 ? 1 : 0,
        outcome: '基本规范',
        previous: null,
        recordedBy: INSPECTOR.userId,
        recordedAt: '2024-09-20T01:00:00.000Z',
      },
      INSPECTOR,
      '2024-09-20',
    );
  });
  const findings: { id: string; unit: UnitKey; description: string; closed: boolean }[] = [
    { id: 'f-1', unit: 'emergency', description: '执法文书制作不规范', closed: true },
    { id: 'f-2', unit: 'health', description: '法制审核意见缺失', closed: true },
    { id: 'f-3', unit: 'agriculture', description: '执法全过程记录不完整', closed: false },
  ];
  for (const finding of findings) {
    const ref = { findingId: finding.id, inspectionId: INSPECTION, unitId: finding.unit };
    push(
      `finding-${finding.id}`,
      'FindingLogged',
      {
        ...ref,
        description: finding.description,
        severity: 'MEDIUM',
        category: '案卷质量',
        evidence: [],
        rectificationDeadline: '2024-11-30',
        taskId: null,
        loggedBy: INSPECTOR.userId,
        loggedAt: '2024-09-21T01:00:00.000Z',
      },
      INSPECTOR,
      '2024-09-21',
    );
    push(
      `finding-${finding.id}`,
      'FindingNotified',
      {
        ...ref,
        rectificationDeadline: '2024-11-30',
        notifiedBy: INSPECTOR.userId,
        notifiedAt: '2024-09-22T01:00:00.000Z',
      },
      INSPECTOR,
      '2024-09-22',
    );
    push(
      `finding-${finding.id}`,
      'RectificationPlanSubmitted',
      {
        ...ref,
        plan: '制定整改方案',
        measures: ['组织培训'],
        plannedCompletionDate: '2024-11-15',
        plannedAfterDeadline: false,
        submittedBy: officer(finding.unit).userId,
        submittedAt: '2024-09-25T01:00:00.000Z',
      },
      officer(finding.unit),
      '2024-09-25',
    );
    if (!finding.closed) continue;
    push(
      `finding-${finding.id}`,
      'FindingClosureRequested',
      {
        ...ref,
        summary: '已整改',
        evidence: [],
        requestedBy: officer(finding.unit).userId,
        requestedAt: '2024-11-10T01:00:00.000Z',
      },
      officer(finding.unit),
      '2024-11-10',
    );
    push(
      `finding-${finding.id}`,
      'RectificationVerified',
      {
        ...ref,
        remarks: null,
        rectificationDeadline: '2024-11-30',
        onTime: true,
        verifiedBy: INSPECTOR.userId,
        closedAt: '2024-11-12T01:00:00.000Z',
      },
      INSPECTOR,
      '2024-11-12',
    );
  }

  list(
    LIST_2025,
    2025,
    '关于印发昌江区2025年法治政府建设任务清单的通知',
    '昌府办字〔2025〕1号',
    ['领导干部法治思维', '行政决策', '行政执法', '普法宣传'],
    TASKS_2025.map((task, index) => ({
      ...task,
      area: ['领导干部法治思维', '行政决策', '行政执法', '普法宣传'][index]!,
      lead: 'justice' as UnitKey,
      indicators: set([]),
      deadline: '2025-12-31',
    })),
    true,
    '2025-01-20',
  );
  return out;
};

/** The history as the store would return it: ids, stream positions and global positions assigned in order. */
export const changjiang2024Log = (): LoggedEvent[] => {
  const positions = new Map<string, number>();
  return changjiang2024Events().map((event, index) => {
    const position = positions.get(event.streamId) ?? 0;
    positions.set(event.streamId, position + 1);
    return {
      id: `evt-${index + 1}`,
      streamId: event.streamId,
      streamPosition: position,
      globalPosition: BigInt(index + 1),
      type: event.type,
      data: event.data,
      metadata: { actor: event.actor },
      recordedAt: event.at,
    };
  });
};
