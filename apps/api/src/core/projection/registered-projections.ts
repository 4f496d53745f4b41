import { auditLogProjection } from '../../modules/audit/projections/audit-log.projection.js';
import { evidenceReferencesProjection } from '../../modules/evidence/projections/evidence-references.projection.js';
import { findingsProjection } from '../../modules/findings/projections/findings.projection.js';
import { inspectionsProjection } from '../../modules/inspections/projections/inspections.projection.js';
import { taskListsProjection } from '../../modules/task-lists/projections/task-lists.projection.js';
import { tasksProjection } from '../../modules/tasks/projections/tasks.projection.js';
import { unitsProjection } from '../../modules/units/projections/units.projection.js';
import type { FoldSpec } from './document-projection.js';

/**
 * Every projection of the read model, in one list: the projector runs these, a rebuild builds these,
 * and as-of queries fold the log with the same specs (those that hold figures; the audit log, one row
 * per event, has no past state to ask about).
 */
export const REGISTERED_PROJECTIONS: readonly FoldSpec[] = [
  unitsProjection,
  taskListsProjection,
  tasksProjection,
  inspectionsProjection,
  findingsProjection,
  evidenceReferencesProjection,
  auditLogProjection,
];
