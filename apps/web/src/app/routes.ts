import {
  AuditOutlined,
  CheckSquareOutlined,
  DashboardOutlined,
  FileDoneOutlined,
  FileSearchOutlined,
  InboxOutlined,
  ProfileOutlined,
  SolutionOutlined,
  TeamOutlined,
} from '@ant-design/icons';
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
}

const dashboard: RouteModule = () => import('../modules/dashboard/components/DashboardPage.js');
// Features not delivered yet share one honest "under construction" page until their module lands.
const pending: RouteModule = () => import('../modules/pending/components/FeaturePendingPage.js');

// Order matters: it is the menu order, and a role's home page is the first entry it may see.
export const appRoutes: readonly AppRoute[] = [
  {
    path: '/dashboard',
    name: 'menu.workbench',
    icon: DashboardOutlined,
    access: 'canSeeWorkbench',
    load: dashboard,
  },
  { path: '/my/todo', name: 'menu.myTodo', icon: InboxOutlined, access: 'canSeeMyTodo', load: pending },
  {
    path: '/my/tasks',
    name: 'menu.myTasks',
    icon: CheckSquareOutlined,
    access: 'canSeeMyTasks',
    load: pending,
  },
  {
    path: '/my/rectifications',
    name: 'menu.myRectifications',
    icon: SolutionOutlined,
    access: 'canSeeMyRectifications',
    load: pending,
  },
  {
    path: '/task-lists',
    name: 'menu.taskLists',
    icon: ProfileOutlined,
    access: 'canSeeTaskLists',
    load: pending,
  },
  {
    path: '/inspections',
    name: 'menu.inspections',
    icon: FileSearchOutlined,
    access: 'canSeeInspections',
    load: pending,
  },
  {
    path: '/rectifications',
    name: 'menu.rectificationLedger',
    icon: AuditOutlined,
    access: 'canSeeRectificationLedger',
    load: pending,
  },
  {
    path: '/reports',
    name: 'menu.annualReports',
    nameFor: { LEADER: 'menu.reports' },
    icon: FileDoneOutlined,
    access: 'canSeeReports',
    load: pending,
  },
  {
    path: '/admin/units',
    name: 'menu.unitsAndUsers',
    icon: TeamOutlined,
    access: 'canManageUnitsAndUsers',
    load: pending,
  },
];
