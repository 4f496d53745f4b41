import { DEFAULT_LOCALE } from './locales.js';
import type { Catalogue, Locale } from './locales.js';

/** A catalogue part that arrives later, as its own chunk. */
export type CatalogueLoader = () => Promise<{ default: object }>;

/** A feature's texts: the default locale travels with the feature's chunk, the others load on demand. */
export interface NamespaceBundle {
  name: string;
  defaultTexts: object;
  load: Partial<Record<Locale, CatalogueLoader>>;
}

/**
 * The catalogues the translator reads. Only the default locale's shell texts ship with the entry;
 * another locale loads when chosen, and each feature adds its own namespaces when its page loads,
 * so the login and dashboard routes do not carry every page's texts.
 */
export class CatalogueRegistry {
  private catalogues: Record<Locale, Catalogue>;
  private readonly requested = new Set<Locale>([DEFAULT_LOCALE]);
  private readonly loaded = new Set<Locale>([DEFAULT_LOCALE]);
  private readonly pending = new Map<string, Promise<void>>();
  private readonly namespaces = new Map<string, NamespaceBundle>();
  private readonly listeners = new Set<() => void>();

  constructor(
    defaultCatalogue: Catalogue,
    private readonly coreLoaders: Partial<Record<Locale, CatalogueLoader>>,
  ) {
    this.catalogues = { 'zh-CN': defaultCatalogue, 'en-US': {} };
  }

  /** A new object after every change, so React can tell when to translate again. */
  readonly snapshot = (): Record<Locale, Catalogue> => this.catalogues;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  isLoaded(locale: Locale): boolean {
    return this.loaded.has(locale);
  }

  /** Loads a locale's shell texts and those of every feature registered so far. */
  load(locale: Locale): Promise<void> {
    if (this.loaded.has(locale)) return Promise.resolve();
    this.requested.add(locale);
    return this.once(`core:${locale}`, async () => {
      const loader = this.coreLoaders[locale];
      const features = [...this.namespaces.values()].map((bundle) => this.loadNamespace(bundle, locale));
      const [core] = await Promise.all([loader?.(), ...features]);
      if (core) this.merge(locale, core.default);
      // Features registered while the shell texts were on their way must be complete too.
      await Promise.all([...this.namespaces.values()].map((bundle) => this.loadNamespace(bundle, locale)));
      this.loaded.add(locale);
      this.notify();
    }).catch((error: unknown) => {
      this.pending.delete(`core:${locale}`);
      throw error;
    });
  }

  /** Adds feature namespaces; resolves once they are readable in every locale already in use. */
  register(bundles: readonly NamespaceBundle[]): Promise<void> {
    const added = bundles.filter((bundle) => !this.namespaces.has(bundle.name));
    for (const bundle of added) {
      this.namespaces.set(bundle.name, bundle);
      this.merge(DEFAULT_LOCALE, { [bundle.name]: bundle.defaultTexts });
    }
    if (added.length > 0) this.notify();
    const others = [...this.requested].filter((locale) => locale !== DEFAULT_LOCALE);
    return Promise.all(
      bundles.flatMap((bundle) => others.map((locale) => this.loadNamespace(bundle, locale))),
    ).then(() => undefined);
  }

  private loadNamespace(bundle: NamespaceBundle, locale: Locale): Promise<void> {
    const loader = bundle.load[locale];
    if (!loader) return Promise.resolve();
    return this.once(`${bundle.name}:${locale}`, async () => {
      const texts = await loader();
      this.merge(locale, { [bundle.name]: texts.default });
      if (this.loaded.has(locale)) this.notify();
    }).catch((error: unknown) => {
      this.pending.delete(`${bundle.name}:${locale}`);
      throw error;
    });
  }

  private once(key: string, run: () => Promise<void>): Promise<void> {
    let promise = this.pending.get(key);
    if (!promise) {
      promise = run();
      this.pending.set(key, promise);
    }
    return promise;
  }

  private merge(locale: Locale, part: object): void {
    this.catalogues = { ...this.catalogues, [locale]: { ...this.catalogues[locale], ...part } };
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}
