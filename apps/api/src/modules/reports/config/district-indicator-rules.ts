import type { IndicatorRuleCatalogue } from '@duban/domain';

/**
 * The district's indicator rules, applied to every task whose indicators carry these names, whatever
 * the task itself declares. Tasks are drafted by hand and a rule can be left off (the 2024 seed report
 * printed 94 joint checks out of 93 double-random matters); the report still has to catch it.
 * Names are matched without blanks. Add a rule here when the district adopts one.
 */
export const DISTRICT_INDICATOR_RULES: IndicatorRuleCatalogue = {
  rules: [
    { kind: 'PART_OF', part: '联合部门检查事项', whole: '录入双随机监管事项' },
    { kind: 'RATE', name: '联合检查占比', numerator: '联合部门检查事项', denominator: '录入双随机监管事项' },
    { kind: 'PART_OF', part: '成功调解', whole: '受理人民调解案件' },
    { kind: 'RATE', name: '调解成功率', numerator: '成功调解', denominator: '受理人民调解案件' },
    { kind: 'SUM_OF', whole: '执法检查', parts: ['企业', '个体户'] },
    { kind: 'PART_OF', part: '受理行政复议', whole: '接收行政复议申请' },
    { kind: 'PART_OF', part: '办结行政复议', whole: '受理行政复议' },
    { kind: 'PART_OF', part: '审结案件', whole: '受理民商事纠纷案件' },
    { kind: 'PART_OF', part: '办结人大代表建议', whole: '办理人大代表建议' },
    { kind: 'PART_OF', part: '办结政协提案', whole: '办理政协提案' },
  ],
};
