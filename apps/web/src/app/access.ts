import type { Role } from '../generated/graphql.js';

/**
 * What the signed-in user may see and do, as flags the route table and pages read (the Ant Design
 * Pro `access` pattern). This only shapes the screen: the API checks every command on its own.
 */
export interface Access {
  isSignedIn: boolean;
  canSeeWorkbench: boolean;
  canSeeTaskLists: boolean;
  canManageTaskLists: boolean;
  canSeeInspections: boolean;
  canManageInspections: boolean;
  /** Open an inspection and pick its team: inspectors, and the office that commissions inspections. */
  canOpenInspections: boolean;
  canSeeRectificationLedger: boolean;
  canSeeReports: boolean;
  canEditReports: boolean;
  canManageUnitsAndUsers: boolean;
  canSeeMyTodo: boolean;
  canSeeMyTasks: boolean;
  canSeeMyRectifications: boolean;
  /** Finding detail pages: everyone who reads findings (the API decides what each may do there). */
  canSeeFindings: boolean;
  /** Task detail pages: everyone who works on or reads tasks (the API decides what each may do there). */
  canSeeTasks: boolean;
  /** The district's task list behind the dashboard's numbers: the office, leaders and inspectors. */
  canSeeAllTasks: boolean;
  /** 待我处理: what waits for the role's decision (the office on tasks, inspectors on findings). */
  canSeeInbox: boolean;
  /** Decide handoffs, completion reviews and extension requests. */
  canDecideTasks: boolean;
  canEscalateFindings: boolean;
  canRectifyFindings: boolean;
  canVerifyFindings: boolean;
  canAdministerUnits: boolean;
  canAdministerUsers: boolean;
}

export type AccessKey = Exclude<keyof Access, 'isSignedIn'>;

export default function access(user: { role: Role } | null | undefined): Access {
  const role = user?.role;
  const office = role === 'DISTRICT_OFFICE';
  const unit = role === 'UNIT_OFFICER';
  const inspector = role === 'INSPECTOR';
  const leader = role === 'LEADER';
  const admin = role === 'SYSTEM_ADMIN';
  return {
    isSignedIn: role !== undefined,
    canSeeWorkbench: office || leader,
    canSeeTaskLists: office,
    canManageTaskLists: office,
    canSeeInspections: office || inspector || leader,
    canManageInspections: inspector,
    canOpenInspections: office || inspector,
    canSeeRectificationLedger: office || inspector || leader,
    canSeeReports: office || leader,
    canEditReports: office,
    canManageUnitsAndUsers: office || admin,
    canSeeMyTodo: unit,
    canSeeMyTasks: unit,
    canSeeMyRectifications: unit,
    canSeeFindings: office || inspector || unit || leader,
    canSeeTasks: office || leader || unit || inspector,
    canSeeAllTasks: office || leader || inspector,
    canSeeInbox: office || inspector,
    canDecideTasks: office,
    canEscalateFindings: office,
    canRectifyFindings: unit,
    canVerifyFindings: inspector,
    canAdministerUnits: admin,
    canAdministerUsers: admin,
  };
}
