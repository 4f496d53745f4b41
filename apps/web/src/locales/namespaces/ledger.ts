import type { NamespaceBundle } from '../../app/i18n/catalogue-registry.js';
import texts from '../zh-CN/ledger.js';

export default {
  name: 'ledger',
  defaultTexts: texts,
  load: { 'en-US': () => import('../en-US/ledger.js') },
} satisfies NamespaceBundle;
