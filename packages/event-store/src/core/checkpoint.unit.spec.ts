import { describe, expect, it } from 'vitest';
import { compareCheckpoints } from './checkpoint.js';
import { checkpointCodec } from './checkpoint-codec.js';

describe('checkpoints', () => {
  it('orders by transaction id first and global position second', () => {
    const early = { transactionId: 5n, globalPosition: 900n };
    const late = { transactionId: 6n, globalPosition: 3n };
    expect(compareCheckpoints(early, late)).toBe(-1);
    expect(compareCheckpoints(late, early)).toBe(1);
    expect(compareCheckpoints({ transactionId: 6n, globalPosition: 2n }, late)).toBe(-1);
    expect(compareCheckpoints(late, { ...late })).toBe(0);
  });

  it('round-trips through its text form and rejects anything else with a coded error', () => {
    const checkpoint = { transactionId: 18446744073709551615n, globalPosition: 42n };
    expect(checkpointCodec.parse(checkpointCodec.format(checkpoint))).toEqual(checkpoint);
    expect(() => checkpointCodec.parse('42')).toThrow(
      expect.objectContaining({ code: 'VALIDATION', reason: 'CHECKPOINT_INVALID' }),
    );
  });
});
