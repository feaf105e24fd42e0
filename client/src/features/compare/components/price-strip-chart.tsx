import { memo, useMemo } from 'react';
import { ReferenceDot, ReferenceLine, XAxis, YAxis } from 'recharts';
import { graphql } from '../../../gql';
import type { PriceStripChart_BenchmarkFragment } from '../../../gql/graphql';
import { formatCount } from '../../../shared/format/count';
import { formatMoney } from '../../../shared/format/money';
import { chartColours as colours, moneyTick as tick } from '../compare-chart';
import { priceBasis } from '../compare-labels';
import { ScatterFigure } from './scatter-figure';

export const PriceStripChart_benchmark = graphql(`
  fragment PriceStripChart_benchmark on PriceBenchmark {
    pricingUnit
    summary {
      lowerQuartile {
        amount
      }
      median {
        amount
      }
      upperQuartile {
        amount
      }
    }
    ceilings {
      annualUnitPrice {
        amount
      }
    }
    points {
      annualUnitPrice {
        amount
      }
      own
    }
  }
`);

/** A dot's height in the strip: spread evenly (golden-ratio steps) so equal prices do not hide each other. */
const lane = (index: number) => 0.15 + ((index * 0.618_034) % 1) * 0.7;

type Dot = { price: number; lane: number; own: boolean };

/** A dot's place: its price across, its lane up. */
const dotAt = (dot: Dot): [number, number] => [dot.price, dot.lane];

/**
 * A strip plot: one dot for each price compared, along the price axis, with lines at the quartiles,
 * the median and the lowest framework ceiling, and the viewer's own prices marked "you are here".
 * The picture is named for screen readers in a sentence; the table of prices (`tableId`, its caption)
 * gives every value.
 *
 * Memoised, and the other trusts' dots drawn as one path: with ten thousand prices, a sort of the
 * table below re-renders the page, not the chart.
 */
export const PriceStripChart = memo(function PriceStripChart({
  benchmark,
  tableId,
}: {
  benchmark: PriceStripChart_BenchmarkFragment;
  /** The id of the element naming the table that lists the same prices. */
  tableId: string;
}) {
  const { points, summary, pricingUnit } = benchmark;
  const { dots, others, own } = useMemo(() => {
    const dots: Dot[] = points.map((point, index) => ({
      price: Number(point.annualUnitPrice.amount),
      lane: lane(index),
      own: point.own,
    }));
    return { dots, others: dots.filter((dot) => !dot.own), own: dots.filter((dot) => dot.own) };
  }, [points]);
  if (!summary || points.length === 0) return null;
  const basis = priceBasis(pricingUnit);
  const ceiling = benchmark.ceilings[0]?.annualUnitPrice.amount ?? null;
  const prices = [...dots.map((dot) => dot.price), ...(ceiling ? [Number(ceiling)] : [])];
  // The axis spans the prices (and the ceiling) with a margin, not from zero: a tight spread of
  // prices far from zero would otherwise sit in a sliver of the chart.
  const low = Math.min(...prices);
  const top = Math.max(...prices);
  const margin = (top - low) * 0.05 || top * 0.05 || 1;
  const median = summary.median.amount;

  const sentence = [
    `${formatCount(points.length, 'price')} ${basis}, from ${formatMoney(points[0]!.annualUnitPrice.amount)} to ${formatMoney(points[points.length - 1]!.annualUnitPrice.amount)}`,
    `median ${formatMoney(median)}`,
    ceiling ? `framework ceiling ${formatMoney(ceiling)}` : null,
    own.length > 0
      ? `your ${own.length === 1 ? 'price' : 'prices'} ${own.map((dot) => tick(dot.price)).join(', ')}`
      : null,
  ]
    .filter(Boolean)
    .join('; ');

  const moreKey = (
    <>
      <li>
        <span className="concord-key concord-key--median" aria-hidden="true" /> Median: {formatMoney(median)}
      </li>
      <li>
        <span className="concord-key concord-key--quartile" aria-hidden="true" /> Lower and upper quartiles:{' '}
        {formatMoney(summary.lowerQuartile.amount)} and {formatMoney(summary.upperQuartile.amount)}
      </li>
      {ceiling && (
        <li>
          <span className="concord-key concord-key--ceiling" aria-hidden="true" /> Lowest framework ceiling:{' '}
          {formatMoney(ceiling)}
        </li>
      )}
    </>
  );

  return (
    <ScatterFigure
      caption={`Each price compared, ${basis}`}
      label={`Strip plot: ${sentence}.`}
      describedBy={tableId}
      height={240}
      margin={{ top: 32, right: 32, bottom: 40, left: 32 }}
      others={others}
      own={own}
      keyWords={{ other: 'A price another trust pays', own: 'Your trust’s price (you are here)' }}
      moreKey={moreKey}
      othersAt={dotAt}
    >
      <XAxis
        type="number"
        dataKey="price"
        domain={[Math.max(0, low - margin), top + margin]}
        tickFormatter={tick}
        label={{ value: `Price ${basis}`, position: 'insideBottom', offset: -28, fill: colours.edge }}
        stroke={colours.edge}
      />
      <YAxis type="number" dataKey="lane" domain={[0, 1]} hide />
      <ReferenceLine
        x={Number(summary.lowerQuartile.amount)}
        stroke={colours.quartile}
        strokeDasharray="6 4"
      />
      <ReferenceLine
        x={Number(summary.upperQuartile.amount)}
        stroke={colours.quartile}
        strokeDasharray="6 4"
      />
      <ReferenceLine
        x={Number(median)}
        stroke={colours.edge}
        strokeWidth={2}
        label={{ value: 'Median', position: 'top', fill: colours.edge }}
      />
      {ceiling && (
        <ReferenceLine
          x={Number(ceiling)}
          stroke={colours.ceiling}
          strokeWidth={2}
          label={{ value: 'Ceiling', position: 'top', fill: colours.ceiling }}
        />
      )}
      {own[0] && (
        <ReferenceDot
          x={own[0].price}
          y={own[0].lane}
          r={0}
          label={{ value: 'You are here', position: 'bottom', fill: colours.edge }}
        />
      )}
    </ScatterFigure>
  );
});
