import { useVirtualizer } from '@tanstack/react-virtual';
import { useMemo, useRef, type ReactNode } from 'react';
import { graphql } from '../../../gql';
import type { PricePoints_BenchmarkFragment } from '../../../gql/graphql';
import { downloadCsv, toCsv } from '../../../shared/csv/csv';
import { formatCount, formatQuantity } from '../../../shared/format/count';
import { formatMoney } from '../../../shared/format/money';
import { priceHeading } from '../compare-labels';
import type { PointSort } from '../compare-params';

export const PricePoints_benchmark = graphql(`
  fragment PricePoints_benchmark on PriceBenchmark {
    subject
    activeOn
    pricingUnit
    points {
      annualUnitPrice {
        amount
      }
      quantity
      trustName
      trustOdsCode
      supplierName
      own
    }
  }
`);

type Point = PricePoints_BenchmarkFragment['points'][number];

/** From this many rows the table draws only the rows in view (and a few either side). */
export const VIRTUALISE_FROM = 200;

const ANONYMOUS = 'Anonymous';

function sortPoints(points: readonly Point[], sort: PointSort): Point[] {
  const [field, direction] = sort.split('-') as ['price' | 'quantity', 'desc' | undefined];
  const value = (point: Point) => Number(field === 'price' ? point.annualUnitPrice.amount : point.quantity);
  const sign = direction === 'desc' ? -1 : 1;
  return [...points].sort((a, b) => sign * (value(a) - value(b)));
}

/** The prices as a CSV file for a spreadsheet: exact amounts; an anonymous price has no ODS code or supplier. */
export function pointsCsv(benchmark: Pick<PricePoints_BenchmarkFragment, 'pricingUnit' | 'points'>): string {
  return toCsv(
    [
      `${priceHeading(benchmark.pricingUnit)} (GBP)`,
      'Quantity',
      'Trust',
      'ODS code',
      'Supplier',
      'Your trust',
    ],
    benchmark.points.map((point) => [
      point.annualUnitPrice.amount,
      point.quantity,
      point.trustName ?? ANONYMOUS,
      point.trustOdsCode,
      point.supplierName,
      point.own ? 'Yes' : 'No',
    ]),
  );
}

/** "compare-sentinel-care-record-per-user-2026-11-23.csv" */
function fileName(benchmark: PricePoints_BenchmarkFragment): string {
  const slug = `${benchmark.subject} ${benchmark.pricingUnit}`
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `compare-${slug}-${benchmark.activeOn}.csv`;
}

/**
 * Every price compared, sortable by price and by quantity (the order is in the address), with a CSV
 * download made in the browser. A long table draws only the rows in view, in a scrolling region
 * that keeps the table's row count and each row's place for screen readers.
 */
export function PricePoints({
  benchmark,
  captionId,
  sort,
  onSort,
}: {
  benchmark: PricePoints_BenchmarkFragment;
  /** The caption's id: the chart's description points to it. */
  captionId: string;
  sort: PointSort;
  onSort: (sort: PointSort) => void;
}) {
  const rows = useMemo(() => sortPoints(benchmark.points, sort), [benchmark.points, sort]);
  const price = priceHeading(benchmark.pricingUnit);
  if (rows.length === 0) return null;
  const caption = `Every price compared: ${formatCount(rows.length, 'price')}`;
  const head = (
    <thead className="nhsuk-table__head">
      <tr className="nhsuk-table__row">
        <SortHeader label={price} field="price" sort={sort} onSort={onSort} />
        <SortHeader label="Quantity" field="quantity" sort={sort} onSort={onSort} />
        <th className="nhsuk-table__header" scope="col">
          Trust
        </th>
        <th className="nhsuk-table__header" scope="col">
          Supplier
        </th>
      </tr>
    </thead>
  );
  const captionElement = (
    <caption className="nhsuk-table__caption nhsuk-table__caption--m" id={captionId}>
      {caption}
      <span className="nhsuk-u-visually-hidden">, the values of the chart above</span>
    </caption>
  );
  return (
    <>
      <button
        className="nhsuk-button nhsuk-button--secondary"
        type="button"
        onClick={() => downloadCsv(fileName(benchmark), pointsCsv(benchmark))}
      >
        Download as CSV<span className="nhsuk-u-visually-hidden"> ({formatCount(rows.length, 'price')})</span>
      </button>
      {rows.length < VIRTUALISE_FROM ? (
        <table className="nhsuk-table concord-points-table">
          {captionElement}
          {head}
          <tbody className="nhsuk-table__body">
            {rows.map((point, index) => (
              <PointRow key={index} point={point} />
            ))}
          </tbody>
        </table>
      ) : (
        <VirtualRows rows={rows} caption={captionElement} head={head} captionId={captionId} />
      )}
    </>
  );
}

