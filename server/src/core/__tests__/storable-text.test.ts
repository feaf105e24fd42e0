import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clipText, findUnstorableText, unstorableIn } from '../storable-text.js';

describe('text PostgreSQL can store', () => {
  it('finds the NUL character and half of a character, and passes whole ones (an emoji is a pair)', () => {
    expect(unstorableIn('Ward 🏥 — Ŵ')).toBeNull();
    expect(unstorableIn('a\u0000b')).toBe('NUL');
    expect(unstorableIn('a\udc00b')).toBe('HALF_CHARACTER');
    expect(unstorableIn('🏥'.slice(0, 1))).toBe('HALF_CHARACTER');
  });

  it('names the path to the first unstorable text, in values and in keys', () => {
    expect(findUnstorableText({ input: { lines: [{ a: 'ok' }, { reference: 'x\u0000' }] } })).toEqual({
      path: ['input', 'lines', '1', 'reference'],
      problem: 'NUL',
    });
    expect(findUnstorableText({ releases: [{ ['k\ud800']: 1 }] })).toEqual({
      path: ['releases', '0', 'k\ud800'],
      problem: 'HALF_CHARACTER',
    });
    expect(findUnstorableText({ a: [1, null, true, 'fine 🏥'] })).toBeNull();
  });

  it('clips text without cutting a character in half', () => {
    expect(clipText(`${'x'.repeat(38)}🏥yy`, 39)).toBe('x'.repeat(38));
    expect(clipText(`${'x'.repeat(38)}🏥yy`, 40)).toBe(`${'x'.repeat(38)}🏥`);
    expect(clipText('short', 39)).toBe('short');
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.nat({ max: 100 }), (text, max) => {
        const clipped = clipText(text, max);
        expect(clipped.isWellFormed()).toBe(true);
        expect(text.startsWith(clipped)).toBe(true);
        expect(clipped.length).toBeLessThanOrEqual(max);
        expect(clipped.length).toBeGreaterThanOrEqual(Math.min(text.length, max - 1));
      }),
    );
  });
});
