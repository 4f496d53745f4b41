import type { RecordedDigest } from './log-digest.js';

/**
 * One line of the digest file: a copy of each signed digest kept outside the database (and meant to
 * be shipped elsewhere: another host, a printed notice, another office). Verification checks the log
 * against it, so removing the newest digests from the database shows even when their events were
 * removed with them.
 */
export interface DigestFileEntry {
  sequence: number;
  eventId: string;
  /** Hash of the digest event as stored (its chain hash). */
  hash: string;
  recordedAt: string;
  eventCount: number;
  root: string;
  logHash: string;
  keyId: string;
  signature: string;
}

/** The line (without its line break) that records `digest` in the digest file. */
export function digestFileLine(digest: RecordedDigest): string {
  const entry: DigestFileEntry = {
    sequence: digest.streamPosition,
    eventId: digest.id,
    hash: digest.hash ?? '',
    recordedAt: digest.recordedAt,
    eventCount: digest.data.eventCount,
    root: digest.data.root,
    logHash: digest.data.logHash ?? '',
    keyId: digest.data.keyId ?? '',
    signature: digest.data.signature ?? '',
  };
  return JSON.stringify(entry);
}

export class DigestFileFormatError extends Error {
  readonly code = 'DIGEST_FILE_INVALID';
  constructor(readonly line: number) {
    super(`digest file: line ${line} is not a digest entry`);
    this.name = 'DigestFileFormatError';
  }
}

/** Parses a digest file; blank lines are skipped, anything else malformed is refused with its line. */
export function parseDigestFile(text: string): DigestFileEntry[] {
  const entries: DigestFileEntry[] = [];
  for (const [index, raw] of text.split('\n').entries()) {
    const line = raw.trim();
    if (line === '') continue;
    let entry: DigestFileEntry;
    try {
      entry = JSON.parse(line) as DigestFileEntry;
    } catch {
      throw new DigestFileFormatError(index + 1);
    }
    if (
      typeof entry !== 'object' ||
      entry === null ||
      !Number.isInteger(entry.sequence) ||
      entry.sequence < 0 ||
      typeof entry.hash !== 'string' ||
      typeof entry.eventId !== 'string'
    ) {
      throw new DigestFileFormatError(index + 1);
    }
    entries.push(entry);
  }
  return entries;
}