function VirtualRows({
  rows,
  caption,
  head,
  captionId,
}: {
  rows: readonly Point[];
  caption: ReactNode;
  head: ReactNode;
  captionId: string;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  // The app does not use the React Compiler; the rule only warns that it would skip this component.
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer redraws on scroll itself
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 49,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const before = items[0]?.start ?? 0;
  const after = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  return (
    // A scrolling region reached by keyboard (WCAG 2.1.1), named by the table's caption.
    <div
      className="concord-points-scroll"
      ref={scrollRef}
      tabIndex={0}
      role="region"
      aria-labelledby={captionId}
    >
      <table className="nhsuk-table concord-points-table" aria-rowcount={rows.length + 1}>
        {caption}
        {head}
        <tbody className="nhsuk-table__body">
          {before > 0 && (
            <tr aria-hidden="true">
              <td style={{ height: before, padding: 0, border: 0 }} colSpan={4} />
            </tr>
          )}
          {items.map((item) => (
            <PointRow
              key={item.key}
              point={rows[item.index]!}
              rowIndex={item.index + 2}
              measure={virtualizer.measureElement}
              dataIndex={item.index}
            />
          ))}
          {after > 0 && (
            <tr aria-hidden="true">
              <td style={{ height: after, padding: 0, border: 0 }} colSpan={4} />
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}

function PointRow({
  point,
  rowIndex,
  measure,
  dataIndex,
}: {
  point: Point;
  rowIndex?: number;
  measure?: (element: Element | null) => void;
  dataIndex?: number;
}) {
  return (
    <tr
      className={`nhsuk-table__row${point.own ? ' concord-own-row' : ''}`}
      aria-rowindex={rowIndex}
      ref={measure}
      data-index={dataIndex}
    >
      <th className="nhsuk-table__header nhsuk-table__cell--numeric" scope="row">
        {formatMoney(point.annualUnitPrice.amount)}
      </th>
      <td className="nhsuk-table__cell nhsuk-table__cell--numeric">{formatQuantity(point.quantity)}</td>
      <td className="nhsuk-table__cell">
        {point.trustName ?? ANONYMOUS}
        {point.own && <strong> (your trust)</strong>}
      </td>
      <td className="nhsuk-table__cell">{point.supplierName ?? ANONYMOUS}</td>
    </tr>
  );
}

/** A column header that sorts the table: lowest first, then highest first on a second press. */
function SortHeader({
  label,
  field,
  sort,
  onSort,
}: {
  label: string;
  field: 'price' | 'quantity';
  sort: PointSort;
  onSort: (sort: PointSort) => void;
}) {
  const current = sort === field ? 'ascending' : sort === `${field}-desc` ? 'descending' : 'none';
  const next: PointSort = current === 'ascending' ? `${field}-desc` : field;
  return (
    <th className="nhsuk-table__header nhsuk-table__header--numeric" scope="col" aria-sort={current}>
      <button className="concord-sort-button" type="button" onClick={() => onSort(next)}>
        {label}
        <span className="nhsuk-u-visually-hidden">
          , sort {next.endsWith('-desc') ? 'highest first' : 'lowest first'}
        </span>
        <span aria-hidden="true">
          {current === 'ascending' ? ' ▲' : current === 'descending' ? ' ▼' : ''}
        </span>
      </button>
    </th>
  );
}
