import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp } from './support/start-test-app.js';
import type { TestApp } from './support/start-test-app.js';

const HEALTH = JSON.stringify({ query: '{ __typename }' });
const post = (app: TestApp, headers: Record<string, string> = {}) =>
  fetch(app.graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: HEALTH,
  });
const preflight = (app: TestApp, origin: string) =>
  fetch(app.graphqlUrl, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type, authorization',
    },
  });

const expectSecurityHeaders = (response: Response) => {
  const csp = response.headers.get('content-security-policy') ?? '';
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  expect(response.headers.get('x-frame-options')).toBe('DENY');
  expect(response.headers.get('referrer-policy')).toBe('no-referrer');
};

describe('security headers and CORS with the default configuration', () => {
  let app: TestApp;
  let web: string;
  beforeAll(async () => {
    web = await mkdtemp(join(tmpdir(), 'duban-web-'));
    await writeFile(join(web, 'index.html'), '<!doctype html><title>督办</title>');
    await writeFile(join(web, 'app.js'), 'console.log(1)');
    app = await startTestApp({ webDistDir: web });
  });
  afterAll(async () => {
    await app?.close();
    await rm(web, { recursive: true, force: true });
  });

  it('puts the security headers on API answers, static files, client routes and 404s alike', async () => {
    const answers = [
      await post(app),
      await fetch(`${app.url}/app.js`),
      await fetch(`${app.url}/tasks/123`),
      await fetch(`${app.url}/assets/missing.js`),
    ];
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 404]);
    for (const response of answers) expectSecurityHeaders(response);
  });

  it('sends no Strict-Transport-Security over plain HTTP, and ignores a forwarded scheme from an untrusted peer', async () => {
    expect((await post(app)).headers.get('strict-transport-security')).toBeNull();
    expect(
      (await post(app, { 'x-forwarded-proto': 'https' })).headers.get('strict-transport-security'),
    ).toBeNull();
  });

  it('gives a foreign origin no CORS allowance, neither on the preflight nor on the request', async () => {
    const options = await preflight(app, 'https://evil.example');
    expect(options.headers.get('access-control-allow-origin')).toBeNull();
    const request = await post(app, { origin: 'https://evil.example' });
    expect(request.headers.get('access-control-allow-origin')).toBeNull();
    expect(request.headers.get('access-control-allow-credentials')).toBeNull();
  });
});

describe('security headers and CORS behind a TLS proxy with allowed origins', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({
      env: { DUBAN_TRUST_PROXY: 'true', DUBAN_CORS_ORIGINS: 'https://portal.example.gov.cn' },
    });
  });
  afterAll(() => app?.close());

  it('sends Strict-Transport-Security when the trusted proxy says the request came over TLS', async () => {
    const response = await post(app, { 'x-forwarded-proto': 'https' });
    expect(response.headers.get('strict-transport-security')).toBe('max-age=63072000; includeSubDomains');
    expectSecurityHeaders(response);
    expect(
      (await post(app, { 'x-forwarded-proto': 'http' })).headers.get('strict-transport-security'),
    ).toBeNull();
  });

  it('allows exactly the configured origin, without credentials, and still no other', async () => {
    const allowed = await preflight(app, 'https://portal.example.gov.cn');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://portal.example.gov.cn');
    expect(allowed.headers.get('access-control-allow-headers')).toContain('authorization');
    expect(allowed.headers.get('access-control-allow-credentials')).toBeNull();
    const request = await post(app, { origin: 'https://portal.example.gov.cn' });
    expect(request.headers.get('access-control-allow-origin')).toBe('https://portal.example.gov.cn');

    const foreign = await preflight(app, 'https://evil.example');
    expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
    expect(
      (await post(app, { origin: 'https://evil.example' })).headers.get('access-control-allow-origin'),
    ).toBeNull();
  });
});
