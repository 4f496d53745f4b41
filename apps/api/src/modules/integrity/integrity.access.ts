import { forbidden } from '@duban/domain';
import type { Actor } from '@duban/domain';

/**
 * Who may check the log and read its digests: the district office, which supervises, and the
 * system administrator. Recording a digest on demand is an administrator's act.
 */
export function assertMayCheckIntegrity(actor: Actor): void {
  if (actor.role === 'DISTRICT_OFFICE' || actor.role === 'SYSTEM_ADMIN') return;
  throw forbidden(`${actor.role} may not check the integrity of the event log`, { role: actor.role });
}

export function assertMayRecordDigest(actor: Actor): void {
  if (actor.role === 'SYSTEM_ADMIN') return;
  throw forbidden(`${actor.role} may not record a log digest`, { role: actor.role });
}

/** Reopening writes on a broken log is the system administrator's decision, recorded with their note. */
export function assertMayAcknowledgeBreak(actor: Actor): void {
  if (actor.role === 'SYSTEM_ADMIN') return;
  throw forbidden(`${actor.role} may not acknowledge a break in the event log`, { role: actor.role });
}
