import { useId, useState } from 'react';
import { XAxis, YAxis } from 'recharts';
import { graphql } from '../../../gql';
import type { PricingUnit, VolumeScatter_VolumeFragment } from '../../../gql/graphql';
import { formatCount, formatQuantity } from '../../../shared/format/count';
import { formatMoney } from '../../../shared/format/money';
import { isPerUnit, pricingUnitNouns } from '../../../shared/labels/catalogue';
import { Cell, ResponsiveTable, Row } from '../../../shared/ui/table';
import { chartColours as colours, moneyTick } from '../compare-chart';
import { priceBasis, priceHeading } from '../compare-labels';
import { spearmanSentence } from '../volume-reading';
import { ScatterFigure } from './scatter-figure';

export const VolumeScatter_volume = graphql(`
  fragment VolumeScatter_volume on PriceVersusVolume {
    n
    spearman
    pricingUnit
    points {
      quantity
      trustName
      own
      unitPrice {
        amount
      }
    }
  }
`);

type Dot = { quantity: number; price: number; own: boolean };

/** From this spread of quantities (largest ÷ smallest) the quantity axis is logarithmic. */
export const LOG_FROM = 100;

/**
 * The quantity axis: logarithmic when the quantities span `LOG_FROM` times or more (a few large
 * buyers would otherwise squeeze everyone else against the left edge), with a tick at each power of
 * ten; linear otherwise.
 */
export function quantityAxis(quantities: readonly number[]): {
  scale: 'log' | 'linear';
  domain: [number, number] | ['auto', 'auto'];
  ticks?: number[];
} {
  const low = Math.min(...quantities);
  const high = Math.max(...quantities);
  if (!(low > 0) || high / low < LOG_FROM) return { scale: 'linear', domain: ['auto', 'auto'] };
  const from = Math.floor(Math.log10(low));
  const to = Math.ceil(Math.log10(high));
  const ticks = Array.from({ length: to - from + 1 }, (_, index) => 10 ** (from + index));
  return { scale: 'log', domain: [10 ** from, 10 ** to], ticks };
}

const quantityTick = (value: number) => formatQuantity(String(value));

/** The quantity axis's name: "Quantity bought (users)"; a fixed charge's quantity is a count of charges. */
const quantityWords = (unit: PricingUnit) =>
  isPerUnit(unit) ? `Quantity bought (${pricingUnitNouns[unit].many})` : 'Quantity bought';

/**
 * "Does buying more lower the price?": each line of one product as a dot, its quantity across and
 * its price up, with Spearman's ρ in a sentence. The viewer's own lines are diamonds. Every value is
 * in the table under the chart; the chart's description is the sentence.
 */
export function VolumeScatter({
  volume,
  subject,
  ownTrustName,
  filtered,
}: {
  volume: VolumeScatter_VolumeFragment;
  /** What is compared: "Sentinel Care Record". */
  subject: string;
  /** The viewer's trust, whose lines are marked; null for central users. */
  ownTrustName: string | null;
  /** Whether the comparison above is narrowed by trusts or dates, which this does not follow. */
  filtered: boolean;
}) {
  const headingId = useId();
  const readingId = useId();
  const [tableOpen, setTableOpen] = useState(false);
  const { points, pricingUnit } = volume;
  const basis = priceBasis(pricingUnit);
  const dots: Dot[] = points.map((point) => ({
    quantity: Number(point.quantity),
    price: Number(point.unitPrice.amount),
    own: point.own,
  }));
  const reading = spearmanSentence({ spearman: volume.spearman, n: volume.n, lines: points.length });
  const quantities = dots.map((dot) => dot.quantity);
  const axis = quantityAxis(quantities);
  const own = dots.filter((dot) => dot.own);
  const prices = dots.map((dot) => dot.price);

  const after = (
    <details className="nhsuk-details" onToggle={(event) => setTableOpen(event.currentTarget.open)}>
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">
          Show the {formatCount(dots.length, 'line')} as a table
        </span>
      </summary>
      <div className="nhsuk-details__text">{tableOpen && <VolumeTable volume={volume} />}</div>
    </details>
  );

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>Does buying more lower the price?</h2>
      <p className="nhsuk-body-l" id={readingId}>
        {reading}
      </p>
      <p>
        Spearman’s ρ compares the order of the quantities with the order of the prices. It runs from −1 (the
        more a trust buys, the less it pays, every time) to 1 (the more it buys, the more it pays); near 0,
        the price does not follow the quantity.
      </p>
      <p className="nhsuk-body-s">
        {filtered
          ? `The contracts the filters above choose whose prices you can see, ${basis}.`
          : `Every contract in force today whose prices you can see, ${basis}.`}
      </p>
      {dots.length > 0 && (
        <ScatterFigure
          caption={`Price against quantity, each line of ${subject}`}
          label={`Scatter plot: ${formatCount(dots.length, 'line')}, quantities from ${quantityTick(Math.min(...quantities))} to ${quantityTick(Math.max(...quantities))}${axis.scale === 'log' ? ' (on a logarithmic scale)' : ''}, prices ${basis} from ${moneyTick(Math.min(...prices))} to ${moneyTick(Math.max(...prices))}.`}
          describedBy={readingId}
          height={320}
          margin={{ top: 16, right: 32, bottom: 40, left: 24 }}
          others={dots.filter((dot) => !dot.own)}
          own={own}
          keyWords={{
            other: ownTrustName ? 'A line another trust bought' : 'A trust’s line',
            own: 'Your trust’s line',
          }}
          after={after}
        >
          <XAxis
            type="number"
            dataKey="quantity"
            scale={axis.scale}
            domain={axis.domain}
            ticks={axis.ticks}
            allowDataOverflow={false}
            tickFormatter={quantityTick}
            label={{
              value: `${quantityWords(pricingUnit)}${axis.scale === 'log' ? ', logarithmic scale' : ''}`,
              position: 'insideBottom',
              offset: -28,
              fill: colours.edge,
            }}
            stroke={colours.edge}
          />
          <YAxis
            type="number"
            dataKey="price"
            domain={['auto', 'auto']}
            tickFormatter={moneyTick}
            width={80}
            label={{
              value: priceHeading(pricingUnit),
              angle: -90,
              position: 'insideLeft',
              offset: -8,
              style: { textAnchor: 'middle' },
              fill: colours.edge,
            }}
            stroke={colours.edge}
          />
        </ScatterFigure>
      )}
    </section>
  );
}

/** The chart's values: each line's quantity, price and trust, smallest quantity first. */
function VolumeTable({ volume }: { volume: VolumeScatter_VolumeFragment }) {
  const price = priceHeading(volume.pricingUnit);
  return (
    <ResponsiveTable
      caption="Each line’s quantity and price, smallest quantity first"
      columns={[{ label: 'Quantity', numeric: true }, { label: price, numeric: true }, 'Trust']}
    >
      {volume.points.map((point, index) => (
        <Row key={index}>
          <Cell column="Quantity" numeric>
            {formatQuantity(point.quantity)}
          </Cell>
          <Cell column={price} numeric>
            {formatMoney(point.unitPrice.amount)}
          </Cell>
          <Cell column="Trust">
            {point.trustName ?? 'Anonymous'}
            {point.own && <strong> (your trust)</strong>}
          </Cell>
        </Row>
      ))}
    </ResponsiveTable>
  );
}
