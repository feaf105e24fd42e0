import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { benchmarkAnswer } from '../test-fixtures';
import { PriceStripChart } from './price-strip-chart';

afterEach(cleanup);

const benchmark = benchmarkAnswer().priceBenchmark;

describe('PriceStripChart', () => {
  it('draws a dot for each price: the other trusts’ in one path, the viewer’s own as diamonds', () => {
    // jsdom has no ResizeObserver: the chart keeps the size its style gives (100 × 240).
    const { container } = render(<PriceStripChart benchmark={benchmark} tableId="prices" />);
    const chart = screen.getByRole('img', { name: /^Strip plot: 8 prices/ });
    expect(chart.getAttribute('aria-describedby')).toBe('prices');

    const dots = container.querySelector('path[data-point-count]');
    expect(dots?.getAttribute('data-point-count')).toBe('7');
    // One circle (a move and two arcs) a dot.
    expect(dots?.getAttribute('d')?.match(/M/g)).toHaveLength(7);
    expect(container.querySelectorAll('.recharts-scatter-symbol')).toHaveLength(1);
    expect(screen.getByText('You are here')).toBeTruthy();
    // Over the quartile, median and ceiling lines, under the viewer's own dots.
    const line = container.querySelector('.recharts-reference-line')!;
    const own = container.querySelector('.recharts-scatter-symbol')!;
    expect(line.compareDocumentPosition(dots!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(dots!.compareDocumentPosition(own) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });
});
