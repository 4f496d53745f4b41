import type { DeepPartial } from '../../app/i18n/deep-partial.js';
import type zh from '../zh-CN/page-states.js';

export default {
  loadFailed: 'Could not load: {message}',
  retry: 'Retry',
  emptyFiltered: 'Nothing matches',
  download: 'Download',
  noValue: '—',
} satisfies DeepPartial<typeof zh>;
