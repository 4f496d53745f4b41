import { HttpException } from '@nestjs/common';
import { describe, expect, it } from 'vitest';
import { StorableTextPipe, unstorableTextAt } from './storable-text.pipe.js';

describe('StorableTextPipe', () => {
  const pipe = new StorableTextPipe();
  const refusalOf = (value: unknown, data = 'input') => {
    try {
      pipe.transform(value, { type: 'body', data });
      return null;
    } catch (error) {
      return (error as HttpException).getResponse();
    }
  };

  it('passes text of every script, emoji and paired surrogates included, unchanged', () => {
    const input = { title: '整改报告 👩‍👩‍👧‍👦 𠮷', list: ['\t\n', 'é'], n: 3, none: null };
    expect(pipe.transform(input, { type: 'body', data: 'input' })).toBe(input);
  });

  it('refuses a NUL character anywhere below the argument, naming where', () => {
    expect(refusalOf({ items: [{ name: 'ok' }, { name: 'a\u0000b' }] })).toEqual({
      code: 'VALIDATION',
      reason: 'TEXT_NOT_STORABLE',
      message: 'input.items[1].name: must be valid UTF-8 text without NUL characters or unpaired surrogates',
    });
    expect(refusalOf('\u0000', 'taskId')).toMatchObject({ reason: 'TEXT_NOT_STORABLE' });
  });

  it('refuses unpaired high or low surrogates, and such keys', () => {
    expect(unstorableTextAt('a\ud800', 'x')).toBe('x');
    expect(unstorableTextAt('\udfffb', 'x')).toBe('x');
    expect(unstorableTextAt({ ['k\ud800']: 1 }, 'x')).toBe('x.k\ud800');
    expect(unstorableTextAt('\ud842\udfb7', 'x')).toBeNull();
  });

  it('refuses text that arrived as invalid UTF-8, which decoding turned into U+FFFD', () => {
    const decoded = JSON.parse(
      Buffer.from([...Buffer.from('{"narrative":"整改'), 0xff, 0xfe, ...Buffer.from('完成"}')]).toString(
        'utf8',
      ),
    ) as unknown;
    expect(refusalOf(decoded)).toMatchObject({
      reason: 'TEXT_NOT_STORABLE',
      message: expect.stringMatching(/^input.narrative: /),
    });
  });

  it('leaves the actor taken from the token alone', () => {
    const actor = { userId: 'u\u0000' };
    expect(pipe.transform(actor, { type: 'custom' })).toBe(actor);
  });
});
