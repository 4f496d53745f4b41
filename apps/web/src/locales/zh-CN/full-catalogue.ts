import type shell from './index.js';

// Every text of the application, including the namespaces features register when their pages load;
// type-only, so keys stay checked without putting every page's texts in the entry chunk.
export type FullCatalogue = typeof shell;
