import type { DeepPartial } from '../../app/i18n/deep-partial.js';
import type zh from '../zh-CN/ledger.js';

export default {
  title: 'Rectification ledger',
  myTitle: 'Rectification',
  filters: {
    inspection: 'Inspection',
    unit: 'Unit',
    status: 'Status',
    severity: 'Severity',
    overdue: 'Overdue only',
    escalated: 'Escalated only',
    all: 'All',
    submit: 'Search',
    reset: 'Reset',
  },
  columns: {
    description: 'Finding',
    inspection: 'Inspection',
    unit: 'Unit',
    severity: 'Severity',
    status: 'Status',
    deadline: 'Deadline',
    percent: 'Progress',
    actions: 'Actions',
  },
  view: 'View',
  empty: 'No findings',
  total: '{total} in all',
} satisfies DeepPartial<typeof zh>;
