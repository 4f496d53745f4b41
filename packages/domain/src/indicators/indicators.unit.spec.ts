import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/domain-error.js';
import { assertFiguresConsistent } from './assert-figures-consistent.js';
import { checkFigures } from './check-figures.js';
import { deriveRates, percentOf } from './derive-rates.js';
import type { IndicatorSet } from './indicator.types.js';
import { validateFigures } from './validate-figures.js';
import { validateIndicatorSet } from './validate-indicator-set.js';

/** Indicators as the seed report states them. */
const mediation: IndicatorSet = {
  indicators: [
    { id: 'screened', name: '矛盾纠纷排查', unitOfMeasure: '次' },
    { id: 'accepted', name: '受理人民调解案件', unitOfMeasure: '起' },
    { id: 'settled', name: '成功调解', unitOfMeasure: '起', partOf: 'accepted' },
  ],
  rates: [{ id: 'successRate', name: '调解成功率', numerator: 'settled', denominator: 'accepted' }],
};
const inspections: IndicatorSet = {
  indicators: [
    { id: 'checks', name: '执法检查', unitOfMeasure: '家次', sumOf: ['enterprises', 'selfEmployed'] },
    { id: 'enterprises', name: '企业', unitOfMeasure: '家次' },
    { id: 'selfEmployed', name: '个体户', unitOfMeasure: '家次' },
  ],
  rates: [],
};
const doubleRandom: IndicatorSet = {
  indicators: [
    { id: 'matters', name: '录入双随机监管事项', unitOfMeasure: '件' },
    { id: 'joint', name: '联合部门检查事项', unitOfMeasure: '件', partOf: 'matters' },
  ],
  rates: [{ id: 'jointShare', name: '联合检查占比', numerator: 'joint', denominator: 'matters' }],
};

const codeOf = (run: () => unknown): string => {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error.code;
    throw error;
  }
  throw new Error('expected a refusal');
};

describe('derived rates', () => {
  it('derives the mediation success rate 271 of 297 as 91.2%', () => {
    expect(deriveRates(mediation, { accepted: 297, settled: 271 })).toEqual([
      { id: 'successRate', name: '调解成功率', numerator: 271, denominator: 297, percent: 91.2 },
    ]);
  });

  it('rounds half up to one decimal', () => {
    expect(percentOf(1, 8)).toBe(12.5);
    expect(percentOf(1, 3)).toBe(33.3);
    expect(percentOf(2, 3)).toBe(66.7);
    expect(percentOf(49, 50)).toBe(98);
  });

  it('leaves a rate empty when a figure is missing or the base is zero', () => {
    expect(deriveRates(mediation, { settled: 3 })[0]?.percent).toBeNull();
    expect(deriveRates(mediation, { accepted: 0, settled: 0 })[0]?.percent).toBeNull();
  });
});

describe('figure consistency rules', () => {
  it('accepts 505 inspections as 115 enterprises plus 390 self-employed', () => {
    expect(checkFigures(inspections, { checks: 505, enterprises: 115, selfEmployed: 390 })).toEqual([]);
  });

  it('flags parts that do not add up to their declared whole', () => {
    const [violation, ...rest] = checkFigures(inspections, {
      checks: 505,
      enterprises: 115,
      selfEmployed: 380,
    });
    expect(rest).toEqual([]);
    expect(violation).toMatchObject({
      rule: 'PARTS_DO_NOT_SUM_TO_WHOLE',
      indicatorId: 'checks',
      value: 505,
      parts: [
        { indicatorId: 'enterprises', value: 115 },
        { indicatorId: 'selfEmployed', value: 380 },
      ],
    });
  });

  it('flags a member of a sum that alone exceeds the whole', () => {
    const rules = checkFigures(inspections, { checks: 100, enterprises: 115 }).map(
      (violation) => violation.rule,
    );
    expect(rules).toEqual(['PART_EXCEEDS_WHOLE']);
  });

  it('waits for every part before checking a sum', () => {
    expect(checkFigures(inspections, { checks: 505, enterprises: 115 })).toEqual([]);
  });

  it('compares money sums with decimals without rounding noise', () => {
    const money: IndicatorSet = {
      indicators: [
        { id: 'total', name: '合计', unitOfMeasure: '万元', sumOf: ['a', 'b'] },
        { id: 'a', name: 'a', unitOfMeasure: '万元' },
        { id: 'b', name: 'b', unitOfMeasure: '万元' },
      ],
      rates: [],
    };
    expect(checkFigures(money, { total: 0.3, a: 0.1, b: 0.2 })).toEqual([]);
  });

  it('flags the seed report’s 94 joint checks out of 93 double-random matters', () => {
    expect(checkFigures(doubleRandom, { matters: 93, joint: 94 })).toEqual([
      {
        rule: 'PART_EXCEEDS_WHOLE',
        indicatorId: 'matters',
        indicatorName: '录入双随机监管事项',
        value: 93,
        parts: [{ indicatorId: 'joint', indicatorName: '联合部门检查事项', value: 94 }],
        message: '联合部门检查事项 (94) exceeds its whole 录入双随机监管事项 (93)',
      },
    ]);
  });

  it('accepts a part equal to its whole', () => {
    expect(checkFigures(doubleRandom, { matters: 93, joint: 93 })).toEqual([]);
  });

  it('refuses inconsistent figures with INDICATOR_RULE_VIOLATED naming the rule and the figures', () => {
    let caught: unknown;
    try {
      assertFiguresConsistent(doubleRandom, { matters: 93, joint: 94 });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DomainError);
    const error = caught as DomainError;
    expect(error.code).toBe('INDICATOR_RULE_VIOLATED');
    expect(error.errorClass).toBe('VALIDATION');
    expect(error.message).toContain('PART_EXCEEDS_WHOLE');
    expect(error.message).toContain('94');
    expect(error.message).toContain('93');
    expect(error.details.violations).toHaveLength(1);
  });
});

