import type { NamespaceBundle } from '../../app/i18n/catalogue-registry.js';
import texts from '../zh-CN/reports.js';

export default {
  name: 'reports',
  defaultTexts: texts,
  load: { 'en-US': () => import('../en-US/reports.js') },
} satisfies NamespaceBundle;
