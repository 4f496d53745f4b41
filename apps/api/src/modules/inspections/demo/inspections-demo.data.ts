import type { FindingSeverity, InspectionKind } from '@duban/domain';

/**
 * The report's 专项督察: "区依法治区委员会办公室对区应急管理局、区卫健委、区农村农业水利局等6家单位,对行政执法
 * '三项制度'落实情况进行专项督察,开展执法案卷评查,其中抽查案卷22份,对发现的问题,及时通报整改。" The three
 * units it leaves unnamed are three more of the demo's enforcement bodies. The domain records case
 * files only for a case-file review, so the review is an inspection of its own over the same units.
 */
export const DEMO_INSPECTION_UNITS = ['yjj', 'wjw', 'nyj', 'scjgj', 'zjj', 'liyang'] as const;

export interface DemoInspection {
  id: string;
  kind: InspectionKind;
  title: string;
  periodStart: string;
  periodEnd: string;
  filesSampledByUnit?: Record<string, number>;
}

export const DEMO_SPECIAL_INSPECTION: DemoInspection = {
  id: 'demo-2024-special-three-systems',
  kind: 'SPECIAL',
  title: '行政执法“三项制度”落实情况专项督察',
  periodStart: '2024-05-06',
  periodEnd: '2024-06-28',
};

export const DEMO_CASE_FILE_REVIEW: DemoInspection = {
  id: 'demo-2024-case-file-review',
  kind: 'CASE_FILE_REVIEW',
  title: '行政执法案卷评查',
  periodStart: '2024-05-06',
  periodEnd: '2024-06-28',
  // 22 files in all, as the report counts them.
  filesSampledByUnit: { yjj: 4, wjw: 4, nyj: 4, scjgj: 4, zjj: 3, liyang: 3 },
};

export const DEMO_CASE_FILE_OUTCOMES: Record<string, { filesWithIssues: number; outcome: string }> = {
  yjj: { filesWithIssues: 1, outcome: '1份案卷缺少执法全过程记录音像资料' },
  wjw: { filesWithIssues: 1, outcome: '1份案卷法制审核意见书未归档' },
  nyj: { filesWithIssues: 2, outcome: '2份案卷文书格式不规范,送达回证缺失' },
  scjgj: { filesWithIssues: 0, outcome: '抽查案卷均符合要求' },
  zjj: { filesWithIssues: 1, outcome: '1份案卷调查取证程序记录不完整' },
  liyang: { filesWithIssues: 1, outcome: '1份案卷执法人员证件信息记载不全' },
};

export const DEMO_NOTICE_ID = 'demo-2024-special-notice-1';

export interface DemoFinding {
  id: string;
  unitId: (typeof DEMO_INSPECTION_UNITS)[number];
  description: string;
  severity: FindingSeverity;
  category: string;
  rectificationDeadline: string;
  /** The state it is left in at the end of the seed's year, for the reader of this file. */
  endsAs: string;
}

const finding = (n: number, fields: Omit<DemoFinding, 'id'>): DemoFinding => ({
  id: `demo-2024-finding-${String(n).padStart(2, '0')}`,
  ...fields,
});

export const DEMO_FINDINGS = {
  logged: finding(1, {
    unitId: 'zjj',
    description: '执法全过程记录音像资料归档不全',
    severity: 'LOW',
    category: '执法全过程记录',
    rectificationDeadline: '2025-03-31',
    endsAs: 'LOGGED',
  }),
  notified: finding(2, {
    unitId: 'scjgj',
    description: '行政执法公示信息更新不及时,部分处罚决定未在7个工作日内公示',
    severity: 'MEDIUM',
    category: '行政执法公示',
    rectificationDeadline: '2025-01-31',
    endsAs: 'NOTIFIED',
  }),
  rectifying: finding(3, {
    unitId: 'wjw',
    description: '重大执法决定法制审核目录清单未向社会公开',
    severity: 'HIGH',
    category: '重大执法决定法制审核',
    rectificationDeadline: '2024-12-31',
    endsAs: 'RECTIFYING',
  }),
  awaitingVerification: finding(4, {
    unitId: 'nyj',
    description: '执法文书格式不规范,送达回证缺失',
    severity: 'MEDIUM',
    category: '执法文书',
    rectificationDeadline: '2025-01-31',
    endsAs: 'AWAITING_VERIFICATION',
  }),
  closed: finding(5, {
    unitId: 'yjj',
    description: '现场执法人员未全程佩戴执法记录仪',
    severity: 'MEDIUM',
    category: '执法全过程记录',
    rectificationDeadline: '2024-08-31',
    endsAs: 'CLOSED',
  }),
  returned: finding(6, {
    unitId: 'yjj',
    description: '部分行政处罚案件未经法制审核即作出决定',
    severity: 'HIGH',
    category: '重大执法决定法制审核',
    rectificationDeadline: '2025-01-15',
    endsAs: 'RECTIFYING after a return',
  }),
  escalated: finding(7, {
    unitId: 'liyang',
    description: '综合执法队执法公示栏长期未更新,执法人员信息与实际不符',
    severity: 'HIGH',
    category: '行政执法公示',
    rectificationDeadline: '2025-01-31',
    endsAs: 'RECTIFYING, escalated (挂牌督办)',
  }),
  overdue: finding(8, {
    unitId: 'nyj',
    description: '执法全过程记录制度未建立,执法记录设备配备不足',
    severity: 'MEDIUM',
    category: '执法全过程记录',
    rectificationDeadline: '2024-09-30',
    endsAs: 'RECTIFYING past its deadline, reminded before and after it',
  }),
} satisfies Record<string, DemoFinding>;
