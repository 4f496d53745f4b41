import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { ReadStream } from 'node:fs';
import { mkdir, open, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import type { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../../../core/config/config.token.js';
import type { AppConfig } from '../../../core/config/app-config.js';
import { ALLOWED_FILE_TYPES, SNIFF_BYTES, extensionOf, sniffMatches } from './allowed-file-types.js';
import type { StoredFile } from './stored-file.js';
import { UploadRefusedError } from './upload-refused.error.js';

const SHA256 = /^[0-9a-f]{64}$/;
const MAX_NAME_LENGTH = 255;

/** What is kept beside each file: its type and who uploaded it (they may fetch it before citing it). */
interface Sidecar {
  contentType: string;
  size: number;
  name: string;
  uploadedBy: string[];
}

export const isSha256 = (value: string): boolean => SHA256.test(value);

/**
 * Evidence files on disk, addressed by SHA-256 (`<dir>/<first two hex>/<sha256>`): the same content
 * uploaded twice is stored once, and a name from a request can never reach the file system.
 */
@Injectable()
export class EvidenceFiles {
  readonly dir: string;
  readonly maxBytes: number;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.dir = config.uploadDir;
    this.maxBytes = config.uploadMaxBytes;
  }

  private pathOf(sha256: string): string {
    if (!isSha256(sha256)) throw new Error(`not a SHA-256: ${sha256}`);
    return join(this.dir, sha256.slice(0, 2), sha256);
  }

  async has(sha256: string): Promise<boolean> {
    if (!isSha256(sha256)) return false;
    try {
      return (await stat(this.pathOf(sha256))).isFile();
    } catch {
      return false;
    }
  }

  async describe(sha256: string): Promise<(StoredFile & { uploadedBy: string[] }) | null> {
    if (!(await this.has(sha256))) return null;
    try {
      const sidecar = JSON.parse(await readFile(`${this.pathOf(sha256)}.json`, 'utf8')) as Sidecar;
      return { sha256, ...sidecar };
    } catch {
      const { size } = await stat(this.pathOf(sha256));
      return { sha256, name: sha256, size, contentType: 'application/octet-stream', uploadedBy: [] };
    }
  }

  openRead(sha256: string): ReadStream {
    return createReadStream(this.pathOf(sha256));
  }

  /**
   * Streams an upload to a temporary file while hashing it, refuses it when it is too large or its
   * bytes do not match its extension, and moves it to its content address.
   */
  async save(
    content: Readable,
    fileName: string,
    uploadedBy: string,
    /** Runs once the content is read in full, before it is kept; throwing keeps nothing. */
    beforeKeeping: () => Promise<void> = async () => undefined,
  ): Promise<StoredFile> {
    const name = basename(fileName.replaceAll('\\', '/')).trim();
    const hasControl = [...name].some((char) => char.charCodeAt(0) < 0x20 || char.charCodeAt(0) === 0x7f);
    // U+FFFD is what invalid UTF-8 in the multipart header decoded to: the name did not arrive as sent.
    if (name === '' || name.length > MAX_NAME_LENGTH || hasControl || name.includes('\ufffd')) {
      content.resume();
      throw new UploadRefusedError(
        400,
        'FILE_NAME_INVALID',
        'The file needs a name of at most 255 characters',
      );
    }
    const type = ALLOWED_FILE_TYPES[extensionOf(name)];
    if (!type) {
      content.resume();
      throw new UploadRefusedError(
        415,
        'FILE_TYPE_NOT_ALLOWED',
        `Allowed types: ${Object.keys(ALLOWED_FILE_TYPES).join(', ')}`,
      );
    }
    const tmpDir = join(this.dir, 'tmp');
    await mkdir(tmpDir, { recursive: true });
    const tmp = join(tmpDir, randomUUID());
    const hash = createHash('sha256');
    const heads: Buffer[] = [];
    let headLength = 0;
    let size = 0;
    const handle = await open(tmp, 'wx', 0o600);
    try {
      for await (const chunk of content as AsyncIterable<Buffer>) {
        size += chunk.length;
        if (size > this.maxBytes) {
          throw new UploadRefusedError(413, 'FILE_TOO_LARGE', `Files may be at most ${this.maxBytes} bytes`);
        }
        if (headLength < SNIFF_BYTES) {
          heads.push(chunk);
          headLength += chunk.length;
        }
        hash.update(chunk);
        await handle.write(chunk);
      }
      // The multipart parser stops a stream at its limit and marks it, rather than failing.
      if ((content as { truncated?: boolean }).truncated) {
        throw new UploadRefusedError(413, 'FILE_TOO_LARGE', `Files may be at most ${this.maxBytes} bytes`);
      }
      if (size === 0) {
        throw new UploadRefusedError(
          400,
          'FILE_EMPTY',
          `${name} is empty: there is nothing to keep as evidence`,
        );
      }
      if (!sniffMatches(type, Buffer.concat(heads).subarray(0, SNIFF_BYTES))) {
        throw new UploadRefusedError(
          415,
          'FILE_CONTENT_MISMATCH',
          `The content of ${name} is not a .${extensionOf(name)} file`,
        );
      }
      await beforeKeeping();
    } catch (error) {
      await handle.close();
      await rm(tmp, { force: true });
      throw error;
    }
    await handle.close();
    const sha256 = hash.digest('hex');
    const target = this.pathOf(sha256);
    await mkdir(join(this.dir, sha256.slice(0, 2)), { recursive: true });
    await rename(tmp, target);
    await this.remember(sha256, { contentType: type.contentType, size, name, uploadedBy: [uploadedBy] });
    return { sha256, name, size, contentType: type.contentType };
  }

  private async remember(sha256: string, next: Sidecar): Promise<void> {
    const file = `${this.pathOf(sha256)}.json`;
    let uploadedBy = next.uploadedBy;
    try {
      const previous = JSON.parse(await readFile(file, 'utf8')) as Sidecar;
      uploadedBy = [...new Set([...previous.uploadedBy, ...next.uploadedBy])];
    } catch {
      // first upload of this content
    }
    const tmp = `${file}.${randomUUID()}`;
    await writeFile(tmp, JSON.stringify({ ...next, uploadedBy }), { mode: 0o600 });
    await rename(tmp, file);
  }
}
