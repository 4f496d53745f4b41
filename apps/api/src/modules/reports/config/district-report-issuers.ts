/**
 * Who signs the district's annual report (发文机关署名), one office a line, as the 2024 report was
 * signed. Joint issuance lists each office. Change it here when the district's offices change.
 */
export const DISTRICT_REPORT_ISSUERS: readonly string[] = Object.freeze(['中共昌江区委', '昌江区人民政府']);
