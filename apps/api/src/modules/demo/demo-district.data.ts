import type { IndicatorSet, Role, UnitKind } from '@duban/domain';

/**
 * The demo district: 昌江区 as its 2024 report on building a law-based government describes it. Every
 * figure below is the report's; the work items are its sections turned into a task list.
 */

export interface DemoUnit {
  id: string;
  name: string;
  kind: UnitKind;
}

export const DEMO_UNITS: readonly DemoUnit[] = [
  { id: 'sfj', name: '区司法局', kind: 'DEPARTMENT' },
  { id: 'yjj', name: '区应急管理局', kind: 'DEPARTMENT' },
  { id: 'wjw', name: '区卫健委', kind: 'DEPARTMENT' },
  { id: 'nyj', name: '区农业农村水利局', kind: 'DEPARTMENT' },
  { id: 'scjgj', name: '区市场监管局', kind: 'DEPARTMENT' },
  { id: 'fgw', name: '区发改委', kind: 'DEPARTMENT' },
  { id: 'czj', name: '区财政局', kind: 'DEPARTMENT' },
  { id: 'rsj', name: '区人社局', kind: 'DEPARTMENT' },
  { id: 'zjj', name: '区住建局', kind: 'DEPARTMENT' },
  { id: 'xfj', name: '区信访局', kind: 'DEPARTMENT' },
  { id: 'zwfw', name: '区政务服务管理局', kind: 'DEPARTMENT' },
  { id: 'liyang', name: '丽阳镇', kind: 'TOWNSHIP' },
  { id: 'nianyushan', name: '鲇鱼山镇', kind: 'TOWNSHIP' },
  { id: 'lvmeng', name: '吕蒙乡', kind: 'TOWNSHIP' },
  { id: 'hetang', name: '荷塘乡', kind: 'TOWNSHIP' },
  { id: 'xijiao', name: '西郊街道', kind: 'TOWNSHIP' },
  { id: 'xinfeng', name: '新枫街道', kind: 'TOWNSHIP' },
];

export const TOWNSHIPS = DEMO_UNITS.filter((unit) => unit.kind === 'TOWNSHIP').map((unit) => unit.id);

export const DEMO_AREAS = [
  '思想引领与统筹',
  '政务服务与营商环境',
  '依法决策',
  '行政执法',
  '矛盾纠纷化解',
  '监督制约',
  '普法宣传',
] as const;
export type DemoArea = (typeof DEMO_AREAS)[number];

export interface DemoAccount {
  key: string;
  username: string;
  displayName: string;
  role: Role;
  unitId: string | null;
  /** Published demo credentials; null for the other units' officers, who get a random one. */
  password: string | null;
}

/** One account per role for people trying the demo; these are printed at start and listed in the README. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    key: 'office',
    username: 'office',
    displayName: '区依法治区办',
    role: 'DISTRICT_OFFICE',
    unitId: null,
    password: 'Office#Demo2024',
  },
  {
    key: 'sfj',
    username: 'sfj.officer',
    displayName: '区司法局联络员',
    role: 'UNIT_OFFICER',
    unitId: 'sfj',
    password: 'Sfj#Demo2024',
  },
  {
    key: 'liyang',
    username: 'liyang.officer',
    displayName: '丽阳镇联络员',
    role: 'UNIT_OFFICER',
    unitId: 'liyang',
    password: 'Liyang#Demo2024',
  },
  {
    key: 'inspector',
    username: 'inspector',
    displayName: '区法治督察组',
    role: 'INSPECTOR',
    unitId: null,
    password: 'Inspector#Demo2024',
  },
  {
    key: 'leader',
    username: 'leader',
    displayName: '区领导',
    role: 'LEADER',
    unitId: null,
    password: 'Leader#Demo2024',
  },
  {
    key: 'admin',
    username: 'demo.admin',
    displayName: '演示系统管理员',
    role: 'SYSTEM_ADMIN',
    unitId: null,
    password: 'Admin#Demo2024',
  },
];

/** What a unit does to a task, or the office to it, on a given day of the seed's year. */
export type DemoAction =
  | { on: string; do: 'acknowledge'; unit: string }
  | {
      on: string;
      do: 'report';
      unit: string;
      percent: number;
      narrative: string;
      figures?: Record<string, number>;
      evidence?: string;
    }
  | { on: string; do: 'requestCompletion'; summary: string; evidence?: string }
  | { on: string; do: 'accept'; comment?: string }
  | { on: string; do: 'return'; reason: string }
  | { on: string; do: 'requestHandoff'; to: string; reason: string }
  | { on: string; do: 'approveHandoff'; comment?: string }
  | { on: string; do: 'requestExtension'; newDeadline: string; reason: string }
  | { on: string; do: 'approveExtension'; comment?: string }
  | { on: string; do: 'urge'; message: string };

export interface DemoTask {
  id: string;
  area: DemoArea;
  title: string;
  description: string;
  lead: string;
  cooperating?: string[];
  deadline: string;
  indicators?: IndicatorSet;
  script?: DemoAction[];
}

const counted = (
  id: string,
  name: string,
  unitOfMeasure: string,
  more: { partOf?: string; sumOf?: string[] } = {},
) => ({
  id,
  name,
  unitOfMeasure,
  ...more,
});

