import type { NamespaceBundle } from '../../app/i18n/catalogue-registry.js';
import texts from '../zh-CN/task-lists.js';

export default {
  name: 'taskLists',
  defaultTexts: texts,
  load: { 'en-US': () => import('../en-US/task-lists.js') },
} satisfies NamespaceBundle;
