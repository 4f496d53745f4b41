import type { NamespaceBundle } from '../../app/i18n/catalogue-registry.js';
import texts from '../zh-CN/inspections.js';

export default {
  name: 'inspections',
  defaultTexts: texts,
  load: { 'en-US': () => import('../en-US/inspections.js') },
} satisfies NamespaceBundle;
