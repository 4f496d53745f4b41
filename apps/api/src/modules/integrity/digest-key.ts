import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { createDigestSigner, generateDigestSigningKey } from '@duban/event-store';
import type { DigestSigner } from '@duban/event-store';
import type { AppConfig } from '../../core/config/app-config.js';

/** Injection token of the digest signer (its private key never enters the database). */
export const DIGEST_SIGNER = Symbol('DIGEST_SIGNER');

/**
 * The configured Ed25519 key that signs digests. The embedded default (a file in the data directory)
 * is generated on first start; a configured file must exist, or the process refuses to start
 * rather than sign with a key no one else holds.
 */
export async function resolveDigestSigner(config: AppConfig): Promise<DigestSigner> {
  try {
    return createDigestSigner(await readFile(config.digestKeyFile, 'utf8'));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || !config.digestKeyGenerated) {
      throw new Error(
        `cannot use the digest signing key ${config.digestKeyFile}: ${(error as Error).message}`,
      );
    }
  }
  await mkdir(dirname(config.digestKeyFile), { recursive: true });
  try {
    // 'wx' fails if another process wrote it first; then its key is the one to use.
    await writeFile(config.digestKeyFile, generateDigestSigningKey(), { flag: 'wx', mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  }
  return createDigestSigner(await readFile(config.digestKeyFile, 'utf8'));
}

/** The signer when its key file can be read, without generating one (for `cli.js verify`). */
export async function readDigestSigner(config: AppConfig): Promise<DigestSigner | null> {
  try {
    return createDigestSigner(await readFile(config.digestKeyFile, 'utf8'));
  } catch {
    return null;
  }
}
