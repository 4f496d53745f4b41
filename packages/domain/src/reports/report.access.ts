import type { Actor, Role } from '../shared/actor.js';
import { forbidden } from '../shared/domain-error.js';
import type { AnnualReportCommand } from './report.commands.js';

/** The report is the office's document: it drafts and edits it. */
export const assertMayRunReportCommand = (command: AnnualReportCommand, actor: Actor): void => {
  if (actor.role !== 'DISTRICT_OFFICE') {
    throw forbidden(`${actor.role} may not ${command.type}`, { command: command.type, role: actor.role });
  }
};

/**
 * Who reads the report, its versions, its sources and the ledgers: the office, the leadership and
 * administrators. A unit officer sees every unit's figures there, so is refused.
 */
export const REPORT_READER_ROLES: readonly Role[] = ['DISTRICT_OFFICE', 'LEADER', 'SYSTEM_ADMIN'];

export const assertMayReadReports = (actor: Actor): void => {
  if (!REPORT_READER_ROLES.includes(actor.role)) {
    throw forbidden(`${actor.role} may not read the annual report or the ledgers`, { role: actor.role });
  }
};
