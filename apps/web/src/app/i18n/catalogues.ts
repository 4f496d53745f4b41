import zhCN from '../../locales/zh-CN/index.js';
import { CatalogueRegistry } from './catalogue-registry.js';
import type { NamespaceBundle } from './catalogue-registry.js';

/** The application's catalogues: Chinese shell texts up front, English only once someone asks for it. */
export const catalogueRegistry = new CatalogueRegistry(zhCN, {
  'en-US': () => import('../../locales/en-US/index.js'),
});

/** Settles when a page's namespaces are readable. */
export type NamespacesReady = Promise<void>;

/**
 * Called at the top of a feature's route module, so its texts are registered as soon as the chunk
 * loads; the page passes the result to `useNamespaces` so it renders only once they are there.
 */
export function registerNamespaces(...bundles: NamespaceBundle[]): NamespacesReady {
  // An English chunk that fails to arrive leaves the Chinese texts, which are already in place.
  const ready = catalogueRegistry.register(bundles).catch(() => undefined);
  // React's `use` reads these fields, so a page whose texts are already there never suspends again.
  const tracked = ready as NamespacesReady & { status?: string; value?: unknown };
  tracked.status = 'pending';
  void ready.then(() => {
    tracked.value = undefined;
    tracked.status = 'fulfilled';
  });
  return ready;
}
