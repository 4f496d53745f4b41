import type { NamespaceBundle } from '../../app/i18n/catalogue-registry.js';
import texts from '../zh-CN/workspace.js';

export default {
  name: 'workspace',
  defaultTexts: texts,
  load: { 'en-US': () => import('../en-US/workspace.js') },
} satisfies NamespaceBundle;
