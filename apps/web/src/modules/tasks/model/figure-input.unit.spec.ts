import { describe, expect, it } from 'vitest';
import { figureInputProps } from './figure-input.js';

describe('the input of an indicator’s figure', () => {
  it('takes whole numbers up to a thousand million for a count', () => {
    expect(figureInputProps({ unitOfMeasure: '件', kind: 'COUNT', scale: null })).toEqual({
      min: 0,
      max: 1_000_000_000,
      precision: 0,
    });
  });

  it('takes an amount to its scale, two decimals when none is declared', () => {
    expect(figureInputProps({ unitOfMeasure: '元', kind: 'AMOUNT', scale: 4 })).toMatchObject({
      precision: 4,
    });
    expect(figureInputProps({ unitOfMeasure: '万元' })).toEqual({
      min: 0,
      max: 10_000_000_000,
      precision: 2,
    });
  });
});