/** Files the demo units attach as evidence (佐证材料); stored like any upload. */
export const DEMO_EVIDENCE: Readonly<Record<string, { name: string; content: string }>> = {
  mediation: {
    name: '2024年人民调解工作台账.csv',
    content: '指标,数值\n矛盾纠纷排查(次),605\n受理人民调解案件(起),297\n成功调解(起),271\n',
  },
  inspections: {
    name: '企业安静期执法检查统计表.csv',
    content: '类别,家次\n企业,115\n个体户,390\n合计,505\n',
  },
  reconsideration: {
    name: '行政复议案件统计.csv',
    content: '项目,件数\n接收申请,57\n受理,50\n办结,49\n行政诉讼,7\n',
  },
  leniency: {
    name: '轻微免罚首违不罚案件汇总.txt',
    content:
      '不予处罚案件72件，不予行政处罚金额22.23万元；从轻行政处罚案件10件；减少行政处罚案件5件；减轻行政处罚金额4万元。\n',
  },
  randomChecks: {
    name: '双随机一公开监管事项录入情况.txt',
    content: '录入双随机监管事项93件，其中联合部门检查事项94件，占比100%。\n',
  },
  disclosure: {
    name: '政务公开工作台账.csv',
    content:
      '项目,数量\n公开政府信息(条),4000\n发布新媒体信息(条),5000\n政策文件及解读(条),19\n依申请公开(封),12\n',
  },
};

export const DEMO_LIST_2024 = {
  id: 'demo-2024',
  year: 2024,
  title: '关于印发昌江区进一步推进法治政府建设任务清单的通知',
  documentNumber: '昌法治办〔2024〕1号',
  draftedOn: '2024-02-05',
  issuedOn: '2024-02-20',
};

export const done = (
  ackOn: string,
  requestOn: string,
  acceptOn: string,
  summary: string,
  evidence?: string,
): DemoAction[] => [
  { on: ackOn, do: 'acknowledge', unit: '' },
  { on: requestOn, do: 'requestCompletion', summary, ...(evidence ? { evidence } : {}) },
  { on: acceptOn, do: 'accept', comment: '材料齐全，同意办结' },
];

