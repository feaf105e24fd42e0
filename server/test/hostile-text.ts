// Generators of hostile and random input for property tests (fast-check): the text, amounts, dates,
// ids and numbers people and attackers send, shared by the GraphQL and import properties.
import fc from 'fast-check';

/** Text people and attackers send: every script, right-to-left, emoji, injection, long and empty. */
export const NASTY = [
  "Robert'); DROP TABLE contract;--",
  '" OR 1=1 --',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  '{{7*7}} ${7*7} %s %n',
  'שלום עולם مرحبا بالعالم',
  '\u202eevil\u202c',
  'Ysbyty Gwynedd — Ŵ ŷ',
  '🏥💷🧾👩🏽‍⚕️',
  'half \udc00 a character',
  '\ud83c',
  'null',
  'undefined',
  '\\u0000',
  ' ',
  '',
  'x'.repeat(10_000),
];

/** Cells a spreadsheet would run as formulas when the text is opened in one. */
export const FORMULAS = [
  '=1+1',
  '+SUM(A1:A9)',
  '-2+3',
  '@SUM(1,2)',
  '=HYPERLINK("http://evil.example","Click")',
  "=cmd|' /C calc'!A0",
  '\t=1+1',
  '\r=1+1',
];

/** Any text: the nasty list, strings of every grapheme, and strings of any code unit (lone surrogates too). */
export const text = fc.oneof(
  fc.constantFrom(...NASTY),
  fc.string({ maxLength: 300, unit: 'grapheme' }),
  fc.string({ unit: 'binary' }),
);

/** Amounts as they are typed, and as they are not. */
export const amount = fc.oneof(
  fc.constantFrom(
    '0',
    '0.00',
    '-1',
    '1e9',
    'NaN',
    'Infinity',
    '£1,000.00',
    '1,5',
    '12.34567',
    '99999999999999999',
    ' 1.5',
    '',
  ),
  fc.double().map(String),
  fc.integer().map(String),
  text,
);

/** Dates as LocalDate takes them (some real, most not), and text that is no date at all. */
export const date = fc.oneof(
  fc.constantFrom(
    '2026-04-01',
    '2026-02-29',
    '2028-02-29',
    '2026-13-01',
    '2026-00-10',
    '0000-01-01',
    '9999-12-31',
    '01/04/2026',
    '2026-4-1',
    '2026-04-01T00:00:00Z',
    '',
  ),
  fc
    .record({
      y: fc.integer({ min: 0, max: 9999 }),
      m: fc.integer({ min: 0, max: 13 }),
      d: fc.integer({ min: 0, max: 32 }),
    })
    .map(
      ({ y, m, d }) =>
        `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
    ),
  text,
);

/** An id that names nothing: no such record, not a UUID, or text. */
export const badId = fc.oneof(
  fc.constantFrom(
    '00000000-0000-0000-0000-000000000000',
    'ffffffff-ffff-ffff-ffff-ffffffffffff',
    '1',
    '-1',
    '',
  ),
  fc.uuid(),
  text,
);

/** Whole numbers, including those GraphQL's Int cannot hold. */
export const wholeNumber = fc.oneof(
  fc.integer(),
  fc.constantFrom(0, -1, 2 ** 31 - 1, -(2 ** 31), 2 ** 31, 2 ** 53, Number.MAX_SAFE_INTEGER),
  fc.double(),
);

/** A value of the wrong shape for any field: objects, arrays, numbers, booleans, null. */
export const anything = fc.anything({ maxDepth: 2, withNullPrototype: false });
