import { HttpException, HttpStatus, Injectable } from '@nestjs/common';
import type { ArgumentMetadata, PipeTransform } from '@nestjs/common';

/**
 * U+0000, unpaired UTF-16 surrogates and U+FFFD: PostgreSQL text and jsonb cannot hold the first,
 * UTF-8 cannot encode the second, and the third is what a request body's invalid UTF-8 bytes were
 * decoded to: storing it would keep the damaged text as if it had been sent. All are refused where
 * they enter, so the sender learns their text did not arrive as written.
 */
// eslint-disable-next-line no-control-regex -- finding U+0000 is the point
const UNSTORABLE = /\u0000|\ufffd|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** The path of the first string below `value` that holds an unstorable character, or null. */
export function unstorableTextAt(value: unknown, path: string, seen = new Set<object>()): string | null {
  if (typeof value === 'string') return UNSTORABLE.test(value) ? path : null;
  if (typeof value !== 'object' || value === null || seen.has(value)) return null;
  seen.add(value);
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i += 1) {
      const found = unstorableTextAt(value[i], `${path}[${i}]`, seen);
      if (found) return found;
    }
    return null;
  }
  for (const [key, inner] of Object.entries(value)) {
    if (UNSTORABLE.test(key)) return `${path}.${key}`;
    const found = unstorableTextAt(inner, path ? `${path}.${key}` : key, seen);
    if (found) return found;
  }
  return null;
}

/**
 * Global pipe over every GraphQL argument and HTTP parameter: text holding a NUL character or an
 * unpaired surrogate, or invalid UTF-8 (decoded to U+FFFD), is refused as VALIDATION (HTTP 400) before any handler reads or writes with it.
 */
@Injectable()
export class StorableTextPipe implements PipeTransform {
  transform(value: unknown, metadata: ArgumentMetadata): unknown {
    // The actor comes from the verified token, not from the request's text.
    if (metadata.type === 'custom') return value;
    const at = unstorableTextAt(value, metadata.data ?? '');
    if (at !== null) {
      throw new HttpException(
        {
          code: 'VALIDATION',
          reason: 'TEXT_NOT_STORABLE',
          message: `${at || 'value'}: must be valid UTF-8 text without NUL characters or unpaired surrogates`,
        },
        HttpStatus.BAD_REQUEST,
      );
    }
    return value;
  }
}
