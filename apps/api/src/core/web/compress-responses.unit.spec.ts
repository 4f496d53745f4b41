import { describe, expect, it } from 'vitest';
import { chooseEncoding } from './compress-responses.js';

describe('the encoding an answer is compressed in', () => {
  it('prefers brotli when the client accepts it', () => {
    expect(chooseEncoding('gzip, deflate, br')).toBe('br');
  });

  it('uses gzip when brotli is not offered or refused with q=0', () => {
    expect(chooseEncoding('gzip, deflate')).toBe('gzip');
    expect(chooseEncoding('br;q=0, gzip;q=0.8')).toBe('gzip');
  });

  it('sends the answer as it is to a client that accepts neither', () => {
    expect(chooseEncoding(undefined)).toBeNull();
    expect(chooseEncoding('identity')).toBeNull();
    expect(chooseEncoding('*;q=0')).toBeNull();
  });

  it('takes a wildcard as accepting brotli', () => {
    expect(chooseEncoding('*')).toBe('br');
  });
});
