import { appendFile, mkdir, readFile, rename } from 'node:fs/promises';
import { dirname } from 'node:path';
import { digestFileLine, parseDigestFile } from '@duban/event-store';
import type { DigestFileEntry, RecordedDigest } from '@duban/event-store';

/** Appends a digest to the digest file outside the database (created with its folder if missing). */
export async function appendToDigestFile(file: string, digest: RecordedDigest): Promise<void> {
  await mkdir(dirname(file), { recursive: true });
  await appendFile(file, `${digestFileLine(digest)}\n`, { mode: 0o600 });
}

/** The entries of a digest file; none when it does not exist. A malformed file throws. */
export async function readDigestFile(file: string): Promise<DigestFileEntry[]> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return parseDigestFile(text);
}

/**
 * Moves the digest file aside (after an acknowledged break the log's digests start a new chain of
 * record), returning the new name; null when there was none.
 */
export async function archiveDigestFile(file: string, at: Date): Promise<string | null> {
  const archived = `${file}.${at.toISOString().replace(/[:.]/g, '-')}.acknowledged`;
  try {
    await rename(file, archived);
    return archived;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}
