import type { DeepPartial } from '../../app/i18n/deep-partial.js';
import type zh from '../zh-CN/menu.js';

export default {
  workbench: 'Workbench',
  taskLists: 'Task lists',
  inspections: 'Inspections',
  rectificationLedger: 'Rectification ledger',
  annualReports: 'Annual reports',
  reports: 'Reports',
  unitsAndUsers: 'Units & users',
  myTodo: 'My to-do',
  tasks: 'Tasks',
  inbox: 'Waiting for me',
  myTasks: 'Tasks',
  inspectionCreate: 'New inspection',
  inspectionDetail: 'Inspection',
  findingDetail: 'Finding',
  myRectifications: 'Rectification',
} satisfies DeepPartial<typeof zh>;
