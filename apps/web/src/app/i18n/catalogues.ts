import zhCN from '../../locales/zh-CN/index.js';
import { CatalogueRegistry } from './catalogue-registry.js';
import type { NamespaceBundle } from './catalogue-registry.js';

/** The application's catalogues: Chinese shell texts up front, English only once someone asks for it. */
export const catalogueRegistry = new CatalogueRegistry(zhCN, {
  'en-US': () => import('../../locales/en-US/index.js'),
});

/** Called at the top of a feature's route module, so its texts are there before it renders. */
export function registerNamespaces(...bundles: NamespaceBundle[]): Promise<void> {
  return catalogueRegistry.register(bundles);
}
