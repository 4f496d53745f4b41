import { describe, expect, it } from 'vitest';
import { DomainError } from '../shared/domain-error.js';
import { assertFiguresConsistent } from './assert-figures-consistent.js';
import { checkFigures } from './check-figures.js';
import { deriveRates, percentOf } from './derive-rates.js';
import { INDICATOR_LIMITS, decimalPlacesOf } from './indicator-bounds.js';
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

/** Amounts: 万元 at the default two decimals, 元 at four, and a whole-yuan amount. */
const funds: IndicatorSet = {
  indicators: [
    { id: 'spent', name: '普法经费', unitOfMeasure: '万元', kind: 'AMOUNT' },
    { id: 'grants', name: '专项补助', unitOfMeasure: '万元' },
    { id: 'fines', name: '罚没款', unitOfMeasure: '元', kind: 'AMOUNT', scale: 4 },
    { id: 'whole', name: '奖励金', unitOfMeasure: '元', kind: 'AMOUNT', scale: 0 },
  ],
  rates: [],
};

const refusalOf = (run: () => unknown): DomainError => {
  try {
    run();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
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

  it.each([
    [-1, 'FIGURE_OUT_OF_RANGE'],
    [1.7e308, 'FIGURE_OUT_OF_RANGE'],
    [INDICATOR_LIMITS.maxCount + 1, 'FIGURE_OUT_OF_RANGE'],
    [0.5, 'FIGURE_NOT_INTEGER'],
    [Number.NaN, 'FIGURE_NOT_A_NUMBER'],
    [Number.POSITIVE_INFINITY, 'FIGURE_NOT_A_NUMBER'],
    ['3', 'FIGURE_NOT_A_NUMBER'],
  ])('refuses the count %s with %s, naming the indicator', (figure, code) => {
    const error = refusalOf(() => validateFigures(mediation, { accepted: figure }));
    expect(error.code).toBe(code);
    expect(error.errorClass).toBe('VALIDATION');
    expect(error.details).toMatchObject({ indicatorId: 'accepted', indicatorName: '受理人民调解案件' });
    expect(error.message).toContain('受理人民调解案件');
  });

  it('accepts a count from zero up to its bound', () => {
    expect(validateFigures(mediation, { accepted: 0, settled: 0 })).toEqual({ accepted: 0, settled: 0 });
    expect(validateFigures(mediation, { accepted: INDICATOR_LIMITS.maxCount })).toEqual({
      accepted: INDICATOR_LIMITS.maxCount,
    });
  });

  it('accepts an amount with as many decimals as its scale, and refuses one more', () => {
    expect(validateFigures(funds, { spent: 1142.31, grants: 0.5 })).toEqual({ spent: 1142.31, grants: 0.5 });
    expect(validateFigures(funds, { fines: 12.3456 })).toEqual({ fines: 12.3456 });
    const error = refusalOf(() => validateFigures(funds, { spent: 1142.315 }));
    expect(error.code).toBe('FIGURE_TOO_PRECISE');
    expect(error.details).toMatchObject({ indicatorId: 'spent', scale: 2 });
    expect(codeOf(() => validateFigures(funds, { fines: 0.00001 }))).toBe('FIGURE_TOO_PRECISE');
    expect(codeOf(() => validateFigures(funds, { whole: 3.5 }))).toBe('FIGURE_TOO_PRECISE');
  });

  it('bounds an amount at ten thousand million in its unit', () => {
    expect(validateFigures(funds, { spent: INDICATOR_LIMITS.maxAmount })).toEqual({
      spent: INDICATOR_LIMITS.maxAmount,
    });
    const error = refusalOf(() => validateFigures(funds, { spent: 1.7e308 }));
    expect(error.code).toBe('FIGURE_OUT_OF_RANGE');
    expect(error.details).toMatchObject({ indicatorId: 'spent', min: 0, max: INDICATOR_LIMITS.maxAmount });
    expect(codeOf(() => validateFigures(funds, { spent: -0.01 }))).toBe('FIGURE_OUT_OF_RANGE');
  });

  it('reads an amount declared before kinds existed from its money unit', () => {
    const legacy: IndicatorSet = {
      indicators: [{ id: 'spent', name: '经费', unitOfMeasure: '万元' }],
      rates: [],
    };
    expect(validateFigures(legacy, { spent: 22.23 })).toEqual({ spent: 22.23 });
    expect(codeOf(() => validateFigures(legacy, { spent: 22.234 }))).toBe('FIGURE_TOO_PRECISE');
  });

  it('refuses figures that are not a map', () => {
    expect(codeOf(() => validateFigures(mediation, [1, 2]))).toBe('VALIDATION');
  });

  it('keeps a percentage recorded before rates were the way to state one between 0 and 100', () => {
    const set: IndicatorSet = { indicators: [{ id: 'p', name: '出庭率', unitOfMeasure: '%' }], rates: [] };
    expect(validateFigures(set, { p: 100 })).toEqual({ p: 100 });
    expect(validateFigures(set, { p: 95.5 })).toEqual({ p: 95.5 });
    expect(codeOf(() => validateFigures(set, { p: 100.1 }))).toBe('FIGURE_OUT_OF_RANGE');
  });
});

