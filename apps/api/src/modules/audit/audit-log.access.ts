import { forbidden } from '@duban/domain';
import type { Actor } from '@duban/domain';

/** Who may read who did what: the district office, which supervises, and the system administrator. */
export function assertMayReadAuditLog(actor: Actor): void {
  if (actor.role === 'DISTRICT_OFFICE' || actor.role === 'SYSTEM_ADMIN') return;
  throw forbidden(`${actor.role} may not read the audit log`, { role: actor.role });
}
