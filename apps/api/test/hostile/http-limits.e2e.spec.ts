import { randomBytes } from 'node:crypto';
import { request } from 'node:http';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, sep } from 'node:path';
import fc from 'fast-check';
import { Lexer, Source, TokenKind } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/start-test-app.js';
import { watchDisk } from './support/disk-watch.js';
import { startHostileApp } from './support/hostile-world.js';
import { leakIn, liveRun, postRaw } from './support/refusal-checks.js';
import { Tally } from './support/tally.js';

const MAX_UPLOAD = 64 * 1024;
/** GraphQL bodies have their own limit, under the upload limit (and above the largest token-limit document below). */
const MAX_BODY = 48 * 1024;
const MAX_DEPTH = 3;
const MAX_COMPLEXITY = 300;
const MAX_PAGE = 200;
const MAX_TOKENS = 2000;

/** Leading bytes of each allowed binary kind, and of kinds that are not allowed at all. */
const MAGIC: Record<string, Buffer> = {
  pdf: Buffer.from('%PDF-1.7\n'),
  png: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  jpg: Buffer.from([0xff, 0xd8, 0xff, 0xe0]),
  gif: Buffer.from('GIF89a'),
  zip: Buffer.from([0x50, 0x4b, 0x03, 0x04]),
  doc: Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]),
  exe: Buffer.from('MZ\x90\x00'),
  elf: Buffer.from('\x7fELF'),
  html: Buffer.from('<!doctype html><script>alert(1)</script>'),
  svg: Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
};
/** Which magic each allowed extension needs. */
const NEEDS: Record<string, string> = {
  pdf: 'pdf',
  png: 'png',
  jpg: 'jpg',
  jpeg: 'jpg',
  gif: 'gif',
  zip: 'zip',
  docx: 'zip',
  xlsx: 'zip',
  pptx: 'zip',
  doc: 'doc',
  xls: 'doc',
  ppt: 'doc',
  wps: 'doc',
};

interface RawAnswer {
  status: number;
  type: string;
  text: string;
}

