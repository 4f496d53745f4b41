import { describe, expect, it } from 'vitest';
import { deterministicUuid } from './deterministic-uuid.js';

describe('deterministicUuid', () => {
  it('gives the same well-formed UUID for the same parts', () => {
    const id = deterministicUuid('user-1', 'initial-admin', '0');
    expect(id).toBe(deterministicUuid('user-1', 'initial-admin', '0'));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('tells apart parts that would read the same when joined', () => {
    expect(deterministicUuid('a,b')).not.toBe(deterministicUuid('a', 'b'));
    expect(deterministicUuid('user-1', '0')).not.toBe(deterministicUuid('user-1', '1'));
  });
});
