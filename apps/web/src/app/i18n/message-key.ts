import type { FullCatalogue } from '../../locales/zh-CN/full-catalogue.js';

type Paths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : Paths<T[K], `${Prefix}${K}.`>;
}[keyof T & string];

/** Every translatable text, as a dotted path into the default (zh-CN) catalogue: `auth.submit`. */
export type MessageKey = Paths<FullCatalogue>;
