import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { migrations } from './migrations.js';

/**
 * A migration that has been applied somewhere never changes: a database created later would get
 * other SQL than the ones already running, and neither would notice. The SQL of each published
 * version (for the default schema) is pinned by its digest; a change is a new version.
 */
const published: Record<number, string> = {
  1: 'fcda09ca1d68dd9d7e5ef82331f37aacf101bd80be7bbf5907c0bdbef5a4f538',
  2: '17450a06dd768f4030d4b2697dfcb849842fb6e07293e063eb1b4d5c8ffccb3d',
  3: '475923f4bc330e20e757febdd835a9b54dcfeaf5fbf48f7a2a92638afecf0278',
  4: 'dddcfe8ce0a33898472bf19de0c7f6038c8af595656fbd59bc4206bf87eea28e',
  5: 'df9f333c8b4474b7eaf4087ac610077708d3456da3156df9ffb9048d244642e8',
  6: 'de69d74c83bc8f4b97481e00c1bc005f25626eeb1c55e31d3b70f31038a38217',
  7: '5bd6315bffd8637743a0ee77f6b618e8fc93eaa333e1789e0869a867dc6335d6',
  8: '417945ec46e1cdc9340fe2cac6b4594659174affe983d711c74a0c0f9362ce09',
  9: '597d4f9c36eca93b4138a3a243a0dfbdcd349879a29f8e69fd98b3b54e23d6e2',
};

describe('migrations', () => {
  it('are numbered 1, 2, 3… without gaps', () => {
    expect(migrations.map((m) => m.version)).toEqual(migrations.map((_, i) => i + 1));
  });

  it('keep the SQL each published version always had', () => {
    for (const migration of migrations.filter((m) => published[m.version])) {
      const digest = createHash('sha256').update(migration.sql('event_store')).digest('hex');
      expect({ version: migration.version, digest }).toEqual({
        version: migration.version,
        digest: published[migration.version],
      });
    }
  });

  it('write the schema name quoted wherever they name an object', () => {
    for (const migration of migrations) {
      const sql = migration.sql('other_schema');
      expect(sql).not.toMatch(/\bevent_store\./);
      expect(sql).toContain('"other_schema".');
    }
  });
});
