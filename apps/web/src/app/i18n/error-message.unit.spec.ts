import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCodedError } from '../apollo/read-coded-error.js';
import { catalogueRegistry } from './catalogues.js';
import { errorMessage } from './error-message.js';
import { createTranslator } from './translate.js';

beforeAll(() => catalogueRegistry.load('en-US'));

const refusal = (reason: string, details: Record<string, unknown>) =>
  readCodedError(
    new CombinedGraphQLErrors({
      data: null,
      errors: [{ message: 'refused', extensions: { code: 'VALIDATION', reason, details } }],
    }),
  );

describe('messages of refused figures', () => {
  it('names the indicator and the bound the server gave', () => {
    const error = refusal('FIGURE_OUT_OF_RANGE', {
      indicatorId: 'funds',
      indicatorName: '普法经费',
      min: 0,
      max: 10_000_000_000,
      value: 1.7e308,
    });
    expect(errorMessage(createTranslator('zh-CN'), error)).toBe('“普法经费”的数值须在 0 至 10000000000 之间');
    expect(errorMessage(createTranslator('en-US'), error)).toBe(
      '“普法经费” must be between 0 and 10000000000',
    );
  });

  it('explains a fractional count and an amount with too many decimals', () => {
    const zh = createTranslator('zh-CN');
    expect(errorMessage(zh, refusal('FIGURE_NOT_INTEGER', { indicatorName: '办理案件' }))).toContain('整数');
    expect(errorMessage(zh, refusal('FIGURE_TOO_PRECISE', { indicatorName: '普法经费', scale: 2 }))).toBe(
      '“普法经费”最多保留 2 位小数',
    );
  });

  it('keeps only the plain values of the details for the message', () => {
    expect(refusal('TOO_MANY_INDICATORS', { max: 50, field: 'indicators', nested: { a: 1 } }).params).toEqual(
      {
        max: 50,
        field: 'indicators',
      },
    );
  });
});
