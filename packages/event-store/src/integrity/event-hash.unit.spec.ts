import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.js';
import { contentDigest, encodeContent } from './event-hash.js';

describe('encodeContent', () => {
  const event = {
    id: 'A1B2C3D4-0000-4000-8000-00000000000F',
    type: 'ProgressReported',
    data: { title: '行政执法案卷评查', figures: { checked: 505 }, at: new Date('2024-03-01T02:00:00.000Z') },
    metadata: { actor: { userId: 'u1', role: 'unit_officer' }, correlationId: 'c' },
  };

  it('gives the same digest as contentDigest, from the same canonical text', () => {
    const encoded = encodeContent(event);
    expect(encoded.digestHex).toBe(contentDigest(event).toString('hex'));
    expect(encoded.data).toBe(canonicalJson(event.data));
    expect(encoded.metadata).toBe(canonicalJson(event.metadata));
  });

  it('changes the digest when any part of the content changes', () => {
    const base = encodeContent(event).digestHex;
    expect(encodeContent({ ...event, type: 'TaskAccepted' }).digestHex).not.toBe(base);
    expect(encodeContent({ ...event, data: { ...event.data, title: '复议' } }).digestHex).not.toBe(base);
    expect(
      encodeContent({ ...event, metadata: { ...event.metadata, correlationId: 'd' } }).digestHex,
    ).not.toBe(base);
    // The id is compared in lower case, as stored.
    expect(encodeContent({ ...event, id: event.id.toLowerCase() }).digestHex).toBe(base);
  });
});
