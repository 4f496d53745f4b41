import { beforeAll, describe, expect, it } from 'vitest';
import enUS from '../../locales/en-US/index.js';
import zhCN from '../../locales/zh-CN/index.js';
import { catalogueRegistry } from './catalogues.js';
import { errorMessage } from './error-message.js';
import type { Catalogue } from './locales.js';
import { createTranslator } from './translate.js';

function keysOf(node: unknown, prefix = ''): string[] {
  if (typeof node === 'string') return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([key, value]) =>
    keysOf(value, prefix ? `${prefix}.${key}` : key),
  );
}

// English is loaded on demand; these tests read it as the application does once it is chosen.
beforeAll(() => catalogueRegistry.load('en-US'));

describe('translation', () => {
  it('reads the chosen language and fills in named parameters', () => {
    expect(createTranslator('en-US')('dashboard.welcome', { name: 'Li Ming' })).toBe('Welcome, Li Ming');
    expect(createTranslator('zh-CN')('dashboard.welcome', { name: '李明' })).toBe('欢迎，李明');
  });

  it('falls back to Chinese for a text the English catalogue lacks', () => {
    const partial: Record<'zh-CN' | 'en-US', Catalogue> = {
      'zh-CN': zhCN,
      'en-US': { auth: { submit: 'Log in' } },
    };
    const t = createTranslator('en-US', partial);
    expect(t('auth.submit')).toBe('Log in');
    expect(t('auth.password')).toBe('密码');
  });

  it('shows the key itself when no language has the text, so the gap is visible', () => {
    const t = createTranslator('en-US', { 'zh-CN': {}, 'en-US': {} });
    expect(t('auth.password')).toBe('auth.password');
    expect(t.lookup('errors.code.NOPE')).toBeUndefined();
  });

  it('leaves a placeholder untouched when its parameter is missing', () => {
    expect(createTranslator('en-US')('dashboard.welcome')).toBe('Welcome, {name}');
  });

  it('has an English text for every Chinese one, and nothing English that Chinese lacks', () => {
    expect(keysOf(enUS).sort()).toEqual(keysOf(zhCN).sort());
  });
});

describe('error messages', () => {
  const en = createTranslator('en-US');

  it('prefers the specific reason the API gave', () => {
    expect(errorMessage(en, { code: 'UNAUTHENTICATED', reason: 'INVALID_CREDENTIALS' })).toBe(
      'Wrong username or password',
    );
  });

  it('falls back to the error class when the reason is unknown to the catalogue', () => {
    expect(errorMessage(en, { code: 'CONFLICT', reason: 'SOMETHING_NEW' })).toBe(
      'Someone else changed this record. Refresh and try again',
    );
  });

  it('explains a locked account and a too-weak password by their reasons', () => {
    expect(errorMessage(en, { code: 'UNAUTHENTICATED', reason: 'ACCOUNT_LOCKED' })).toMatch(/locked/);
    expect(errorMessage(en, { code: 'VALIDATION', reason: 'PASSWORD_TOO_WEAK' })).toMatch(/too weak/);
    const zh = createTranslator('zh-CN');
    expect(errorMessage(zh, { code: 'UNAUTHENTICATED', reason: 'ACCOUNT_LOCKED' })).toMatch(/锁定/);
    expect(errorMessage(zh, { code: 'VALIDATION', reason: 'PASSWORD_TOO_WEAK' })).not.toBe(
      errorMessage(zh, { code: 'VALIDATION' }),
    );
  });

  it('says something generic for a code it has never heard of, in the chosen language', () => {
    expect(errorMessage(createTranslator('zh-CN'), { code: 'TEAPOT' })).toBe('发生未知错误');
  });

  it('translates every error class the API can send', () => {
    for (const code of [
      'UNAUTHENTICATED',
      'FORBIDDEN',
      'CONFLICT',
      'VALIDATION',
      'NOT_FOUND',
      'INVALID_STATE',
      'UNAVAILABLE',
      'RATE_LIMITED',
      'STALE',
      'INTERNAL',
    ]) {
      expect(en.lookup(`errors.code.${code}`), code).toBeTruthy();
      expect(createTranslator('zh-CN').lookup(`errors.code.${code}`), code).toBeTruthy();
    }
  });
});