describe('indicator definitions', () => {
  it('normalises a valid set, filling absent optional fields', () => {
    const set = validateIndicatorSet(mediation);
    expect(set.indicators[0]).toEqual({
      id: 'screened',
      name: '矛盾纠纷排查',
      unitOfMeasure: '次',
      kind: 'COUNT',
      scale: null,
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
    [
      'a target beyond the bound',
      { indicators: [{ id: 'a', name: 'a', unitOfMeasure: '件', target: 1.7e308 }] },
    ],
    [
      'a fractional target of a count',
      { indicators: [{ id: 'a', name: 'a', unitOfMeasure: '件', target: 0.5 }] },
    ],
    [
      'a target more precise than its amount',
      { indicators: [{ id: 'a', name: 'a', unitOfMeasure: '万元', target: 1.001 }] },
    ],
    ['an unknown kind', { indicators: [{ id: 'a', name: 'a', unitOfMeasure: '件', kind: 'RATE' }] }],
    ['a scale above four', { indicators: [{ id: 'a', name: 'a', unitOfMeasure: '万元', scale: 5 }] }],
    ['a fractional scale', { indicators: [{ id: 'a', name: 'a', unitOfMeasure: '万元', scale: 1.5 }] }],
    ['a scale on a count', { indicators: [{ id: 'a', name: 'a', unitOfMeasure: '件', scale: 2 }] }],
    [
      'an amount that is part of a count',
      {
        indicators: [
          { id: 'a', name: 'a', unitOfMeasure: '件' },
          { id: 'b', name: 'b', unitOfMeasure: '万元', partOf: 'a' },
        ],
      },
    ],
    [
      'a count that sums amounts',
      {
        indicators: [
          { id: 'a', name: 'a', unitOfMeasure: '件', sumOf: ['b'] },
          { id: 'b', name: 'b', unitOfMeasure: '万元' },
        ],
      },
    ],
    ['indicators that are not a list', { indicators: 'a' }],
    ['rates that are not a list', { rates: {} }],
    ['a definition that is not an object', { indicators: [3] }],
    ['a rate that is not an object', { rates: [null] }],
    ['a set that is not an object', 'a'],
  ];
  it.each(broken)('refuses %s', (_label, set) => {
    expect(codeOf(() => validateIndicatorSet(set))).toBe('INDICATOR_DEFINITION_INVALID');
  });

  it('records the kind of every indicator: as declared, or inferred from its unit, with an amount’s scale', () => {
    const set = validateIndicatorSet({
      indicators: [
        { id: 'cases', name: '案件', unitOfMeasure: '件' },
        { id: 'spent', name: '经费', unitOfMeasure: '万元' },
        { id: 'fines', name: '罚没款', unitOfMeasure: '元', kind: 'AMOUNT', scale: 0 },
        { id: 'area', name: '面积', unitOfMeasure: '亩', kind: 'AMOUNT', scale: 4, target: 12.5 },
        { id: 'heads', name: '人数', unitOfMeasure: '万元', kind: 'COUNT' },
      ],
    });
    expect(set.indicators.map(({ id, kind, scale }) => [id, kind, scale])).toEqual([
      ['cases', 'COUNT', null],
      ['spent', 'AMOUNT', 2],
      ['fines', 'AMOUNT', 0],
      ['area', 'AMOUNT', 4],
      ['heads', 'COUNT', null],
    ]);
    expect(set.indicators[3]?.target).toBe(12.5);
  });

  it('refuses a percentage indicator, saying to declare a rate', () => {
    const error = refusalOf(() =>
      validateIndicatorSet({ indicators: [{ id: 'p', name: '出庭率', unitOfMeasure: '%', kind: 'COUNT' }] }),
    );
    expect(error.code).toBe('INDICATOR_DEFINITION_INVALID');
    expect(error.message).toContain('rate');
    expect(error.details).toMatchObject({ indicatorId: 'p' });
  });

  it('refuses more indicators or rates than a task may define, with codes of their own', () => {
    const indicators = (count: number) =>
      Array.from({ length: count }, (_, index) => ({
        id: `i${index}`,
        name: `指标${index}`,
        unitOfMeasure: '件',
      }));
    expect(
      validateIndicatorSet({ indicators: indicators(INDICATOR_LIMITS.indicatorsPerTask) }).indicators,
    ).toHaveLength(INDICATOR_LIMITS.indicatorsPerTask);
    const tooMany = refusalOf(() => validateIndicatorSet({ indicators: indicators(10_000) }));
    expect(tooMany.code).toBe('TOO_MANY_INDICATORS');
    expect(tooMany.details).toMatchObject({ count: 10_000, max: INDICATOR_LIMITS.indicatorsPerTask });
    const rates = Array.from({ length: INDICATOR_LIMITS.ratesPerTask + 1 }, (_, index) => ({
      id: `r${index}`,
      name: `比率${index}`,
      numerator: 'i0',
      denominator: 'i1',
    }));
    expect(codeOf(() => validateIndicatorSet({ indicators: indicators(2), rates }))).toBe('TOO_MANY_RATES');
  });

  it('refuses a nameless indicator or a missing unit of measure as invalid input', () => {
    expect(
      codeOf(() => validateIndicatorSet({ indicators: [{ id: 'a', name: ' ', unitOfMeasure: '件' }] })),
    ).toBe('VALIDATION');
    expect(codeOf(() => validateIndicatorSet({ indicators: [{ id: 'a', name: 'a' }] }))).toBe('VALIDATION');
  });
});

describe('decimal places of a figure', () => {
  it.each([
    [1142.31, 2],
    [505, 0],
    [0.1, 1],
    [12.3456, 4],
    [5e-7, 7],
    [1.5e-7, 8],
    [1e21, 0],
  ])('counts %s as written with %i decimals', (value, places) => {
    expect(decimalPlacesOf(value)).toBe(places);
  });
});
