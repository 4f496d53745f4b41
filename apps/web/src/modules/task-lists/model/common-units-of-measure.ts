/** Suggestions only: the office may type any unit of measure. */
export const COMMON_UNITS_OF_MEASURE = ['件', '次', '起', '人', '人次', '家', '家次', '个', '元', '万元'];
