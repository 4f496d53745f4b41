import {
  AuditOutlined,
  BellOutlined,
  CheckSquareOutlined,
  DashboardOutlined,
  FileDoneOutlined,
  FileSearchOutlined,
  InboxOutlined,
  ProfileOutlined,
  SolutionOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { lazy } from 'react';
import type { ComponentType } from 'react';
import type { Role } from '../generated/graphql.js';
import type { AccessKey } from './access.js';
import type { MessageKey } from './i18n/message-key.js';

export type RouteModule = () => Promise<{ default: ComponentType }>;

/** One page of the signed-in application, Ant Design Pro style: the menu and the router both read this table. */
export interface AppRoute {
  path: string;
  name: MessageKey;
  /** Some roles know the same page by another name (a leader reads "reports", the office writes "annual reports"). */
  nameFor?: Partial<Record<Role, MessageKey>>;
  icon: ComponentType;
  access: AccessKey;
  /** Each page is its own chunk, so antd-heavy pages and ECharts load only where used. */
  load: RouteModule;
  hideInMenu?: boolean;
  /** A count shown beside the menu entry (e.g. the unit's open to-do); loaded with the layout. */
  badge?: ComponentType;
}

const dashboard: RouteModule = () => import('../modules/dashboard/components/DashboardPage.js');
// The badge's query and its generated types stay out of the layout chunk until a unit officer signs in.
const TodoMenuBadge = lazy(() => import('../modules/workspace/components/TodoMenuBadge.js'));
const districtTasks: RouteModule = () => import('../modules/workspace/components/DistrictTasksPage.js');
const inbox: RouteModule = () => import('../modules/inbox/components/InboxPage.js');
// Loaded with the layout for the office and inspectors only; it shares the inbox page's query.
const InboxMenuBadge = lazy(() => import('../modules/inbox/components/InboxMenuBadge.js'));
const myTasks: RouteModule = () => import('../modules/workspace/components/MyTasksPage.js');
const unitWorkspace: RouteModule = () => import('../modules/workspace/components/UnitWorkspacePage.js');
const myRectifications: RouteModule = () => import('../modules/ledger/components/MyRectificationsPage.js');
const inspectionList: RouteModule = () => import('../modules/inspections/components/InspectionListPage.js');
const inspectionCreate: RouteModule = () =>
  import('../modules/inspections/components/InspectionCreatePage.js');
const inspectionDetail: RouteModule = () =>
  import('../modules/inspections/components/InspectionDetailPage.js');
const rectificationLedger: RouteModule = () =>
  import('../modules/ledger/components/RectificationLedgerPage.js');
const findingDetail: RouteModule = () => import('../modules/findings/components/FindingDetailPage.js');
const unitsAndUsers: RouteModule = () => import('../modules/admin/components/UnitsAndUsersPage.js');
const taskLists: RouteModule = () => import('../modules/task-lists/components/TaskListsPage.js');
const taskListDetail: RouteModule = () => import('../modules/task-lists/components/TaskListDetailPage.js');
const taskDetail: RouteModule = () => import('../modules/tasks/components/TaskDetailPage.js');
const annualReports: RouteModule = () => import('../modules/reports/components/ReportsPage.js');

// Order matters: it is the menu order, and a role's home page is the first entry it may see.
export const appRoutes: readonly AppRoute[] = [
  {
    path: '/dashboard',
    name: 'menu.workbench',
    icon: DashboardOutlined,
    access: 'canSeeWorkbench',
    load: dashboard,
  },
  {
    path: '/my/todo',
    name: 'menu.myTodo',
    icon: InboxOutlined,
    access: 'canSeeMyTodo',
    load: unitWorkspace,
    badge: TodoMenuBadge,
  },
  {
    path: '/my/tasks',
    name: 'menu.myTasks',
    icon: CheckSquareOutlined,
    access: 'canSeeMyTasks',
    load: myTasks,
  },
  {
    path: '/my/rectifications',
    name: 'menu.myRectifications',
    icon: SolutionOutlined,
    access: 'canSeeMyRectifications',
    load: myRectifications,
  },
  {
    path: '/task-lists',
    name: 'menu.taskLists',
    icon: ProfileOutlined,
    access: 'canSeeTaskLists',
    load: taskLists,
  },
  {
    path: '/task-lists/:id',
    name: 'menu.taskLists',
    icon: ProfileOutlined,
    access: 'canSeeTaskLists',
    load: taskListDetail,
    hideInMenu: true,
  },
  {
    path: '/tasks',
    name: 'menu.tasks',
    icon: CheckSquareOutlined,
    access: 'canSeeAllTasks',
    load: districtTasks,
    hideInMenu: true,
  },
  {
    path: '/tasks/:id',
    name: 'tasks.title',
    icon: CheckSquareOutlined,
    access: 'canSeeTasks',
    load: taskDetail,
    hideInMenu: true,
  },
  {
    path: '/inspections',
    name: 'menu.inspections',
    icon: FileSearchOutlined,
    access: 'canSeeInspections',
    load: inspectionList,
  },
  {
    path: '/inspections/new',
    name: 'menu.inspectionCreate',
    icon: FileSearchOutlined,
    access: 'canOpenInspections',
    load: inspectionCreate,
    hideInMenu: true,
  },
  {
    path: '/inspections/:id',
    name: 'menu.inspectionDetail',
    icon: FileSearchOutlined,
    access: 'canSeeInspections',
    load: inspectionDetail,
    hideInMenu: true,
  },
  {
    path: '/inbox',
    name: 'menu.inbox',
    icon: BellOutlined,
    access: 'canSeeInbox',
    load: inbox,
    badge: InboxMenuBadge,
  },
  {
    path: '/rectifications',
    name: 'menu.rectificationLedger',
    icon: AuditOutlined,
    access: 'canSeeRectificationLedger',
    load: rectificationLedger,
  },
  {
    path: '/findings/:id',
    name: 'menu.findingDetail',
    icon: AuditOutlined,
    access: 'canSeeFindings',
    load: findingDetail,
    hideInMenu: true,
  },
  {
    path: '/reports',
    name: 'menu.annualReports',
    nameFor: { LEADER: 'menu.reports' },
    icon: FileDoneOutlined,
    access: 'canSeeReports',
    load: annualReports,
  },
  {
    path: '/admin/units',
    name: 'menu.unitsAndUsers',
    icon: TeamOutlined,
    access: 'canManageUnitsAndUsers',
    load: unitsAndUsers,
  },
];
