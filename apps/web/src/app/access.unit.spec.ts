import { describe, expect, it } from 'vitest';
import access from './access.js';
import type { Access } from './access.js';
import { menuFor } from './menu-for.js';
import { appRoutes } from './routes.js';
import { createTranslator } from './i18n/translate.js';

const t = createTranslator('zh-CN');
const menuLabels = (role: Parameters<typeof access>[0]) =>
  menuFor(role, appRoutes).map((entry) => t(entry.label));

describe('access rules', () => {
  it('gives a signed-out visitor no page at all', () => {
    const flags = access(null);
    const granted = (Object.keys(flags) as (keyof Access)[]).filter((key) => flags[key]);
    expect(granted).toEqual([]);
  });

  it('shows the district office its workbench, task lists, inspections, inbox, ledger, annual reports and units', () => {
    expect(menuLabels({ role: 'DISTRICT_OFFICE' })).toEqual([
      '工作台',
      '任务清单',
      '督察',
      '待我处理',
      '整改台账',
      '年度报告',
      '单位与用户',
    ]);
  });

  it('shows a unit officer only its own to-do, tasks and rectification', () => {
    expect(menuLabels({ role: 'UNIT_OFFICER' })).toEqual(['我的待办', '任务', '整改']);
  });

  it('shows an inspector inspections, the inbox and the rectification ledger', () => {
    expect(menuLabels({ role: 'INSPECTOR' })).toEqual(['督察', '待我处理', '整改台账']);
  });

  it('shows a leader the workbench, inspections, the ledger and the same reports page under the name "reports"', () => {
    expect(menuLabels({ role: 'LEADER' })).toEqual(['工作台', '督察', '整改台账', '报告']);
    expect(menuFor({ role: 'LEADER' }, appRoutes)[3]?.route.path).toBe('/reports');
  });

  it('lets a leader read findings and inspections but act on none of them', () => {
    expect(access({ role: 'LEADER' })).toMatchObject({
      canSeeFindings: true,
      canManageInspections: false,
      canRectifyFindings: false,
      canVerifyFindings: false,
      canEscalateFindings: false,
      canAdministerUnits: false,
      canAdministerUsers: false,
    });
  });

  it('lets inspectors and the office that commissions inspections open one, as the API does', () => {
    const roles = ['SYSTEM_ADMIN', 'DISTRICT_OFFICE', 'UNIT_OFFICER', 'INSPECTOR', 'LEADER'] as const;
    expect(roles.filter((role) => access({ role }).canOpenInspections)).toEqual([
      'DISTRICT_OFFICE',
      'INSPECTOR',
    ]);
    expect(roles.filter((role) => access({ role }).canManageInspections)).toEqual(['INSPECTOR']);
  });

  it('keeps finding commands with their roles: units rectify, inspectors verify, the office escalates', () => {
    const roles = ['SYSTEM_ADMIN', 'DISTRICT_OFFICE', 'UNIT_OFFICER', 'INSPECTOR', 'LEADER'] as const;
    const holders = (flag: 'canRectifyFindings' | 'canVerifyFindings' | 'canEscalateFindings') =>
      roles.filter((role) => access({ role })[flag]);
    expect(holders('canRectifyFindings')).toEqual(['UNIT_OFFICER']);
    expect(holders('canVerifyFindings')).toEqual(['INSPECTOR']);
    expect(holders('canEscalateFindings')).toEqual(['DISTRICT_OFFICE']);
  });

  it('shows the system administrator units and users only', () => {
    expect(menuLabels({ role: 'SYSTEM_ADMIN' })).toEqual(['单位与用户']);
  });

  it('lets a leader read reports but never edit them, and keeps task-list management with the office', () => {
    expect(access({ role: 'LEADER' })).toMatchObject({ canSeeReports: true, canEditReports: false });
    const managers = (
      ['SYSTEM_ADMIN', 'DISTRICT_OFFICE', 'UNIT_OFFICER', 'INSPECTOR', 'LEADER'] as const
    ).filter((role) => access({ role }).canManageTaskLists);
    expect(managers).toEqual(['DISTRICT_OFFICE']);
  });

  it('opens task detail pages to the office, units, inspectors and leaders, not to the administrator', () => {
    const roles = ['SYSTEM_ADMIN', 'DISTRICT_OFFICE', 'UNIT_OFFICER', 'INSPECTOR', 'LEADER'] as const;
    expect(roles.filter((role) => access({ role }).canSeeTasks)).toEqual([
      'DISTRICT_OFFICE',
      'UNIT_OFFICER',
      'INSPECTOR',
      'LEADER',
    ]);
    expect(
      menuFor({ role: 'DISTRICT_OFFICE' }, appRoutes).some((entry) => entry.route.path === '/tasks/:id'),
    ).toBe(false);
  });
});
