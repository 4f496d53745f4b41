import type { DeepPartial } from '../../app/i18n/deep-partial.js';
import type zh from '../zh-CN/common.js';

export default {
  appName: 'Duban',
  appFullName: 'Rule-of-law task supervision',
  loading: 'Loading…',
  backHome: 'Back to home',
  retry: 'Retry',
  downloadFile: 'Download {name}',
} satisfies DeepPartial<typeof zh>;
