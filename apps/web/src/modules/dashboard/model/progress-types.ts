import type { DashboardProgressFieldsFragment } from '../../../generated/graphql.js';

export type DepartmentProgressView = DashboardProgressFieldsFragment;
export type UnitProgressRow = DashboardProgressFieldsFragment['units'][number];
export type AreaProgressRow = DashboardProgressFieldsFragment['areas'][number];
export type ProgressTotals = DashboardProgressFieldsFragment['totals'];
