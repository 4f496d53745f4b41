import { describe, expect, it } from 'vitest';
import enUSShell from '../../locales/en-US/index.js';
import { allNamespaces } from '../../locales/namespaces/index.js';
import zhCNShell from '../../locales/zh-CN/index.js';
import { CatalogueRegistry } from './catalogue-registry.js';
import type { NamespaceBundle } from './catalogue-registry.js';
import { createTranslator } from './translate.js';

function keysOf(node: unknown, prefix = ''): string[] {
  if (typeof node === 'string') return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) =>
    keysOf(value, prefix ? `${prefix}.${key}` : key),
  );
}

/** A loader the test releases by hand, to look at the registry while a chunk is still on its way. */
function deferredLoader(texts: object) {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  let calls = 0;
  const load = async () => {
    calls += 1;
    await gate;
    return { default: texts };
  };
  return { load, release: () => release(), calls: () => calls };
}

const findingsBundle = (english: ReturnType<typeof deferredLoader>): NamespaceBundle => ({
  name: 'findings',
  defaultTexts: { cancel: '取消', confirmOk: '确定' },
  load: { 'en-US': english.load },
});

describe('catalogue registry', () => {
  it('translates a key of a namespace once a feature registers it, and not before', async () => {
    const registry = new CatalogueRegistry({ common: { appName: '督办' } }, {});
    expect(createTranslator('zh-CN', registry.snapshot()).lookup('findings.cancel')).toBeUndefined();
    await registry.register([findingsBundle(deferredLoader({}))]);
    expect(createTranslator('zh-CN', registry.snapshot())('findings.cancel')).toBe('取消');
  });

  it('does not fetch English until it is asked for, and reads Chinese until it has arrived', async () => {
    const shell = deferredLoader({ common: { appName: 'Duban' } });
    const registry = new CatalogueRegistry({ common: { appName: '督办' } }, { 'en-US': shell.load });
    expect(shell.calls()).toBe(0);
    expect(registry.isLoaded('en-US')).toBe(false);

    const loading = registry.load('en-US');
    expect(createTranslator('en-US', registry.snapshot())('common.appName')).toBe('督办');
    shell.release();
    await loading;
    expect(registry.isLoaded('en-US')).toBe(true);
    expect(createTranslator('en-US', registry.snapshot())('common.appName')).toBe('Duban');
    expect(shell.calls()).toBe(1);
  });

  it('loads the English texts of features registered before English was chosen', async () => {
    const shell = deferredLoader({});
    const findings = deferredLoader({ cancel: 'Cancel' });
    const registry = new CatalogueRegistry({}, { 'en-US': shell.load });
    await registry.register([findingsBundle(findings)]);
    expect(findings.calls()).toBe(0);

    const loading = registry.load('en-US');
    shell.release();
    findings.release();
    await loading;
    expect(createTranslator('en-US', registry.snapshot())('findings.cancel')).toBe('Cancel');
    // Its own key, not yet in English, still reads in Chinese.
    expect(createTranslator('en-US', registry.snapshot())('findings.confirmOk')).toBe('确定');
  });

  it('makes a feature registered after English was chosen wait for its English texts', async () => {
    const registry = new CatalogueRegistry({}, { 'en-US': async () => ({ default: {} }) });
    await registry.load('en-US');
    const findings = deferredLoader({ cancel: 'Cancel' });
    let registered = false;
    const registering = registry.register([findingsBundle(findings)]).then(() => (registered = true));
    await Promise.resolve();
    expect(registered).toBe(false);
    findings.release();
    await registering;
    expect(createTranslator('en-US', registry.snapshot())('findings.cancel')).toBe('Cancel');
  });

  it('tells subscribers when texts change, with a new snapshot each time', async () => {
    const registry = new CatalogueRegistry({}, {});
    const before = registry.snapshot();
    let changes = 0;
    const unsubscribe = registry.subscribe(() => (changes += 1));
    await registry.register([findingsBundle(deferredLoader({}))]);
    expect(changes).toBe(1);
    expect(registry.snapshot()).not.toBe(before);
    unsubscribe();
  });

  it('can try again after an English chunk failed to load', async () => {
    let fail = true;
    const registry = new CatalogueRegistry(
      {},
      {
        'en-US': async () => {
          if (fail) throw new Error('offline');
          return { default: { common: { appName: 'Duban' } } };
        },
      },
    );
    await expect(registry.load('en-US')).rejects.toThrow('offline');
    expect(registry.isLoaded('en-US')).toBe(false);
    fail = false;
    await registry.load('en-US');
    expect(createTranslator('en-US', registry.snapshot())('common.appName')).toBe('Duban');
  });

  it('has, over the shell and every feature namespace, an English text for each Chinese one and no more', async () => {
    const registry = new CatalogueRegistry(zhCNShell, { 'en-US': async () => ({ default: enUSShell }) });
    await registry.register(allNamespaces);
    await registry.load('en-US');
    const { 'zh-CN': zh, 'en-US': en } = registry.snapshot();
    expect(keysOf(zh).length).toBeGreaterThan(keysOf(zhCNShell).length);
    expect(keysOf(en).sort()).toEqual(keysOf(zh).sort());
  });
});
