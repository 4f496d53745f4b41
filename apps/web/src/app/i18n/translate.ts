import type { Catalogue, Locale } from './locales.js';
import { catalogueRegistry } from './catalogues.js';
import { DEFAULT_LOCALE } from './locales.js';
import type { MessageKey } from './message-key.js';

export type MessageParams = Record<string, string | number>;

export interface Translator {
  (key: MessageKey, params?: MessageParams): string;
  /** For keys built at run time (error codes from the server): undefined when no locale has the text. */
  lookup(key: string, params?: MessageParams): string | undefined;
  readonly locale: Locale;
}

function find(catalogue: Catalogue | undefined, key: string): string | undefined {
  let node: unknown = catalogue;
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return typeof node === 'string' ? node : undefined;
}

function interpolate(text: string, params: MessageParams | undefined): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/**
 * Looks a key up in the requested locale, then in the default locale, so a text not yet translated
 * still reads in Chinese rather than as a raw key; the key itself is the last resort.
 */
export function createTranslator(locale: Locale, catalogues?: Record<Locale, Catalogue>): Translator {
  const lookup = (key: string, params?: MessageParams): string | undefined => {
    // Without explicit catalogues it reads the registry at each lookup, so texts loaded later count.
    const source = catalogues ?? catalogueRegistry.snapshot();
    const text = find(source[locale], key) ?? find(source[DEFAULT_LOCALE], key);
    return text === undefined ? undefined : interpolate(text, params);
  };
  const t = (key: MessageKey, params?: MessageParams): string => lookup(key, params) ?? key;
  return Object.assign(t, { lookup, locale });
}
