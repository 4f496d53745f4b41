import admin from './admin.js';
import findings from './findings.js';
import inbox from './inbox.js';
import inspections from './inspections.js';
import ledger from './ledger.js';
import reports from './reports.js';
import taskLists from './task-lists.js';
import tasks from './tasks.js';
import workspace from './workspace.js';

// Every feature namespace, for checks over the whole catalogue; pages import only the ones they use.
export const allNamespaces = [
  admin,
  findings,
  inbox,
  inspections,
  ledger,
  reports,
  taskLists,
  tasks,
  workspace,
];
