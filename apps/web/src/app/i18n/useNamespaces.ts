import { use } from 'react';
import type { NamespacesReady } from './catalogues.js';

/** Suspends the page until the namespaces its module registered can be read in the current language. */
export function useNamespaces(ready: NamespacesReady): void {
  use(ready);
}
