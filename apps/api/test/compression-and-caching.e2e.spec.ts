import { request } from 'node:http';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEST_ADMIN, startTestApp } from './support/start-test-app.js';
import type { TestApp } from './support/start-test-app.js';

interface RawAnswer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** A request whose body comes back exactly as sent over the wire (fetch would decompress it). */
function raw(
  url: string,
  options: { method?: string; headers?: Record<string, string>; body?: string } = {},
) {
  return new Promise<RawAnswer>((resolve, reject) => {
    const req = request(url, { method: options.method ?? 'GET', headers: options.headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

const SCRIPT = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `督办事项${i}`))};\n`;

describe('compressed answers and cache lifetimes', () => {
  let app: TestApp;
  let web: string;

  beforeAll(async () => {
    web = await mkdtemp(join(tmpdir(), 'duban-web-'));
    await mkdir(join(web, 'assets'));
    await writeFile(join(web, 'index.html'), '<!doctype html><title>督办</title>');
    await writeFile(join(web, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
    // As the web build writes them: the file and its brotli and gzip copies.
    const asset = join(web, 'assets', 'index-AbC123.js');
    await writeFile(asset, SCRIPT);
    await writeFile(`${asset}.br`, brotliCompressSync(SCRIPT));
    await writeFile(`${asset}.gz`, gzipSync(SCRIPT));
    app = await startTestApp({ webDistDir: web });
  });

  afterAll(async () => {
    await app?.close();
    await rm(web, { recursive: true, force: true });
  });

  it('sends a hashed asset’s brotli copy to a browser that accepts brotli, cached for a year as immutable', async () => {
    const answer = await raw(`${app.url}/assets/index-AbC123.js`, {
      headers: { 'accept-encoding': 'gzip, br' },
    });
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(answer.body.length).toBeLessThan(Buffer.byteLength(SCRIPT) / 3);
    expect(brotliDecompressSync(answer.body).toString()).toBe(SCRIPT);
  });

  it('falls back to the gzip copy, and to the plain file for a client that takes neither', async () => {
    const gz = await raw(`${app.url}/assets/index-AbC123.js`, { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(SCRIPT);
    const plain = await raw(`${app.url}/assets/index-AbC123.js`, {
      headers: { 'accept-encoding': 'identity' },
    });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(SCRIPT);
  });

  it('has index.html, client routes and unhashed files revalidated on every load', async () => {
    for (const path of ['/', '/index.html', '/tasks/t-1', '/favicon.svg']) {
      const answer = await raw(`${app.url}${path}`);
      expect(answer.status, path).toBe(200);
      expect(answer.headers['cache-control'], path).toBe('no-cache');
    }
  });

  it('compresses a large GraphQL answer for a client that accepts it and leaves small ones as they are', async () => {
    const login = await app.login(TEST_ADMIN.username, TEST_ADMIN.password);
    const query = JSON.stringify({
      query: '{ __schema { types { name description fields { name description } } } }',
    });
    const headers = {
      'content-type': 'application/json',
      authorization: `Bearer ${login.accessToken}`,
      'accept-encoding': 'br, gzip',
    };
    const big = await raw(app.graphqlUrl, { method: 'POST', headers, body: query });
    expect(big.status).toBe(200);
    expect(big.headers['content-encoding']).toBe('br');
    expect(big.headers.vary).toContain('accept-encoding');
    const text = brotliDecompressSync(big.body).toString();
    expect(JSON.parse(text).data.__schema.types.length).toBeGreaterThan(10);
    expect(big.body.length).toBeLessThan(Buffer.byteLength(text) / 3);

    const gz = await raw(app.graphqlUrl, {
      method: 'POST',
      headers: { ...headers, 'accept-encoding': 'gzip' },
      body: query,
    });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(gunzipSync(gz.body).toString()).data.__schema.types.length).toBeGreaterThan(10);

    const small = await raw(app.graphqlUrl, {
      method: 'POST',
      headers,
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(small.body.toString())).toEqual({ data: { __typename: 'Query' } });
  });
});
