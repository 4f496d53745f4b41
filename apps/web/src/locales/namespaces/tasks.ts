import type { NamespaceBundle } from '../../app/i18n/catalogue-registry.js';
import texts from '../zh-CN/tasks.js';

export default {
  name: 'tasks',
  defaultTexts: texts,
  load: { 'en-US': () => import('../en-US/tasks.js') },
} satisfies NamespaceBundle;
