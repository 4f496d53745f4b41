import type { NamespaceBundle } from '../../app/i18n/catalogue-registry.js';
import texts from '../zh-CN/admin.js';

export default {
  name: 'admin',
  defaultTexts: texts,
  load: { 'en-US': () => import('../en-US/admin.js') },
} satisfies NamespaceBundle;