export const DEMO_TASKS_2024: readonly DemoTask[] = [
  {
    id: 'demo-2024-01',
    area: '思想引领与统筹',
    title: '制定法治政府建设任务清单，压实工作责任',
    description: '细化指标任务，压实工作责任，完善法治政府建设工作运行机制；及时听取法治政府建设汇报。',
    lead: 'sfj',
    deadline: '2024-03-31',
    script: done('2024-02-21', '2024-03-20', '2024-03-25', '任务清单已印发，各责任单位已明确分工。'),
  },
  {
    id: 'demo-2024-02',
    area: '思想引领与统筹',
    title: '开展习近平法治思想集中学习宣讲，实现乡镇（街道）及部门全覆盖',
    description:
      '制定集中学法计划，通过区委常委会、区政府常务会、理论学习中心组等方式开展学习，推动领导干部学法常态化。',
    lead: 'sfj',
    cooperating: ['liyang', 'xijiao'],
    deadline: '2024-12-31',
    script: [
      { on: '2024-02-22', do: 'acknowledge', unit: 'sfj' },
      { on: '2024-02-26', do: 'acknowledge', unit: 'liyang' },
      {
        on: '2024-06-28',
        do: 'report',
        unit: 'sfj',
        percent: 50,
        narrative: '已制定集中学法计划，完成上半年专题学习。',
      },
      {
        on: '2024-07-05',
        do: 'report',
        unit: 'liyang',
        percent: 60,
        narrative: '丽阳镇完成习近平法治思想专题宣讲3场。',
      },
      {
        on: '2024-11-29',
        do: 'report',
        unit: 'sfj',
        percent: 85,
        narrative: '乡镇（街道）及部门学习宣传基本实现全覆盖。',
      },
    ],
  },
  {
    id: 'demo-2024-03',
    area: '思想引领与统筹',
    title: '申报法治政府建设示范创建项目及十大案例',
    description:
      '将《法治赋能基层治理，擦亮古镇丽阳“金字招牌”》申报单项示范创建项目，将《昌江区“放管服”改革与法治化营商环境优化》申报十大案例。',
    lead: 'liyang',
    cooperating: ['sfj'],
    deadline: '2024-09-30',
    script: [
      { on: '2024-02-23', do: 'acknowledge', unit: 'liyang' },
      {
        on: '2024-05-15',
        do: 'report',
        unit: 'liyang',
        percent: 70,
        narrative: '申报材料已形成初稿，报区司法局审核。',
      },
      { on: '2024-08-30', do: 'requestCompletion', summary: '示范创建项目和十大案例均已按期申报。' },
      { on: '2024-09-05', do: 'accept', comment: '同意办结' },
    ],
  },
  {
    id: 'demo-2024-04',
    area: '思想引领与统筹',
    title: '开展“一规划两纲要”实施情况和法治政府建设督察',
    description: '总结典型经验，对发现的问题举一反三整改，将法治政府建设纳入综合考核指标。',
    lead: 'sfj',
    deadline: '2024-11-30',
    script: [
      { on: '2024-02-22', do: 'acknowledge', unit: 'sfj' },
      {
        on: '2024-09-20',
        do: 'report',
        unit: 'sfj',
        percent: 80,
        narrative: '督察已完成，问题清单已通报相关单位。',
      },
      {
        on: '2024-11-25',
        do: 'requestCompletion',
        summary: '督察发现问题已整改，法治政府建设已纳入综合考核。',
      },
    ],
  },
  {
    id: 'demo-2024-05',
    area: '政务服务与营商环境',
    title: '制定“电子信息产业链一件事”实施方案，梳理涉企服务事项',
    description: '梳理人才、科技、金融、知识产权及涉外等服务事项，设立企业综合服务专区，全程帮代办。',
    lead: 'zwfw',
    cooperating: ['fgw'],
    deadline: '2024-06-30',
    indicators: {
      indicators: [
        counted('chainItems', '产业链服务事项', '条'),
        counted('enterpriseItems', '涉企服务事项清单', '项'),
      ],
      rates: [],
    },
    script: [
      { on: '2024-02-26', do: 'acknowledge', unit: 'zwfw' },
      {
        on: '2024-05-20',
        do: 'report',
        unit: 'zwfw',
        percent: 100,
        narrative: '实施方案已印发，涉企服务事项梳理完毕。',
        figures: { chainItems: 27, enterpriseItems: 44 },
      },
      {
        on: '2024-05-28',
        do: 'requestCompletion',
        summary: '梳理服务事项27条，累计梳理涉企服务事项清单44项。',
      },
      { on: '2024-06-03', do: 'accept' },
    ],
  },
  {
    id: 'demo-2024-06',
    area: '政务服务与营商环境',
    title: '严格落实“企业安静期”制度，规范涉企执法检查',
    description: '统筹涉企执法检查，减少对企业正常经营的干扰。',
    lead: 'scjgj',
    cooperating: ['yjj'],
    deadline: '2024-12-31',
    indicators: {
      indicators: [
        counted('checks', '执法检查', '家次', { sumOf: ['enterpriseChecks', 'soleTraderChecks'] }),
        counted('enterpriseChecks', '其中企业', '家次'),
        counted('soleTraderChecks', '其中个体户', '家次'),
      ],
      rates: [],
    },
    script: [
      { on: '2024-02-22', do: 'acknowledge', unit: 'scjgj' },
      {
        on: '2024-07-10',
        do: 'report',
        unit: 'scjgj',
        percent: 50,
        narrative: '上半年执法检查按计划开展。',
        figures: { checks: 240, enterpriseChecks: 60, soleTraderChecks: 180 },
      },
      {
        on: '2024-12-20',
        do: 'report',
        unit: 'scjgj',
        percent: 100,
        narrative: '全年累计完成执法检查505家（次），其中企业115家（次），个体户390家（次）。',
        figures: { checks: 505, enterpriseChecks: 115, soleTraderChecks: 390 },
        evidence: 'inspections',
      },
      {
        on: '2024-12-23',
        do: 'requestCompletion',
        summary: '企业安静期制度全年落实到位。',
        evidence: 'inspections',
      },
      { on: '2024-12-27', do: 'accept' },
    ],
  },
  {
    id: 'demo-2024-07',
    area: '政务服务与营商环境',
    title: '推进政务服务增值化改革',
    description: '出台《关于推进政务服务增值化改革的实施方案》，为企业提供深层次多领域衍生集成服务。',
    lead: 'zwfw',
    cooperating: ['fgw'],
    deadline: '2024-12-31',
    script: [
      { on: '2024-02-26', do: 'acknowledge', unit: 'zwfw' },
      {
        on: '2024-08-15',
        do: 'report',
        unit: 'zwfw',
        percent: 60,
        narrative: '实施方案已出台，增值服务事项正在梳理。',
      },
      {
        on: '2024-12-16',
        do: 'requestExtension',
        newDeadline: '2025-06-30',
        reason: '增值服务事项需与市级平台对接，预计2025年上半年完成。',
      },
    ],
  },
  {
    id: 'demo-2024-08',
    area: '政务服务与营商环境',
    title: '优化惠企政策兑现“直通车”服务',
    description: '梳理惠企政策，发挥惠企资金兑现“直通车”机制。',
    lead: 'czj',
    cooperating: ['fgw'],
    deadline: '2024-12-31',
    indicators: {
      indicators: [
        counted('policies', '梳理惠企政策', '项'),
        counted('firms', '兑现企业', '户'),
        counted('amount', '兑现金额', '万元'),
      ],
      rates: [],
    },
    script: [
      { on: '2024-02-27', do: 'acknowledge', unit: 'czj' },
      {
        on: '2024-11-30',
        do: 'report',
        unit: 'czj',
        percent: 100,
        narrative: '梳理惠企政策13项，为41户企业累计兑现1142.31万元。',
        figures: { policies: 13, firms: 41, amount: 1142.31 },
      },
      { on: '2024-12-05', do: 'requestCompletion', summary: '惠企政策兑现“直通车”机制运行良好。' },
      { on: '2024-12-10', do: 'accept' },
    ],
  },
  {
    id: 'demo-2024-09',
    area: '政务服务与营商环境',
    title: '打造“金融纠纷司法服务一站式平台”',
    description: '依托金融巡回法庭，集中受理、审结民商事金融纠纷。',
    lead: 'sfj',
    cooperating: ['czj'],
    deadline: '2024-12-31',
    indicators: {
      indicators: [
        counted('financeAccepted', '受理民商事纠纷案件', '件'),
        counted('financeConcluded', '审结案件', '件', { partOf: 'financeAccepted' }),
      ],
      rates: [
        {
          id: 'financeConclusionRate',
          name: '审结率',
          numerator: 'financeConcluded',
          denominator: 'financeAccepted',
        },
      ],
    },
    script: [
      { on: '2024-02-22', do: 'acknowledge', unit: 'sfj' },
      {
        on: '2024-12-18',
        do: 'report',
        unit: 'sfj',
        percent: 100,
        narrative: '金融巡回法庭共受理民商事纠纷案件4225件，审结4046件。',
        figures: { financeAccepted: 4225, financeConcluded: 4046 },
      },
      { on: '2024-12-19', do: 'requestCompletion', summary: '一站式平台已建成运行。' },
      { on: '2024-12-24', do: 'accept' },
    ],
  },
  {
    id: 'demo-2024-10',
    area: '依法决策',
    title: '落实行政规范性文件合法性审查和备案制度',
    description: '明确规范性文件制定程序、审查标准、发布方式，严格备案。',
    lead: 'sfj',
    deadline: '2024-12-31',
    indicators: { indicators: [counted('filed', '备案行政规范性文件', '件')], rates: [] },
    script: [
      { on: '2024-02-22', do: 'acknowledge', unit: 'sfj' },
      {
        on: '2024-10-31',
        do: 'report',
        unit: 'sfj',
        percent: 100,
        narrative: '向市政府及区人大常委会备案行政规范性文件1件。',
        figures: { filed: 1 },
      },
      { on: '2024-11-04', do: 'requestCompletion', summary: '合法性审查和备案制度全面落实。' },
      { on: '2024-11-08', do: 'accept' },
    ],
  },
  {
    id: 'demo-2024-11',
    area: '依法决策',
    title: '清理涉及不平等对待企业的规章政策文件',
    description: '制发清理工作方案，对全区17家相关单位涉及不平等对待企业文件进行摸排清理。',
    lead: 'fgw',
    cooperating: ['sfj', 'scjgj'],
    deadline: '2024-08-31',
    indicators: {
      indicators: [counted('unitsScreened', '摸排单位', '家'), counted('filesToClear', '需清理文件', '件')],
      rates: [],
    },
    script: [
      { on: '2024-02-26', do: 'acknowledge', unit: 'fgw' },
      {
        on: '2024-07-30',
        do: 'report',
        unit: 'fgw',
        percent: 100,
        narrative: '已对17家相关单位摸排清理，未发现需清理的相关文件。',
        figures: { unitsScreened: 17, filesToClear: 0 },
      },
      { on: '2024-08-02', do: 'requestCompletion', summary: '清理工作完成。' },
      { on: '2024-08-07', do: 'accept' },
    ],
  },
  {
    id: 'demo-2024-12',
    area: '依法决策',
    title: '推动重大行政决策规范化，落实“三重一大”法治审查',
    description: '公开重大行政决策目录清单，落实“三重一大”事项法治审查制度。',
    lead: 'sfj',
    deadline: '2024-12-31',
    indicators: { indicators: [counted('decisionsReviewed', '审查重大行政决策事项', '件')], rates: [] },
    script: [
      { on: '2024-02-22', do: 'acknowledge', unit: 'sfj' },
      {
        on: '2024-12-10',
        do: 'report',
        unit: 'sfj',
        percent: 100,
        narrative: '累计审查重大行政决策事项6件。',
        figures: { decisionsReviewed: 6 },
      },
      { on: '2024-12-12', do: 'requestCompletion', summary: '重大行政决策目录已公开，审查6件。' },
      { on: '2024-12-16', do: 'accept' },
    ],
  },
  {
    id: 'demo-2024-13',
    area: '依法决策',
    title: '实现政府法律顾问全覆盖',
    description: '健全法律顾问动态管理、聘任、考核、激励机制，乡镇（街道）及区直单位法律顾问全覆盖。',
    lead: 'sfj',
    cooperating: ['liyang', 'nianyushan', 'lvmeng', 'hetang', 'xijiao', 'xinfeng'],
    deadline: '2024-06-30',
    script: done(
      '2024-02-22',
      '2024-06-20',
      '2024-06-25',
      '全区各乡镇（街道）及区直各单位已实现法律顾问全覆盖。',
    ),
  },
  {
    id: 'demo-2024-14',
    area: '行政执法',
    title: '深入推行行政执法“三项制度”，做好执法证件动态管理',
    description: '落实行政执法公示、全过程记录、重大执法决定法制审核制度，动态管理执法证件。',
    lead: 'sfj',
    deadline: '2024-12-31',
    indicators: {
      indicators: [
        counted('cardsCancelled', '注销行政执法证', '张'),
        counted('holders', '在册持证人员', '人'),
      ],
      rates: [],
    },
    script: [
      { on: '2024-02-22', do: 'acknowledge', unit: 'sfj' },
      {
        on: '2024-12-05',
        do: 'report',
        unit: 'sfj',
        percent: 100,
        narrative: '累计注销行政执法证35张，全区在册持证人员279人。',
        figures: { cardsCancelled: 35, holders: 279 },
      },
      { on: '2024-12-06', do: 'requestCompletion', summary: '执法证件动态管理到位。' },
      { on: '2024-12-11', do: 'accept' },
    ],
  },
  {
    // The report's own figures break "a part never exceeds its whole" (94 of 93). The rule is left
    // undeclared here on purpose, so the figures are recorded as reported and the annual report flags them.
    id: 'demo-2024-15',
    area: '行政执法',
    title: '持续推进“双随机、一公开”监管',
    description: '严格落实联合抽查、“一案一码”等制度，录入双随机监管事项。',
    lead: 'scjgj',
    cooperating: ['yjj', 'wjw', 'nyj'],
    deadline: '2024-12-31',
    indicators: {
      indicators: [
        counted('randomItems', '录入双随机监管事项', '件'),
        counted('jointItems', '其中联合部门检查事项', '件'),
      ],
      rates: [],
    },
    script: [
      { on: '2024-02-22', do: 'acknowledge', unit: 'scjgj' },
      { on: '2024-03-01', do: 'acknowledge', unit: 'yjj' },
      {
        on: '2024-12-18',
        do: 'report',
        unit: 'scjgj',
        percent: 95,
        narrative: '录入双随机监管事项93件，其中联合部门检查事项94件，占比100%。',
        figures: { randomItems: 93, jointItems: 94 },
        evidence: 'randomChecks',
      },
    ],
  },
  {
    id: 'demo-2024-16',
    area: '行政执法',
    title: '充实乡镇综合执法队伍，开展执法人员素能提升培训',
    description: '选拔高素质干部充实乡镇综合执法队伍，开展“线上+线下”执法培训。',
    lead: 'rsj',
    cooperating: ['liyang', 'nianyushan'],
    deadline: '2024-12-31',
    indicators: {
      indicators: [
        counted('officersAdded', '充实乡镇综合执法队伍干部', '名'),
        counted('trainings', '乡镇综合执法队培训', '场'),
      ],
      rates: [],
    },
    script: [
      { on: '2024-02-23', do: 'acknowledge', unit: 'rsj' },
      {
        on: '2024-03-12',
        do: 'requestHandoff',
        to: 'sfj',
        reason: '乡镇综合执法队伍建设和执法培训由区司法局统筹，建议转由区司法局牵头。',
      },
      { on: '2024-03-15', do: 'approveHandoff', comment: '同意转办，区人社局配合做好干部选拔。' },
      { on: '2024-03-18', do: 'acknowledge', unit: 'sfj' },
      {
        on: '2024-11-28',
        do: 'report',
        unit: 'sfj',
        percent: 100,
        narrative: '选拔31名干部充实乡镇综合执法队伍，为各乡镇综合执法队开展培训5场。',
        figures: { officersAdded: 31, trainings: 5 },
      },
      { on: '2024-12-02', do: 'requestCompletion', summary: '执法队伍建设和培训任务完成。' },
      { on: '2024-12-06', do: 'accept' },
    ],
  },
  {
    id: 'demo-2024-17',
    area: '行政执法',
    title: '推行“轻微免罚”“首违不罚”柔性执法',
    description: '依法全面推行市场经营活动“轻微免罚”和“首违不罚”制度。',
    lead: 'scjgj',
    cooperating: ['sfj'],
    deadline: '2024-12-31',
    indicators: {
      indicators: [
        counted('notPenalised', '不予处罚案件', '件'),
        counted('notPenalisedAmount', '不予行政处罚金额', '万元'),
        counted('lighter', '从轻行政处罚案件', '件'),
        counted('fewer', '减少行政处罚案件', '件'),
        counted('reducedAmount', '减轻行政处罚金额', '万元'),
      ],
      rates: [],
    },
    script: [
      { on: '2024-02-22', do: 'acknowledge', unit: 'scjgj' },
      {
        on: '2024-12-19',
        do: 'report',
        unit: 'scjgj',
        percent: 100,
        narrative: '不予处罚案件72件，金额22.23万元；从轻处罚10件，减少处罚案件5件，减轻处罚金额4万元。',
        figures: { notPenalised: 72, notPenalisedAmount: 22.23, lighter: 10, fewer: 5, reducedAmount: 4 },
        evidence: 'leniency',
      },
      { on: '2024-12-20', do: 'requestCompletion', summary: '柔性执法制度全面推行。', evidence: 'leniency' },
      { on: '2024-12-26', do: 'accept' },
    ],
  },
  {
    id: 'demo-2024-18',
    area: '矛盾纠纷化解',
    title: '强化人民调解力量，开展矛盾纠纷排查化解',
    description: '成立“锦芝调解工作室”，设立陶博城矛盾纠纷多元化解中心共享法庭。',
    lead: 'sfj',
    cooperating: ['liyang', 'hetang'],
    deadline: '2024-12-31',
    indicators: {
      indicators: [
        counted('screenings', '矛盾纠纷排查', '次'),
        counted('mediationsAccepted', '受理人民调解案件', '起'),
        counted('mediationsSucceeded', '成功调解', '起', { partOf: 'mediationsAccepted' }),
      ],
      rates: [
        {
          id: 'mediationSuccessRate',
          name: '调解成功率',
          numerator: 'mediationsSucceeded',
          denominator: 'mediationsAccepted',
        },
      ],
    },
    script: [
      { on: '2024-02-22', do: 'acknowledge', unit: 'sfj' },
      { on: '2024-02-28', do: 'acknowledge', unit: 'liyang' },
      {
        on: '2024-06-30',
        do: 'report',
        unit: 'sfj',
        percent: 50,
        narrative: '上半年排查矛盾纠纷310次。',
        figures: { screenings: 310, mediationsAccepted: 150, mediationsSucceeded: 136 },
      },
      {
        on: '2024-12-25',
        do: 'report',
        unit: 'sfj',
        percent: 100,
        narrative: '全年排查矛盾纠纷605次，受理人民调解案件297起，成功调解271起，调解成功率91.2%。',
        figures: { screenings: 605, mediationsAccepted: 297, mediationsSucceeded: 271 },
        evidence: 'mediation',
      },
      { on: '2024-12-26', do: 'requestCompletion', summary: '人民调解工作全面完成。', evidence: 'mediation' },
      { on: '2024-12-30', do: 'accept' },
    ],
  },
  {
    id: 'demo-2024-19',
    area: '矛盾纠纷化解',
    title: '开展行政复议质量提升专项行动',
    description: '提升行政复议质效，规范行政应诉，行政机关负责人出庭应诉。',
    lead: 'sfj',
    deadline: '2024-12-31',
    indicators: {
      indicators: [
        counted('appeals', '接收行政复议申请', '件'),
        counted('appealsAccepted', '受理', '件', { partOf: 'appeals' }),
        counted('appealsConcluded', '办结', '件', { partOf: 'appealsAccepted' }),
        counted('lawsuits', '区政府行政诉讼案件', '件'),
        counted('headsAppearing', '负责人出庭', '件', { partOf: 'lawsuits' }),
      ],
      rates: [
        {
          id: 'appealConclusionRate',
          name: '办结率',
          numerator: 'appealsConcluded',
          denominator: 'appealsAccepted',
        },
        { id: 'appearanceRate', name: '负责人出庭率', numerator: 'headsAppearing', denominator: 'lawsuits' },
      ],
    },
    script: [
      { on: '2024-02-22', do: 'acknowledge', unit: 'sfj' },
      {
        on: '2024-12-27',
        do: 'report',
        unit: 'sfj',
        percent: 100,
        narrative: '接收行政复议申请57件，受理50件，办结49件；区政府行政诉讼案件7件，负责人出庭率100%。',
        figures: { appeals: 57, appealsAccepted: 50, appealsConcluded: 49, lawsuits: 7, headsAppearing: 7 },
        evidence: 'reconsideration',
      },
      { on: '2024-12-27', do: 'requestCompletion', summary: '专项行动完成。', evidence: 'reconsideration' },
      { on: '2024-12-31', do: 'accept' },
    ],
  },
  {
    id: 'demo-2024-20',
    area: '矛盾纠纷化解',
    title: '加大法律援助力度，推进“互联网公共法律服务”',
    description: '公共法律服务中心、6个乡镇（街道）工作站、14个村（社区）工作室配备远程视频法律服务。',
    lead: 'sfj',
    cooperating: ['xinfeng'],
    deadline: '2024-12-31',
    indicators: {
      indicators: [
        counted('aidCases', '办理法律援助案件', '件'),
        counted('aided', '受援人数', '人'),
        counted('consultations', '解答法律咨询', '人次'),
      ],
      rates: [],
    },
    script: [
      { on: '2024-02-22', do: 'acknowledge', unit: 'sfj' },
      {
        on: '2024-09-30',
        do: 'report',
        unit: 'sfj',
        percent: 70,
        narrative: '前三季度办理法律援助案件380件。',
        figures: { aidCases: 380, aided: 450, consultations: 1500 },
      },
      {
        on: '2024-12-30',
        do: 'report',
        unit: 'sfj',
        percent: 95,
        narrative: '全年办理各类案件502件，受援600余人，解答法律咨询2000余人次。',
        figures: { aidCases: 502, aided: 600, consultations: 2000 },
      },
    ],
  },
  {
    id: 'demo-2024-21',
    area: '矛盾纠纷化解',
    title: '打造区“访调诉”一站式服务中心，推进信访法治化',
    description: '为群众提供接访、咨询、调解、行政复议、行政诉讼、公共法律服务、心理咨询等一站式服务。',
    lead: 'xfj',
    cooperating: ['sfj'],
    deadline: '2024-09-30',
    indicators: {
      indicators: [
        counted('petitionConsults', '提供法律咨询', '人次'),
        counted('petitions', '受理信访案件', '件'),
        counted('disputesResolved', '化解矛盾纠纷', '起'),
      ],
      rates: [],
    },
    script: [
      { on: '2024-02-26', do: 'acknowledge', unit: 'xfj' },
      {
        on: '2024-09-10',
        do: 'requestExtension',
        newDeadline: '2024-11-30',
        reason: '中心场地改造延后，需延期两个月。',
      },
      { on: '2024-09-13', do: 'approveExtension', comment: '同意延期至11月30日。' },
      {
        on: '2024-11-22',
        do: 'report',
        unit: 'xfj',
        percent: 100,
        narrative: '中心已建成，提供法律咨询51人次，受理信访案件454件，化解矛盾纠纷736起。',
        figures: { petitionConsults: 51, petitions: 454, disputesResolved: 736 },
      },
      { on: '2024-11-25', do: 'requestCompletion', summary: '“访调诉”一站式服务中心建成运行。' },
      { on: '2024-11-29', do: 'accept' },
    ],
  },
  {
    id: 'demo-2024-22',
    area: '监督制约',
    title: '办理人大代表建议和政协提案',
    description: '自觉接受人大依法监督和政协民主监督，提高办结率和满意率。',
    lead: 'fgw',
    cooperating: ['czj', 'zjj'],
    deadline: '2024-10-31',
    indicators: {
      indicators: [
        counted('proposals', '人大代表建议', '件'),
        counted('proposalsDone', '人大代表建议办结', '件', { partOf: 'proposals' }),
        counted('motions', '政协提案', '件'),
        counted('motionsDone', '政协提案办结', '件', { partOf: 'motions' }),
      ],
      rates: [
        { id: 'proposalRate', name: '建议办结率', numerator: 'proposalsDone', denominator: 'proposals' },
        { id: 'motionRate', name: '提案办结率', numerator: 'motionsDone', denominator: 'motions' },
      ],
    },
    script: [
      { on: '2024-02-26', do: 'acknowledge', unit: 'fgw' },
      {
        on: '2024-10-15',
        do: 'report',
        unit: 'fgw',
        percent: 100,
        narrative: '办理人大代表建议60件、政协提案40件，办结率、满意率均达100%。',
        figures: { proposals: 60, proposalsDone: 60, motions: 40, motionsDone: 40 },
      },
      { on: '2024-10-18', do: 'requestCompletion', summary: '建议提案全部办结。' },
      { on: '2024-10-24', do: 'accept' },
    ],
  },
  {
    id: 'demo-2024-23',
    area: '监督制约',
    title: '落实行政机关负责人出庭应诉，全部履行生效判决',
    description: '贯彻《行政机关负责人行政诉讼出庭应诉工作规定》，依法履行人民法院生效判决。',
    lead: 'sfj',
    deadline: '2024-12-31',
    script: done('2024-02-22', '2024-12-13', '2024-12-17', '生效判决均已履行到位，未收到司法建议书。'),
  },
  {
    id: 'demo-2024-24',
    area: '监督制约',
    title: '开展行政执法“三项制度”专项督察和案卷评查',
    description: '对区应急管理局、区卫健委、区农业农村水利局等6家单位开展专项督察，开展执法案卷评查。',
    lead: 'sfj',
    cooperating: ['yjj', 'wjw', 'nyj'],
    deadline: '2024-10-31',
    indicators: {
      indicators: [counted('unitsInspected', '督察单位', '家'), counted('filesSampled', '抽查案卷', '份')],
      rates: [],
    },
    script: [
      { on: '2024-02-22', do: 'acknowledge', unit: 'sfj' },
      {
        on: '2024-09-27',
        do: 'report',
        unit: 'sfj',
        percent: 100,
        narrative: '对6家单位开展专项督察，抽查案卷22份，问题已通报整改。',
        figures: { unitsInspected: 6, filesSampled: 22 },
      },
      { on: '2024-09-30', do: 'requestCompletion', summary: '专项督察和案卷评查完成。' },
      { on: '2024-10-08', do: 'accept' },
    ],
  },
  {
    id: 'demo-2024-25',
    area: '监督制约',
    title: '细化政务公开，接受群众监督',
    description: '通过政府门户网站和新媒体公开政府信息，及时答复依申请公开。',
    lead: 'zwfw',
    deadline: '2024-12-31',
    indicators: {
      indicators: [
        counted('published', '公开政府信息', '条'),
        counted('newMedia', '发布新媒体信息', '条'),
        counted('interpretations', '政策文件及解读', '条'),
        counted('requests', '依申请公开信件', '封'),
        counted('answered', '完成答复', '封', { partOf: 'requests' }),
      ],
      rates: [{ id: 'answerRate', name: '答复率', numerator: 'answered', denominator: 'requests' }],
    },
    script: [
      { on: '2024-02-26', do: 'acknowledge', unit: 'zwfw' },
      {
        on: '2024-12-09',
        do: 'report',
        unit: 'zwfw',
        percent: 100,
        narrative:
          '公开政府信息4000余条，发布新媒体信息5000余条、政策文件及解读19条；依申请公开信件12封，全部答复。',
        figures: { published: 4000, newMedia: 5000, interpretations: 19, requests: 12, answered: 12 },
      },
      { on: '2024-12-10', do: 'requestCompletion', summary: '政务公开任务完成。' },
      { on: '2024-12-12', do: 'return', reason: '缺少依申请公开答复台账，请补充后再申请办结。' },
      {
        on: '2024-12-16',
        do: 'report',
        unit: 'zwfw',
        percent: 100,
        narrative: '已补充依申请公开答复台账。',
        evidence: 'disclosure',
      },
      { on: '2024-12-17', do: 'requestCompletion', summary: '已补充答复台账。', evidence: 'disclosure' },
      { on: '2024-12-19', do: 'accept', comment: '材料已补齐，同意办结' },
    ],
  },
  {
    id: 'demo-2024-26',
    area: '普法宣传',
    title: '落实“谁执法谁普法”普法责任制',
    description: '各责任单位结合工作实际制定特色普法计划，组织领导干部参加行政诉讼旁听。',
    lead: 'sfj',
    cooperating: ['scjgj', 'yjj', 'wjw'],
    deadline: '2024-12-31',
    script: [{ on: '2024-03-04', do: 'acknowledge', unit: 'wjw' }],
  },
  {
    id: 'demo-2024-27',
    area: '普法宣传',
    title: '开展“百场公益普法”特色主题活动',
    description: '开展“百场公益普法基层行”“百场公益普法进校园”，印发《以案说法》等宣传手册。',
    lead: 'sfj',
    cooperating: ['liyang', 'xijiao', 'xinfeng'],
    deadline: '2024-12-31',
    indicators: {
      indicators: [
        counted('events', '普法宣传活动', '场'),
        counted('reached', '惠及群众', '人次'),
        counted('lawQuestions', '解答法律咨询', '次'),
      ],
      rates: [],
    },
    script: [
      { on: '2024-02-22', do: 'acknowledge', unit: 'sfj' },
      { on: '2024-02-29', do: 'acknowledge', unit: 'liyang' },
      {
        on: '2024-08-20',
        do: 'report',
        unit: 'liyang',
        percent: 80,
        narrative: '丽阳镇开展普法进村活动12场。',
      },
      {
        on: '2024-12-20',
        do: 'report',
        unit: 'sfj',
        percent: 100,
        narrative: '共举办200余场普法宣传活动，惠及群众26000余人次，解答法律咨询2400余次。',
        figures: { events: 200, reached: 26000, lawQuestions: 2400 },
      },
      { on: '2024-12-23', do: 'requestCompletion', summary: '百场公益普法活动完成。' },
      { on: '2024-12-27', do: 'accept' },
    ],
  },
  {
    id: 'demo-2024-28',
    area: '普法宣传',
    title: '打造普法阵地',
    description: '建设法治文化广场、青少年法治教育基地、法治文化长廊、学法大讲堂、法治图书室等阵地。',
    lead: 'sfj',
    cooperating: ['zjj'],
    deadline: '2024-11-30',
    indicators: {
      indicators: [
        counted('squares', '法治文化广场', '个'),
        counted('youthBases', '青少年法治教育基地', '个'),
        counted('corridors', '法治文化长廊', '个'),
        counted('lectureHalls', '学法大讲堂', '个'),
        counted('libraries', '法治图书室（角）', '个'),
        counted('screens', '电子显示屏', '块'),
        counted('boards', '法治宣传栏', '个'),
      ],
      rates: [],
    },
    script: [
      { on: '2024-02-22', do: 'acknowledge', unit: 'sfj' },
      {
        on: '2024-11-15',
        do: 'report',
        unit: 'sfj',
        percent: 100,
        narrative:
          '建成法治文化广场2个、青少年法治教育基地2个、法治文化长廊3个、学法大讲堂3个、法治图书室（角）18个，电子显示屏15块、法治宣传栏40个。',
        figures: {
          squares: 2,
          youthBases: 2,
          corridors: 3,
          lectureHalls: 3,
          libraries: 18,
          screens: 15,
          boards: 40,
        },
      },
      { on: '2024-11-18', do: 'requestCompletion', summary: '普法阵地建设完成。' },
      { on: '2024-11-22', do: 'accept' },
    ],
  },
  {
    id: 'demo-2024-29',
    area: '普法宣传',
    title: '壮大“法律明白人”普法队伍',
    description: '举办全区人民调解员暨“法律明白人”培训班，各乡镇（街道）开展培训。',
    lead: 'sfj',
    cooperating: ['liyang', 'nianyushan', 'lvmeng', 'hetang', 'xijiao', 'xinfeng'],
    deadline: '2024-12-31',
    indicators: {
      indicators: [
        counted('districtTrainees', '区级培训参训', '人'),
        counted('townshipSessions', '乡镇（街道）培训班', '次'),
        counted('townshipTrainees', '乡镇（街道）参训', '人'),
      ],
      rates: [],
    },
    script: [
      { on: '2024-02-22', do: 'acknowledge', unit: 'sfj' },
      {
        on: '2024-10-18',
        do: 'report',
        unit: 'sfj',
        percent: 70,
        narrative: '区级培训班已举办，80余人参训。',
        figures: { districtTrainees: 80, townshipSessions: 4, townshipTrainees: 200 },
      },
      { on: '2024-12-02', do: 'urge', message: '请各乡镇（街道）于12月底前完成“法律明白人”培训并报送台账。' },
      {
        on: '2024-12-28',
        do: 'report',
        unit: 'sfj',
        percent: 95,
        narrative: '6个乡镇（街道）开展培训班6次，300余人参训。',
        figures: { townshipSessions: 6, townshipTrainees: 300 },
      },
    ],
  },
  {
    id: 'demo-2024-30',
    area: '普法宣传',
    title: '建设丽阳古镇法治文化阵地',
    description: '结合古镇保护，建设法治文化阵地，擦亮古镇丽阳“金字招牌”。',
    lead: 'liyang',
    cooperating: ['zjj'],
    deadline: '2024-12-31',
  },
  {
    id: 'demo-2024-31',
    area: '行政执法',
    title: '规范农业综合行政执法',
    description: '规范农业综合行政执法程序，推进执法案卷标准化。',
    lead: 'nyj',
    cooperating: ['lvmeng'],
    deadline: '2024-12-31',
    script: [
      { on: '2024-02-27', do: 'acknowledge', unit: 'nyj' },
      {
        on: '2024-12-23',
        do: 'requestHandoff',
        to: 'scjgj',
        reason: '涉农产品质量执法职能已划转区市场监管局。',
      },
    ],
  },
];
