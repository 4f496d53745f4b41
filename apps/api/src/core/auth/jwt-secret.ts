import { randomBytes } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { AppConfig } from '../config/app-config.js';

/** File in the data directory that keeps the generated signing secret of an embedded install. */
export const JWT_SECRET_FILE = 'jwt-secret';
const GENERATED_SECRET_BYTES = 48;

/**
 * The configured secret, or in embedded mode one generated on first start and kept in the data
 * directory, so tokens survive a restart without anyone having to invent a secret.
 */
export async function resolveJwtSecret(config: AppConfig): Promise<string> {
  if (config.jwtSecret) return config.jwtSecret;
  const file = join(config.dataDir, JWT_SECRET_FILE);
  try {
    const stored = (await readFile(file, 'utf8')).trim();
    if (stored.length > 0) return stored;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await mkdir(config.dataDir, { recursive: true });
  const secret = randomBytes(GENERATED_SECRET_BYTES).toString('base64url');
  // 'wx' fails if another process wrote it first; then its secret is the one to use.
  try {
    await writeFile(file, `${secret}\n`, { flag: 'wx', mode: 0o600 });
    return secret;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return (await readFile(file, 'utf8')).trim();
  }
}
