import { describe, expect, it } from 'vitest';
import { bandExample, bandRange, bandsInOneLine, countOf, roleAndGrade, type BandLike } from './prices';

const band = (from: number, to: number | null, amount: string): BandLike => ({
  from,
  to,
  unitPrice: { amount },
});

const perBed: BandLike[] = [
  band(1, 250, '2045.0000'),
  band(251, 600, '1920.0000'),
  band(601, null, '1785.0000'),
];

describe('countOf', () => {
  it('groups thousands and uses the singular only for one', () => {
    expect(countOf('PER_USER', 1200)).toBe('1,200 users');
    expect(countOf('PER_USER', 1)).toBe('1 user');
    expect(countOf('PER_REGISTERED_PATIENT', 2)).toBe('2 registered patients');
  });
});

describe('roleAndGrade', () => {
  it('puts a day rate’s role and grade in one phrase', () => {
    expect(roleAndGrade('Delivery manager', 'Senior')).toBe('Delivery manager (Senior)');
    expect(roleAndGrade('Developer', null)).toBe('Developer');
    expect(roleAndGrade(null, null)).toBeNull();
  });
});

describe('volume bands in words', () => {
  it('names each range with “to” and the last open band “and above”', () => {
    expect(perBed.map(bandRange)).toEqual(['1 to 250', '251 to 600', '601 and above']);
    expect(bandRange(band(1001, 2500, '1'))).toBe('1,001 to 2,500');
    expect(bandRange(band(7, 7, '1'))).toBe('7');
  });

  it('says every band in one line, the unit named once', () => {
    expect(bandsInOneLine('PER_USER', [band(1, 250, '2045.0000'), band(251, null, '1920.0000')])).toBe(
      '1 to 250 users: £2,045.00 each; 251 and above: £1,920.00 each',
    );
  });

  it('works a CUMULATIVE example through the bands', () => {
    const bands = [band(1, 250, '1685.0000'), band(251, null, '1430.0000')];
    // 250 × £1,685 + 50 × £1,430: each band at its own price.
    expect(bandExample('PER_BED', 'CUMULATIVE', bands)).toBe(
      'For example, 300 beds cost 250 × £1,685.00 + 50 × £1,430.00.',
    );
    expect(bandExample('PER_BED', 'CUMULATIVE', perBed)).toBe(
      'For example, 600 beds cost 250 × £2,045.00 + 350 × £1,920.00.',
    );
  });

  it('works a SINGLE_FIXED example at the price of the band the quantity lands in', () => {
    expect(bandExample('PER_BED', 'SINGLE_FIXED', perBed)).toBe(
      'For example, 600 beds are all charged at £1,920.00 each.',
    );
  });

  it('has no example for a single band', () => {
    expect(bandExample('PER_USER', 'CUMULATIVE', [band(1, null, '10')])).toBeNull();
  });
});
