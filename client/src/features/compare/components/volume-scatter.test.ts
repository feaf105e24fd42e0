import { describe, expect, it } from 'vitest';
import { quantityAxis } from './volume-scatter';

describe('quantityAxis', () => {
  it('is logarithmic, a tick at each power of ten, when the quantities span 100 times or more', () => {
    expect(quantityAxis([10, 150, 5000])).toEqual({
      scale: 'log',
      domain: [10, 10_000],
      ticks: [10, 100, 1000, 10_000],
    });
    expect(quantityAxis([3, 300])).toEqual({ scale: 'log', domain: [1, 1000], ticks: [1, 10, 100, 1000] });
  });

  it('is linear for a narrower spread, and when a quantity is zero (no logarithm)', () => {
    expect(quantityAxis([10, 999])).toEqual({ scale: 'linear', domain: ['auto', 'auto'] });
    expect(quantityAxis([0, 5000])).toEqual({ scale: 'linear', domain: ['auto', 'auto'] });
    expect(quantityAxis([400])).toEqual({ scale: 'linear', domain: ['auto', 'auto'] });
  });
});