describe('reported figures', () => {
  it('keeps figures of the task’s counted indicators', () => {
    expect(validateFigures(mediation, { accepted: 297, settled: 271 })).toEqual({
      accepted: 297,
      settled: 271,
    });
    expect(validateFigures(mediation, undefined)).toEqual({});
  });

  it('refuses a typed rate, because rates are derived', () => {
    expect(codeOf(() => validateFigures(mediation, { successRate: 91.2 }))).toBe('RATE_NOT_REPORTABLE');
  });

  it('refuses an indicator the task does not define', () => {
    expect(codeOf(() => validateFigures(mediation, { other: 1 }))).toBe('UNKNOWN_INDICATOR');
  });

  it.each([[-1], [Number.NaN], [Number.POSITIVE_INFINITY], ['3']])('refuses the figure %s', (figure) => {
    expect(codeOf(() => validateFigures(mediation, { accepted: figure }))).toBe('VALIDATION');
  });

  it('refuses figures that are not a map', () => {
    expect(codeOf(() => validateFigures(mediation, [1, 2]))).toBe('VALIDATION');
  });

  it('refuses a percentage above 100', () => {
    const set: IndicatorSet = { indicators: [{ id: 'p', name: '出庭率', unitOfMeasure: '%' }], rates: [] };
    expect(validateFigures(set, { p: 100 })).toEqual({ p: 100 });
    expect(codeOf(() => validateFigures(set, { p: 100.1 }))).toBe('VALIDATION');
  });
});

describe('indicator definitions', () => {
  it('normalises a valid set, filling absent optional fields', () => {
    const set = validateIndicatorSet(mediation);
    expect(set.indicators[0]).toEqual({
      id: 'screened',
      name: '矛盾纠纷排查',
      unitOfMeasure: '次',
      target: null,
      partOf: null,
      sumOf: null,
    });
    expect(set.rates).toEqual(mediation.rates);
    expect(validateIndicatorSet(undefined)).toEqual({ indicators: [], rates: [] });
  });

  const broken: [string, unknown][] = [
    [
      'a duplicate id',
      {
        indicators: [
          { id: 'a', name: 'a', unitOfMeasure: '件' },
          { id: 'a', name: 'b', unitOfMeasure: '件' },
        ],
      },
    ],
    [
      'a rate sharing an indicator id',
      {
        indicators: [{ id: 'a', name: 'a', unitOfMeasure: '件' }],
        rates: [{ id: 'a', name: 'r', numerator: 'a', denominator: 'a' }],
      },
    ],
    [
      'a part of an unknown whole',
      { indicators: [{ id: 'a', name: 'a', unitOfMeasure: '件', partOf: 'x' }] },
    ],
    ['a part of itself', { indicators: [{ id: 'a', name: 'a', unitOfMeasure: '件', partOf: 'a' }] }],
    [
      'a cycle of parts',
      {
        indicators: [
          { id: 'a', name: 'a', unitOfMeasure: '件', partOf: 'b' },
          { id: 'b', name: 'b', unitOfMeasure: '件', partOf: 'a' },
        ],
      },
    ],
    ['an empty sum', { indicators: [{ id: 'a', name: 'a', unitOfMeasure: '件', sumOf: [] }] }],
    ['a sum of unknown parts', { indicators: [{ id: 'a', name: 'a', unitOfMeasure: '件', sumOf: ['x'] }] }],
    ['a sum of itself', { indicators: [{ id: 'a', name: 'a', unitOfMeasure: '件', sumOf: ['a'] }] }],
    [
      'a sum listing a part twice',
      {
        indicators: [
          { id: 'a', name: 'a', unitOfMeasure: '件', sumOf: ['b', 'b'] },
          { id: 'b', name: 'b', unitOfMeasure: '件' },
        ],
      },
    ],
    ['a sum that is not a list', { indicators: [{ id: 'a', name: 'a', unitOfMeasure: '件', sumOf: 'b' }] }],
    [
      'a rate over an unknown indicator',
      { indicators: [], rates: [{ id: 'r', name: 'r', numerator: 'x', denominator: 'y' }] },
    ],
    ['a negative target', { indicators: [{ id: 'a', name: 'a', unitOfMeasure: '件', target: -1 }] }],
    ['indicators that are not a list', { indicators: 'a' }],
    ['rates that are not a list', { rates: {} }],
    ['a definition that is not an object', { indicators: [3] }],
    ['a rate that is not an object', { rates: [null] }],
    ['a set that is not an object', 'a'],
  ];
  it.each(broken)('refuses %s', (_label, set) => {
    expect(codeOf(() => validateIndicatorSet(set))).toBe('INDICATOR_DEFINITION_INVALID');
  });

  it('refuses a nameless indicator or a missing unit of measure as invalid input', () => {
    expect(
      codeOf(() => validateIndicatorSet({ indicators: [{ id: 'a', name: ' ', unitOfMeasure: '件' }] })),
    ).toBe('VALIDATION');
    expect(codeOf(() => validateIndicatorSet({ indicators: [{ id: 'a', name: 'a' }] }))).toBe('VALIDATION');
  });
});
