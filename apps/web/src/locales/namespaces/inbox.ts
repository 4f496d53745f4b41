import type { NamespaceBundle } from '../../app/i18n/catalogue-registry.js';
import texts from '../zh-CN/inbox.js';

export default {
  name: 'inbox',
  defaultTexts: texts,
  load: { 'en-US': () => import('../en-US/inbox.js') },
} satisfies NamespaceBundle;
