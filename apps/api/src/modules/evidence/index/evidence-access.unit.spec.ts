import { DomainError } from '@duban/domain';
import type { Actor } from '@duban/domain';
import { describe, expect, it } from 'vitest';
import type { EvidenceFiles } from '../storage/evidence-files.js';
import { EvidenceAccess } from './evidence-access.js';
import type { EvidenceIndex, EvidenceSubject } from './evidence-index.js';

const MINE = 'a'.repeat(64);
const THEIRS = 'b'.repeat(64);
const ON_TASK = 'c'.repeat(64);
const ON_LOGGED_FINDING = 'd'.repeat(64);
const NEVER = 'e'.repeat(64);

const officer: Actor = { userId: 'u-officer', role: 'UNIT_OFFICER', unitId: 'sfj' };
const inspector: Actor = { userId: 'u-inspector', role: 'INSPECTOR' };
const ref = (sha256: string) => ({ sha256, name: 'a.pdf', size: 1, contentType: 'application/pdf' });

/** Four stored files (who uploaded each, what cites each) and a count of the lookups made. */
const access = () => {
  const uploadedBy: Record<string, string[]> = {
    [MINE]: ['u-officer'],
    [THEIRS]: ['u-other'],
    [ON_TASK]: ['u-other'],
    [ON_LOGGED_FINDING]: ['u-inspector'],
  };
  const subjects: Record<string, EvidenceSubject[]> = {
    [ON_TASK]: [{ kind: 'TASK', id: 't-1' }],
    [ON_LOGGED_FINDING]: [{ kind: 'FINDING', id: 'f-1', notified: false }],
  };
  const described: string[] = [];
  const files = {
    describe: async (sha256: string) => {
      described.push(sha256);
      const by = uploadedBy[sha256];
      return by ? { sha256, name: 'a.pdf', size: 1, contentType: 'application/pdf', uploadedBy: by } : null;
    },
  } as unknown as EvidenceFiles;
  const index = { subjectsOf: async (sha256: string) => subjects[sha256] ?? [] } as unknown as EvidenceIndex;
  return { evidence: new EvidenceAccess(files, index), described };
};

const refusal = (promise: Promise<unknown>) =>
  promise.then(
    () => null,
    (error: unknown) => error,
  );

describe('EvidenceAccess.cite', () => {
  it('lets an actor cite what they uploaded and what is cited on something they may see', async () => {
    const { evidence } = access();
    await expect(evidence.cite(officer, [ref(MINE), ref(ON_TASK)])).resolves.toHaveLength(2);
    await expect(evidence.cite(inspector, [ref(ON_LOGGED_FINDING), ref(ON_TASK)])).resolves.toHaveLength(2);
    await expect(evidence.cite(officer, [])).resolves.toEqual([]);
    await expect(evidence.cite(officer, undefined)).resolves.toEqual([]);
  });

  it('records the name, content type and size the server stored, not those the request claims', async () => {
    const { evidence } = access();
    const claimed = {
      sha256: MINE.toUpperCase(),
      name: 'evil.html',
      size: 999_999_999,
      contentType: 'text/html',
    };
    expect(await evidence.cite(officer, [claimed, ref(ON_TASK)])).toEqual([
      { sha256: MINE, name: 'a.pdf', size: 1, contentType: 'application/pdf' },
      { sha256: ON_TASK, name: 'a.pdf', size: 1, contentType: 'application/pdf' },
    ]);
  });

  it("refuses someone else's uncited upload and a file cited only on a finding the actor may not see", async () => {
    const { evidence } = access();
    for (const [actor, sha256] of [
      [officer, THEIRS],
      [officer, ON_LOGGED_FINDING],
      [inspector, MINE],
    ] as const) {
      const refused = await refusal(evidence.cite(actor, [ref(ON_TASK), ref(sha256)]));
      expect(refused).toBeInstanceOf(DomainError);
      expect(refused).toMatchObject({
        code: 'EVIDENCE_NOT_FOUND',
        errorClass: 'VALIDATION',
        details: { field: 'evidence[1].sha256', value: sha256 },
      });
    }
  });

  it('answers a file one may not see exactly as a file that does not exist', async () => {
    const { evidence } = access();
    const hidden = (await refusal(evidence.cite(officer, [ref(THEIRS)]))) as DomainError;
    const missing = (await refusal(evidence.cite(officer, [ref(NEVER)]))) as DomainError;
    expect(hidden.message).toBe(missing.message);
    expect({ ...hidden.details, value: null }).toEqual({ ...missing.details, value: null });
    expect(hidden.code).toBe(missing.code);
  });

  it('looks each distinct file up once, however often a list repeats it', async () => {
    const { evidence, described } = access();
    await evidence.cite(
      officer,
      Array.from({ length: 10_000 }, () => ref(MINE)),
    );
    expect(described).toEqual([MINE]);
  });

  it('matches an upper-case hash to the stored lower-case file, and refuses what is not a hash', async () => {
    const { evidence } = access();
    await expect(evidence.cite(officer, [ref(MINE.toUpperCase())])).resolves.toMatchObject([
      { sha256: MINE },
    ]);
    const refused = await refusal(
      evidence.cite(officer, [ref(MINE), { ...ref(MINE), sha256: 42 as unknown as string }]),
    );
    expect(refused).toMatchObject({ code: 'EVIDENCE_NOT_FOUND', details: { field: 'evidence[1].sha256' } });
  });
});

describe('EvidenceAccess.readable', () => {
  it('returns the file only to who may download it', async () => {
    const { evidence } = access();
    expect(await evidence.readable(officer, MINE)).toMatchObject({ sha256: MINE });
    expect(await evidence.readable(officer, THEIRS)).toBeNull();
    expect(await evidence.readable(officer, NEVER)).toBeNull();
    expect(await evidence.readable(inspector, ON_LOGGED_FINDING)).toMatchObject({
      sha256: ON_LOGGED_FINDING,
    });
  });
});
