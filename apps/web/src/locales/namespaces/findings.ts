import type { NamespaceBundle } from '../../app/i18n/catalogue-registry.js';
import texts from '../zh-CN/findings.js';

export default {
  name: 'findings',
  defaultTexts: texts,
  load: { 'en-US': () => import('../en-US/findings.js') },
} satisfies NamespaceBundle;
