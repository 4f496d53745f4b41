import { readFileSync } from 'node:fs';

// Read from the package manifest beside src/ and dist/ alike, so the reported version cannot drift.
const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

export const API_VERSION: string = manifest.version;