/** A GET with the path sent byte for byte (fetch would resolve "../" before sending). */
const rawGet = (base: string, path: string, token?: string): Promise<RawAnswer> =>
  new Promise((resolve, reject) => {
    const url = new URL(base);
    const req = request(
      {
        host: url.hostname,
        port: url.port,
        path,
        method: 'GET',
        headers: token ? { authorization: `Bearer ${token}` } : {},
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            type: String(res.headers['content-type'] ?? ''),
            text: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    req.on('error', reject);
    req.end();
  });

const filesUnder = async (dir: string): Promise<string[]> => {
  try {
    return (await readdir(dir, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name));
  } catch {
    return [];
  }
};

const within = (dir: string, path: string) => {
  const rel = relative(dir, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !rel.startsWith(sep));
};

describe('HTTP limits under hostile requests: uploads, downloads, query shape and body size', () => {
  let app: TestApp;
  let token: string;
  let webDir: string;
  let stored: string;
  // The name is what requests ask for (and refusals may echo); the content must never come back.
  const secret = `secret-${randomBytes(8).toString('hex')}`;
  const secretContent = `content-${randomBytes(8).toString('hex')}`;
  const tally = new Tally();

  beforeAll(async () => {
    webDir = await mkdtemp(join(tmpdir(), 'duban-hostile-web-'));
    await writeFile(join(webDir, 'index.html'), '<!doctype html><title>督办</title>');
    // A file beside the web app and one beside the data: no request may read either.
    await writeFile(join(dirname(webDir), `${secret}.txt`), secretContent);
    app = await startHostileApp({
      webDistDir: webDir,
      env: {
        DUBAN_UPLOAD_MAX_BYTES: String(MAX_UPLOAD),
        DUBAN_GRAPHQL_MAX_BYTES: String(MAX_BODY),
        DUBAN_MAX_QUERY_DEPTH: String(MAX_DEPTH),
        DUBAN_MAX_QUERY_COMPLEXITY: String(MAX_COMPLEXITY),
        DUBAN_MAX_PAGE_SIZE: String(MAX_PAGE),
        DUBAN_MAX_QUERY_TOKENS: String(MAX_TOKENS),
      },
    });
    await writeFile(join(app.config.dataDir, `${secret}.txt`), secretContent);
    token = await app.adminToken();
    const uploaded = await upload(Buffer.concat([MAGIC.pdf!, Buffer.from('证据')]), '证据.pdf');
    expect(uploaded.status).toBe(201);
    stored = (JSON.parse(uploaded.text) as { sha256: string }).sha256;
  }, 180_000);
  afterAll(async () => {
    tally.print('hostile HTTP');
    await app?.close();
    await rm(join(dirname(webDir), `${secret}.txt`), { force: true });
    await rm(webDir, { recursive: true, force: true });
  });

  const upload = async (bytes: Buffer, name: string): Promise<RawAnswer> => {
    const form = new FormData();
    form.append('file', new Blob([bytes]), name);
    const response = await fetch(`${app.url}/files`, {
      method: 'POST',
      body: form,
      headers: { authorization: `Bearer ${token}` },
    });
    return {
      status: response.status,
      type: response.headers.get('content-type') ?? '',
      text: await response.text(),
    };
  };

  /** Uploads and checks the coded refusal; the upload directory must hold exactly what it held. */
  const expectUploadRefused = async (bytes: Buffer, name: string, status: number, reason: string) => {
    const before = await filesUnder(app.config.uploadDir);
    const answer = await upload(bytes, name);
    tally.count('uploads', `HTTP ${answer.status}`);
    expect({ name, status: answer.status }, answer.text).toEqual({ name, status });
    expect(JSON.parse(answer.text)).toMatchObject({ code: 'VALIDATION', reason });
    expect(leakIn(answer.text)).toBeNull();
    expect(await filesUnder(app.config.uploadDir)).toEqual(before);
  };

  it('refuses every upload over the size limit with 413, whatever its type, and keeps nothing', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...Object.keys(NEEDS), 'txt', 'csv'),
        fc.integer({ min: 1, max: 3 * MAX_UPLOAD }),
        async (extension, over) => {
          const head = MAGIC[NEEDS[extension] ?? ''] ?? Buffer.from('text ');
          const bytes = Buffer.concat([head, Buffer.alloc(MAX_UPLOAD - head.length + over, 0x41)]);
          await expectUploadRefused(bytes, `big.${extension}`, 413, 'FILE_TOO_LARGE');
        },
      ),
      liveRun(12),
    );
  });

  it('refuses types outside the list with 415, however the name is dressed up', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('exe', 'html', 'svg', 'js', 'php', 'sh', 'bat', 'msi', 'jar', 'htm', 'xhtml', 'elf'),
        fc.constantFrom('', 'report.pdf.', 'report.', '证据.', '.', 'x.pdf%00.'),
        fc.constantFrom(...Object.keys(MAGIC)),
        async (extension, prefix, magic) => {
          const name = `${prefix || 'tool.'}${extension}`;
          await expectUploadRefused(MAGIC[magic]!, name, 415, 'FILE_TYPE_NOT_ALLOWED');
        },
      ),
      liveRun(15),
    );
  });

  it('refuses content whose bytes do not match its extension (spoofed magic) with 415', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...Object.keys(NEEDS)),
        fc.oneof(
          fc.constantFrom(...Object.keys(MAGIC)).map((kind) => MAGIC[kind]!),
          // Leading NUL: no signature starts with it, and the rest is noise.
          fc
            .uint8Array({ minLength: 16, maxLength: 256 })
            .map((bytes) => Buffer.concat([Buffer.from([0]), bytes])),
        ),
        async (extension, head) => {
          fc.pre(
            !head.subarray(0, 8).equals(MAGIC[NEEDS[extension]!]!.subarray(0, Math.min(8, head.length))),
          );
          const needed = MAGIC[NEEDS[extension]!]!;
          fc.pre(!head.subarray(0, needed.length).equals(needed.subarray(0, Math.min(needed.length, 4))));
          const bytes = Buffer.concat([head, Buffer.from(' padding')]);
          await expectUploadRefused(bytes, `evidence.${extension}`, 415, 'FILE_CONTENT_MISMATCH');
        },
      ),
      liveRun(20),
    );
    await expectUploadRefused(Buffer.from('a\u0000b'), 'notes.txt', 415, 'FILE_CONTENT_MISMATCH');
  });

  it('keeps an upload with a hostile name only under its content address, never where the name points', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(
          '../../escaped.pdf',
          '..\\..\\escaped.pdf',
          '/tmp/escaped.pdf',
          '%2e%2e%2fescaped.pdf',
          '....//escaped.pdf',
          `../${secret}.pdf`,
          'C:\\Windows\\escaped.pdf',
          './.././escaped.pdf',
          `${'a'.repeat(300)}.pdf`,
          '\u202efdp.exe.pdf',
          ' .pdf',
        ),
        fc.uint8Array({ minLength: 1, maxLength: 64 }),
        async (name, noise) => {
          const watch = watchDisk();
          let answer: RawAnswer;
          try {
            answer = await upload(Buffer.concat([MAGIC.pdf!, Buffer.from(noise)]), name);
          } finally {
            watch.stop();
          }
          tally.count('upload names', `HTTP ${answer.status}`);
          expect([201, 400], answer.text).toContain(answer.status);
          expect(leakIn(answer.text)).toBeNull();
          const outside = watch.paths.filter((path) => !within(app.config.uploadDir, path));
          expect(outside, `${name} touched`).toEqual([]);
          if (answer.status === 201) {
            const body = JSON.parse(answer.text) as { name: string };
            expect(body.name).not.toMatch(/[\\/]/);
          }
        },
      ),
      liveRun(15),
    );
  });

  const TRAVERSALS = [
    '..',
    '../..',
    '../../../../etc/passwd',
    '..%2f..%2f..%2fetc%2fpasswd',
    '%2e%2e',
    '%2e%2e%2f%2e%2e%2fetc%2fpasswd',
    '%252e%252e%252f',
    '..%5c..%5cwindows%5cwin.ini',
    '....//....//etc/passwd',
    '%2fetc%2fpasswd',
    '/etc/passwd',
    '%00',
    'a%00.md',
    '.%2e/.%2e/',
    '%c0%ae%c0%ae%2f',
    'C:%5cWindows%5cwin.ini',
    '~',
    '.',
    `..%2f${''}${'secret'}`,
  ];

  it('never serves a file outside the upload and web directories, whatever a download path or parameter holds', async () => {
    const insert = (template: string, payload: string) => template.replace('X', payload);
    const routes = [
      '/files/X',
      '/files/X/..',
      `/files/${'0'.repeat(64)}/X`,
      '/inspections/X/notices/n.md',
      '/inspections/x/notices/X',
      '/inspections/x/notices/X.md',
      '/reports/X/annual.md',
      '/reports/2026/annual.md?taskListId=X',
      '/reports/2026/annual.docx?version=X',
      '/ledgers/tasks.xlsx?taskListId=X',
      '/ledgers/progress.xlsx?taskListId=X',
      '/X',
      '/assets/X',
      '/X/index.html',
      '/integrity/digests/X',
    ];
    const payloads = fc.oneof(
      fc.constantFrom(...TRAVERSALS, `${stored}.json`, `..%2f${stored.slice(0, 2)}%2f${stored}`),
      fc.constantFrom(
        `../${secret}.txt`,
        `..%2f${secret}.txt`,
        `%2e%2e%2f${secret}.txt`,
        `..%2f..%2f${secret}.txt`,
      ),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...routes), payloads, async (route, payload) => {
        const path = insert(route, payload);
        const watch = watchDisk();
        let answer: RawAnswer;
        try {
          answer = await rawGet(app.url, path, token);
        } finally {
          watch.stop();
        }
        tally.count('download paths', `HTTP ${answer.status}`);
        expect(answer.status, `${path}: ${answer.text.slice(0, 300)}`).toBeLessThan(500);
        expect(answer.text).not.toContain(secretContent);
        if (/json|text/.test(answer.type)) expect(leakIn(answer.text), path).toBeNull();
        if (answer.status >= 400 && answer.type.includes('json')) {
          const body = JSON.parse(answer.text) as { code?: string; error?: string };
          expect(body.code ?? body.error, `${path}: ${answer.text}`).toBeTruthy();
        }
        const outside = watch.paths.filter((p) => !within(app.config.uploadDir, p) && !within(webDir, p));
        expect(outside, `${path} touched`).toEqual([]);
      }),
      liveRun(60),
    );
    // The watch sees real reads: a lawful download reads the upload directory, and nothing else.
    const watch = watchDisk();
    let lawful: RawAnswer;
    try {
      lawful = await rawGet(app.url, `/files/${stored}`, token);
    } finally {
      watch.stop();
    }
    expect(lawful.status).toBe(200);
    expect(watch.paths.some((p) => within(app.config.uploadDir, p))).toBe(true);
    expect(watch.paths.every((p) => within(app.config.uploadDir, p))).toBe(true);
  });

  it('refuses operations nested deeper than the configured depth with VALIDATION QUERY_TOO_DEEP, however they are dressed', async () => {
    // Selections of known depth (levels of nested fields, the leaf's included).
    const shapes: Array<{ selection: string; depth: number }> = [
      { selection: 'health { status }', depth: 2 },
      { selection: 'me { id username }', depth: 2 },
      { selection: 'tasks { total }', depth: 2 },
      { selection: 'tasks { items { id } }', depth: 3 },
      { selection: 'inspections { items { id } }', depth: 3 },
      { selection: 'tasks { items { units { unitId } } }', depth: 4 },
      { selection: 'tasks { items { pendingHandoff { toUnitId } } }', depth: 4 },
      { selection: 'tasks { items { figures { indicatorId value } } }', depth: 4 },
    ];
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.constantFrom(...shapes), { minLength: 1, maxLength: 3 }),
        fc.constantFrom('plain', 'alias', 'inline', 'fragment'),
        async (picked, dress) => {
          // Aliases and fragments add no depth: the limit must see through them.
          const selections = picked.map((shape, i) =>
            dress === 'alias' ? `a${i}: ${shape.selection}` : shape.selection,
          );
          const body =
            dress === 'inline'
              ? `{ ... on Query { ${selections.join(' ')} } }`
              : dress === 'fragment'
                ? `{ ...Part } fragment Part on Query { ${selections.join(' ')} }`
                : `{ ${selections.join(' ')} }`;
          const depth = Math.max(...picked.map((shape) => shape.depth));
          const answer = await postRaw(app.graphqlUrl, JSON.stringify({ query: body }), token);
          const reasons = (answer.body?.errors ?? []).map(
            (e) => `${e.extensions?.code}/${e.extensions?.reason}`,
          );
          tally.count('query depth', reasons[0] ?? 'OK');
          expect(leakIn(answer.text)).toBeNull();
          // The cost limit may refuse the same operation too; the depth refusal must be there exactly when due.
          expect(reasons.includes('VALIDATION/QUERY_TOO_DEEP'), `${body}: ${answer.text}`).toBe(
            depth > MAX_DEPTH,
          );
          expect(
            reasons.every((reason) => reason.startsWith('VALIDATION/')),
            answer.text,
          ).toBe(true);
        },
      ),
      liveRun(25),
    );
  });

  it('refuses operations whose estimated cost exceeds the configured complexity, before running them', async () => {
    // tasks(page: {first: N}) { items { id title } } costs 2 + 2N: one per field, times the page for items.
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: MAX_PAGE }), async (first) => {
        const answer = await postRaw(
          app.graphqlUrl,
          JSON.stringify({ query: `{ tasks(page: { first: ${first} }) { items { id title } } }` }),
          token,
        );
        const codes = (answer.body?.errors ?? []).map((e) => `${e.extensions?.code}/${e.extensions?.reason}`);
        tally.count('query complexity', codes[0] ?? 'OK');
        expect(leakIn(answer.text)).toBeNull();
        expect(codes, answer.text).toEqual(
          2 + 2 * first > MAX_COMPLEXITY ? ['VALIDATION/QUERY_TOO_COMPLEX'] : [],
        );
      }),
      liveRun(20),
    );
  });

  it('refuses page sizes outside 1..DUBAN_MAX_PAGE_SIZE and cursors it did not make, on every paged list', async () => {
    const lists = ['tasks', 'inspections', 'rectificationLedger'];
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...lists),
        fc.oneof(
          fc.integer({ min: -5, max: MAX_PAGE + 5 }),
          fc.constantFrom(0, -1, MAX_PAGE, MAX_PAGE + 1, 10_000, 2_147_483_647, -2_147_483_648),
        ),
        fc.option(
          fc.constantFrom(
            '',
            'bzo5OTk5OTk5OTk5OTk5OTk5',
            'not-a-cursor',
            '%00',
            'o:1',
            Buffer.from('o:-1').toString('base64url'),
          ),
        ),
        async (list, first, after) => {
          const page =
            after === null ? `{ first: ${first} }` : `{ first: ${first}, after: ${JSON.stringify(after)} }`;
          const answer = await postRaw(
            app.graphqlUrl,
            JSON.stringify({ query: `{ ${list}(page: ${page}) { total items { id } } }` }),
            token,
          );
          const codes = (answer.body?.errors ?? []).map((e) => String(e.extensions?.code));
          tally.count('page sizes', codes[0] ?? 'OK');
          expect(leakIn(answer.text)).toBeNull();
          const sizeOk = first >= 1 && first <= MAX_PAGE;
          if (!sizeOk) expect(codes, answer.text).toContain('VALIDATION');
          expect(
            codes.every((code) => code === 'VALIDATION'),
            answer.text,
          ).toBe(true);
          if (sizeOk && after === null) expect(codes, answer.text).toEqual([]);
        },
      ),
      liveRun(30),
    );
  });

  it('refuses documents of more tokens than the configured limit without parsing them, whatever their literals', async () => {
    const tokensOf = (document: string): number => {
      const lexer = new Lexer(new Source(document));
      let count = 0;
      while (lexer.advance().kind !== TokenKind.EOF) count += 1;
      return count;
    };
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 3000 }),
        fc.constantFrom('"x"', '1.5e300', 'NaN', '{ a: [1, 2] }', '"\\u0000"'),
        async (items, literal) => {
          // A list literal in an argument that does not exist: only the token limit may be what refuses first.
          const document = `{ health(noSuchArgument: [${Array.from({ length: items }, () => literal).join(', ')}]) { status } }`;
          const tokens = tokensOf(document);
          fc.pre(tokens < 0.95 * MAX_TOKENS || tokens > 1.05 * MAX_TOKENS);
          const answer = await postRaw(app.graphqlUrl, JSON.stringify({ query: document }), undefined);
          const reasons = (answer.body?.errors ?? []).map(
            (e) => `${e.extensions?.code}/${e.extensions?.reason}`,
          );
          tally.count('document tokens', reasons[0] ?? 'OK');
          expect(leakIn(answer.text)).toBeNull();
          expect(reasons.length, answer.text.slice(0, 500)).toBeGreaterThan(0);
          expect(reasons[0] === 'VALIDATION/GRAPHQL_PARSE_FAILED', answer.text.slice(0, 500)).toBe(
            tokens > MAX_TOKENS,
          );
        },
      ),
      liveRun(20),
    );
  });

  it('refuses GraphQL bodies over their own limit (not the upload limit) with 413 and a coded answer, and takes those under it', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: -2000, max: 4 * MAX_BODY }), async (delta) => {
        const envelope = JSON.stringify({ query: '{ health { status } }', variables: { pad: '' } });
        const size = Math.max(envelope.length, MAX_BODY + delta);
        const body = JSON.stringify({
          query: '{ health { status } }',
          variables: { pad: 'x'.repeat(size - envelope.length) },
        });
        const answer = await postRaw(app.graphqlUrl, body, token);
        tally.count('body size', `HTTP ${answer.status}`);
        expect(leakIn(answer.text)).toBeNull();
        if (Buffer.byteLength(body) > MAX_BODY) {
          expect(answer.status, answer.text).toBe(413);
          expect(answer.body as unknown, answer.text).toMatchObject({
            code: 'VALIDATION',
            reason: 'BODY_TOO_LARGE',
          });
        } else {
          expect(answer.status, answer.text).toBe(200);
        }
      }),
      liveRun(12),
    );
  });

  it('answers malformed GraphQL requests with a coded refusal and no internals', async () => {
    const bodies: Array<[string, string]> = [
      ['not JSON', '{"query": '],
      [
        'NaN in JSON',
        '{"query":"mutation { login(input: {username: \\"a\\", password: \\"b\\"}) { accessToken } }","variables":{"x":NaN}}',
      ],
      ['empty', ''],
      ['null', 'null'],
      ['a number', '42'],
      ['query not a string', '{"query": {"a": 1}}'],
      ['variables a string', '{"query":"{ health { status } }","variables":"{}"}'],
      ['unknown operation name', '{"query":"query A { health { status } }","operationName":"B"}'],
      [
        'two operations, none named',
        '{"query":"query A { health { status } } query B { health { status } }"}',
      ],
      ['a batch', '[{"query":"{ health { status } }"},{"query":"{ health { status } }"}]'],
      ['a persisted query', '{"extensions":{"persistedQuery":{"version":1,"sha256Hash":"abc"}}}'],
      ['a subscription over POST', '{"query":"subscription { serverTime }"}'],
      ['a syntax error', '{"query":"{ health { status "}'],
      [
        'proto pollution',
        '{"query":"{ health { status } }","__proto__":{"admin":true},"constructor":{"prototype":{"x":1}}}',
      ],
    ];
    for (const [label, body] of bodies) {
      const answer = await postRaw(app.graphqlUrl, body, token);
      tally.count('malformed requests', `HTTP ${answer.status}`);
      expect(answer.status, `${label}: ${answer.text}`).toBeLessThan(500);
      expect(leakIn(answer.text), `${label}: ${answer.text}`).toBeNull();
      const codes = answer.body?.errors?.map((e) => e.extensions?.code) ?? [
        (answer.body as { code?: string } | null)?.code,
      ];
      if (answer.status >= 400 || answer.body?.errors) {
        expect(
          codes.every((code) => code === 'VALIDATION' || code === 'UNAUTHENTICATED'),
          `${label}: ${answer.text}`,
        ).toBe(true);
      }
    }
    expect(({} as Record<string, unknown>).admin).toBeUndefined();
  });
});
