import type admin from './admin.js';
import type findings from './findings.js';
import type inbox from './inbox.js';
import type shell from './index.js';
import type inspections from './inspections.js';
import type ledger from './ledger.js';
import type reports from './reports.js';
import type taskLists from './task-lists.js';
import type tasks from './tasks.js';
import type workspace from './workspace.js';

// Every text of the application: the shell texts in the entry plus the namespaces features register
// when their pages load. Type-only, so keys stay checked without putting every page's texts up front.
export type FullCatalogue = typeof shell & {
  admin: typeof admin;
  findings: typeof findings;
  inbox: typeof inbox;
  inspections: typeof inspections;
  ledger: typeof ledger;
  reports: typeof reports;
  taskLists: typeof taskLists;
  tasks: typeof tasks;
  workspace: typeof workspace;
};
