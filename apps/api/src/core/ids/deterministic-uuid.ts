import { createHash } from 'node:crypto';

/**
 * A UUID derived from its parts with SHA-256 (RFC 9562 version 8 layout). The same parts always give
 * the same id, so an append retried after a lost reply is recognised by the store as already written.
 */
export function deterministicUuid(...parts: string[]): string {
  // JSON keeps ["a,b"] and ["a","b"] apart, which a plain join would not.
  const bytes = createHash('sha256').update(JSON.stringify(parts)).digest().subarray(0, 16);
  bytes[6] = (bytes[6]! & 0x0f) | 0x80;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
