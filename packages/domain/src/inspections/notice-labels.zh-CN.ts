import type { FindingSeverity, FindingStatus } from '../findings/finding.values.js';
import type { InspectionKind } from './inspection.values.js';

/**
 * The wording of an exported notice. A notice is an official Chinese document, so its text is fixed
 * here rather than taken from the interface locale of whoever exports it.
 */
export const NOTICE_LABELS_ZH_CN = Object.freeze({
  kind: { RULE_OF_LAW: '法治督察', SPECIAL: '专项督察', CASE_FILE_REVIEW: '案卷评查' } satisfies Record<
    InspectionKind,
    string
  >,
  severity: { HIGH: '严重', MEDIUM: '较重', LOW: '一般' } satisfies Record<FindingSeverity, string>,
  status: {
    LOGGED: '已登记',
    NOTIFIED: '已通报',
    RECTIFYING: '整改中',
    AWAITING_VERIFICATION: '待验收',
    CLOSED: '已销号',
  } satisfies Record<FindingStatus, string>,
  escalated: '挂牌督办',
  kindLine: '督察类型',
  periodLine: '督察期间',
  dateLine: '通报日期',
  periodJoin: '至',
  noFindings: '本次督察未发现问题。',
  tableHeader: ['序号', '问题描述', '类别', '严重程度', '整改期限', '状态'],
});
