import { DomainError } from '@duban/domain';
import { describe, expect, it } from 'vitest';
import { assertEvidenceStored } from './assert-evidence-stored.js';
import type { EvidenceFiles } from './evidence-files.js';

const STORED = 'a'.repeat(64);
const ref = (sha256: string) => ({ sha256, name: 'a.pdf', size: 1, contentType: 'application/pdf' });

/** Files that know one hash and count how often they are asked. */
const filesKnowing = (...known: string[]) => {
  const asked: string[] = [];
  const files = {
    has: async (sha256: string) => {
      asked.push(sha256);
      return known.includes(sha256);
    },
  } as unknown as EvidenceFiles;
  return { files, asked };
};

describe('assertEvidenceStored', () => {
  it('looks each distinct file up once, however often a list repeats it', async () => {
    const { files, asked } = filesKnowing(STORED);
    await assertEvidenceStored(
      files,
      Array.from({ length: 10_000 }, () => ref(STORED)),
    );
    expect(asked).toEqual([STORED]);
  });

  it('refuses the first reference to a file that was never uploaded, naming its index', async () => {
    const { files } = filesKnowing(STORED);
    const refused = await assertEvidenceStored(files, [ref(STORED), ref(STORED), ref('b'.repeat(64))]).catch(
      (error: unknown) => error,
    );
    expect(refused).toBeInstanceOf(DomainError);
    expect(refused).toMatchObject({ code: 'EVIDENCE_NOT_FOUND', details: { field: 'evidence[2].sha256' } });
  });
});
