import type { FindingFacts, FindingState } from '../findings/finding.state.js';
import type { FindingSeverity } from '../findings/finding.values.js';
import type { InspectionFacts } from './inspection.state.js';
import type { InspectionNoticeContent, NoticeUnitSection } from './inspection.values.js';
import { NOTICE_LABELS_ZH_CN } from './notice-labels.zh-CN.js';

const SEVERITY_ORDER: Record<FindingSeverity, number> = { HIGH: 0, MEDIUM: 1, LOW: 2 };

const bySeverityThenTime = (a: FindingFacts, b: FindingFacts) =>
  SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
  a.loggedAt.localeCompare(b.loggedAt) ||
  a.findingId.localeCompare(b.findingId);

/**
 * The content of a notice (通报): the inspection's findings grouped by unit, units in the inspection's
 * target order, the most severe findings first. Units without findings are left out; findings of
 * other inspections are ignored, so a handler may pass a unit's whole list. `unitNames` maps unit ids
 * to the names printed in the notice (the id is printed when a name is missing).
 */
export const composeNotice = (
  inspection: InspectionFacts,
  findings: readonly FindingState[],
  unitNames: Readonly<Record<string, string>> = {},
): InspectionNoticeContent => {
  const ours = findings.filter(
    (finding): finding is FindingFacts =>
      finding.status !== 'NONE' && finding.inspectionId === inspection.inspectionId,
  );
  const units = inspection.targetUnitIds
    .map((unitId): NoticeUnitSection => ({
      unitId,
      unitName: unitNames[unitId] ?? unitId,
      findings: ours
        .filter((finding) => finding.unitId === unitId)
        .sort(bySeverityThenTime)
        .map((finding) => ({
          findingId: finding.findingId,
          description: finding.description,
          severity: finding.severity,
          category: finding.category,
          rectificationDeadline: finding.rectificationDeadline,
          status: finding.status,
          escalated: finding.escalation !== null,
        })),
    }))
    .filter((section) => section.findings.length > 0);
  return {
    inspectionKind: inspection.kind,
    inspectionTitle: inspection.title,
    periodStart: inspection.periodStart,
    periodEnd: inspection.periodEnd,
    units,
  };
};

const KIND_SUFFIXES = ['督察', '评查'];

/**
 * The customary title, 关于…发现问题的通报. The kind (专项督察, …) is added unless the inspection's own
 * title already ends with one, so "2024年度法治政府建设督察" does not become "…督察法治督察".
 */
export const defaultNoticeTitle = (inspection: Pick<InspectionFacts, 'title' | 'kind'>): string => {
  const named = KIND_SUFFIXES.some((suffix) => inspection.title.endsWith(suffix))
    ? inspection.title
    : `${inspection.title}${NOTICE_LABELS_ZH_CN.kind[inspection.kind]}`;
  return `关于${named}发现问题的通报`;
};
