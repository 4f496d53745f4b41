import type { DeepPartial } from '../../app/i18n/deep-partial.js';
import type zh from '../zh-CN/common.js';

export default {
  appName: 'Duban',
  appFullName: 'Rule-of-law task supervision',
  loading: 'Loading…',
  backHome: 'Back to home',
  retry: 'Retry',
  downloadFile: 'Download {name}',
  exports: {
    tasksLedger: 'Export task ledger',
    indicatorLedger: 'Export indicator figures',
    handoffRecord: 'Export handoff record',
    progressLedger: 'Export progress figures',
    rectificationLedger: 'Export rectification ledger',
    failed: 'Export failed: {message}',
    hint: 'Exports to Excel with the filters and as-of time shown',
  },
} satisfies DeepPartial<typeof zh>;
