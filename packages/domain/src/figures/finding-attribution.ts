import type { FigureFinding, FigureInspection, FigureList } from './figure-inputs.js';

/**
 * The year an inspection declares: the year its inspected period ends in. An inspection of 2025's work
 * carried out in January 2026 (period 2025-01-01 to 2025-12-31) belongs to 2025.
 */
export const inspectionYearOf = (inspection: Pick<FigureInspection, 'periodEnd'>): number =>
  Number(inspection.periodEnd.slice(0, 4));

/** Where a finding is counted: a list (and the list's year), or only a year. */
export interface FindingAttribution {
  /** The list of the task the finding is linked to; null for a finding without a known task. */
  listId: string | null;
  /** The task's area when linked, else null: an unlinked finding belongs to no area. */
  area: string | null;
  /** The list's year when linked, else the year its inspection declares; null if neither is known. */
  year: number | null;
}

export interface AttributionLookups {
  /** The list and area of a task, if the task exists. */
  taskOf: (taskId: string) => { listId: string; area: string } | undefined;
  listOf: (listId: string) => FigureList | undefined;
  inspectionOf: (inspectionId: string) => Pick<FigureInspection, 'periodEnd'> | undefined;
}

/**
 * The one rule for where a finding counts (dashboard, areas, ledgers and report alike): a finding
 * linked to a task belongs to that task's list, area and year; one without a task link (or linked to a
 * task that does not exist) belongs to the year its inspection declares, and so to every list of that
 * year, but to no area.
 */
export const attributeFinding = (
  finding: Pick<FigureFinding, 'taskId' | 'inspectionId'>,
  lookups: AttributionLookups,
): FindingAttribution => {
  const task = finding.taskId === null ? undefined : lookups.taskOf(finding.taskId);
  if (task) {
    return { listId: task.listId, area: task.area, year: lookups.listOf(task.listId)?.year ?? null };
  }
  const inspection = lookups.inspectionOf(finding.inspectionId);
  return { listId: null, area: null, year: inspection ? inspectionYearOf(inspection) : null };
};

/** Whether a finding so attributed counts for a list. */
export const countsForList = (attribution: FindingAttribution, list: FigureList): boolean =>
  attribution.listId === null ? attribution.year === list.year : attribution.listId === list.listId;

/** Whether a finding so attributed counts for a year (the district report over all its lists). */
export const countsForYear = (attribution: FindingAttribution, year: number): boolean =>
  attribution.year === year;
