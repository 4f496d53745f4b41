import fc from 'fast-check';

/** A mega-byte of text (mixed one- and three-byte UTF-8), the size a careless or hostile client might send. */
export const HUGE_STRING = '督'.repeat(100_000) + 'x'.repeat(1024 * 1024 - 300_000);

/** How many items a hostile list carries. */
export const HUGE_LIST_LENGTH = 10_000;

/**
 * Text that trips naive handling: blanks, control and invisible characters, direction overrides,
 * combining marks, astral and lone surrogate code points, markup, SQL and path fragments, and
 * words JavaScript treats specially. None contains what a leak check looks for, so an echo of
 * the input is never mistaken for a stack trace.
 */
export const ODD_STRINGS: readonly string[] = [
  '',
  ' ',
  '\t\n\r',
  '\u0000',
  'a\u0000b',
  '\u200b',
  '\u200b\u200b\u200b',
  '\ufeff',
  '\u202e整改报告',
  '\u0301\u0301\u0301',
  'e\u0301'.repeat(2000),
  '👩‍👩‍👧‍👦',
  '𠮷野家',
  '\ud800',
  '\udfff\ud800',
  'ｆｕｌｌｗｉｄｔｈ',
  '<script>alert(1)</script>',
  "'; drop table events; --",
  '" or 1=1 --',
  '../../../../etc/passwd',
  '..\\..\\windows\\win.ini',
  '%2e%2e%2f%2e%2e%2f',
  '/etc/shadow',
  'C:\\boot.ini',
  '${7*7}',
  '{{7*7}}',
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'null',
  'undefined',
  'NaN',
  'Infinity',
  '-1',
  '1e309',
  '0x10',
  '9'.repeat(400),
  '\u3000',
  '\u00a0',
  '\u2028\u2029',
];

/** Real calendar dates at the edges: valid for a YYYY-MM-DD field, odd for a deadline. */
export const EDGE_DATES: readonly string[] = ['9999-12-31', '1900-01-01', '0001-01-01', '2024-02-29'];

/** Dates a form or a script might send instead of YYYY-MM-DD; none is a real calendar date in that form. */
export const MALFORMED_DATES: readonly string[] = [
  '2024-02-30',
  '2023-02-29',
  '2024-13-01',
  '2024-00-10',
  '2024-01-32',
  '0000-00-00',
  '2024-1-1',
  '24-01-01',
  '20240101',
  '2024/01/01',
  '01/02/2024',
  '2024-01-01T00:00:00Z',
  '2024-01-01T25:61:61Z',
  '+275760-09-13',
  '-000001-01-01',
  '2024-06-30 ',
  ' 2024-06-30',
  '２０２４-０６-３０',
  'yesterday',
  'Invalid Date',
  '1719705600000',
];

/** Numbers around every boundary an Int, a percent or a count has. */
export const ODD_NUMBERS: readonly number[] = [
  -1,
  0,
  -0,
  1,
  100,
  101,
  255,
  2_147_483_647,
  2_147_483_648,
  -2_147_483_648,
  -2_147_483_649,
  Number.MAX_SAFE_INTEGER,
  Number.MIN_SAFE_INTEGER,
  1e21,
  -1e21,
  0.5,
  99.999,
  1e-7,
];

/** Values of the wrong JSON type for any field. */
export const wrongTypeValue = (): fc.Arbitrary<unknown> =>
  fc.oneof(
    fc.boolean(),
    fc.integer(),
    fc.double(),
    fc.constant({}),
    fc.constant([]),
    fc.constant({ $gt: '' }),
    fc.constant([[['nested']]]),
    fc.string({ maxLength: 8 }),
  );

/** Any string a client could send: odd ones, dates, random text of every code point. */
export const hostileString = (plausible: readonly string[]): fc.Arbitrary<string> =>
  fc.oneof(
    { arbitrary: fc.constantFrom(...(plausible.length > 0 ? plausible : ['x'])), weight: 5 },
    { arbitrary: fc.constantFrom(...ODD_STRINGS), weight: 4 },
    { arbitrary: fc.constantFrom(...MALFORMED_DATES, ...EDGE_DATES), weight: 2 },
    { arbitrary: fc.string({ maxLength: 40 }), weight: 2 },
    { arbitrary: fc.string({ unit: 'binary', maxLength: 40 }), weight: 2 },
    { arbitrary: fc.string({ unit: 'grapheme', minLength: 300, maxLength: 12_000 }), weight: 1 },
    { arbitrary: fc.constant(HUGE_STRING), weight: 1 },
  );

const INT32 = { min: -2_147_483_648, max: 2_147_483_647 };

/**
 * Any number a client could send for an Int or a Float; `typed` keeps to what the GraphQL type
 * admits (32-bit integers, finite floats), so the value gets past the schema to the domain.
 */
export const hostileNumber = (integer: boolean, typed = false): fc.Arbitrary<number> => {
  const odd = ODD_NUMBERS.filter(
    (n) => !typed || !integer || (Number.isInteger(n) && n >= INT32.min && n <= INT32.max),
  );
  return fc.oneof(
    { arbitrary: fc.integer({ min: -5, max: 110 }), weight: 4 },
    { arbitrary: fc.constantFrom(...odd), weight: 4 },
    {
      arbitrary: integer
        ? fc.integer(typed ? INT32 : {})
        : fc.double({ noNaN: true, noDefaultInfinity: true }),
      weight: 2,
    },
    // NaN and ±Infinity travel as null in JSON; they are sent raw by the literal transport.
    ...(typed ? [] : [{ arbitrary: fc.constantFrom(Number.NaN, Infinity, -Infinity), weight: 1 }]),
  );
};
