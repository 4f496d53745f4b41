/** Roles of the people who use the system. */
export const ROLES = ['SYSTEM_ADMIN', 'DISTRICT_OFFICE', 'UNIT_OFFICER', 'INSPECTOR', 'LEADER'] as const;
export type Role = (typeof ROLES)[number];

/** The person running a command, taken from the authenticated request. */
export interface Actor {
  userId: string;
  role: Role;
  /** Set for unit officers: the one unit they act for. */
  unitId?: string | null;
}

/** What every decider receives besides the command and state: no clock or id generator inside the domain. */
export interface DecisionContext {
  actor: Actor;
  /** Current time, ISO 8601. */
  now: string;
}
