import fs from 'node:fs';
import fsPromises from 'node:fs/promises';
import { syncBuiltinESMExports } from 'node:module';
import { resolve } from 'node:path';

const PROMISE_CALLS = [
  'stat',
  'lstat',
  'readFile',
  'open',
  'access',
  'readdir',
  'realpath',
  'writeFile',
  'rename',
  'mkdir',
  'rm',
] as const;
const CALLBACK_CALLS = [
  'stat',
  'lstat',
  'readFile',
  'open',
  'access',
  'readdir',
  'realpath',
  'createReadStream',
  'createWriteStream',
  'existsSync',
  'statSync',
  'readFileSync',
  'openSync',
] as const;

/** Every path the process asked the file system about while the watch ran. */
export interface DiskWatch {
  readonly paths: string[];
  stop(): void;
}

/**
 * Records the paths given to the file-system calls that read, open or write files, in this process
 * (the test app runs in it). ES module imports of node:fs see the wrappers through
 * `syncBuiltinESMExports`; everything is put back by `stop`.
 */
export function watchDisk(): DiskWatch {
  const paths: string[] = [];
  const restore: Array<() => void> = [];
  const wrap = (target: Record<string, unknown>, name: string) => {
    const original = target[name];
    if (typeof original !== 'function') return;
    target[name] = function (this: unknown, path: unknown, ...rest: unknown[]) {
      if (typeof path === 'string' || path instanceof URL || Buffer.isBuffer(path)) {
        paths.push(resolve(path instanceof URL ? path.pathname : String(path)));
      }
      return (original as (...args: unknown[]) => unknown).call(this, path, ...rest);
    };
    restore.push(() => {
      target[name] = original;
    });
  };
  for (const name of PROMISE_CALLS) wrap(fsPromises as unknown as Record<string, unknown>, name);
  for (const name of CALLBACK_CALLS) wrap(fs as unknown as Record<string, unknown>, name);
  syncBuiltinESMExports();
  return {
    paths,
    stop: () => {
      for (const undo of restore) undo();
      syncBuiltinESMExports();
    },
  };
}
