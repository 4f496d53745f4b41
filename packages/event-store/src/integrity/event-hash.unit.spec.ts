import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.js';
import { createHash } from 'node:crypto';
import { contentDigest, contentText } from './event-hash.js';

describe('contentText', () => {
  const event = {
    id: 'A1B2C3D4-0000-4000-8000-00000000000F',
    type: 'ProgressReported',
    data: { title: '行政执法案卷评查', figures: { checked: 505 }, at: new Date('2024-03-01T02:00:00.000Z') },
    metadata: { actor: { userId: 'u1', role: 'unit_officer' }, correlationId: 'c' },
  };

  it('is the canonical JSON array that contentDigest hashes, read back as the event by position', () => {
    const text = contentText(event);
    expect(text).toBe(canonicalJson([event.id.toLowerCase(), event.type, event.data, event.metadata]));
    expect(createHash('sha256').update(text, 'utf8').digest('hex')).toBe(
      contentDigest(event).toString('hex'),
    );
    const [id, type, data, metadata] = JSON.parse(text) as unknown[];
    expect(id).toBe(event.id.toLowerCase());
    expect(type).toBe(event.type);
    expect(data).toEqual({ ...event.data, at: '2024-03-01T02:00:00.000Z' });
    expect(metadata).toEqual(event.metadata);
  });

  it('changes when any part of the content changes', () => {
    const base = contentText(event);
    expect(contentText({ ...event, type: 'TaskAccepted' })).not.toBe(base);
    expect(contentText({ ...event, data: { ...event.data, title: '复议' } })).not.toBe(base);
    expect(contentText({ ...event, metadata: { ...event.metadata, correlationId: 'd' } })).not.toBe(base);
    // The id is compared in lower case, as stored.
    expect(contentText({ ...event, id: event.id.toLowerCase() })).toBe(base);
  });
});
