import '../dashboard.css';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, type ReactNode } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../../gql';
import type { ComplianceCellState } from '../../../gql/graphql';
import { cellStateLabels } from '../../../shared/labels/compliance';
import { declarationPath, standardPath } from '../../../shared/paths';
import { cellStateMeanings, cellTint, cellWords, legendOrder, type CellFacts } from '../cell-text';

/** What a matrix's cell shows. */
export const ComplianceHeatmap_cell = graphql(`
  fragment ComplianceHeatmap_cell on ComplianceCell {
    standardCode
    state
    level
    remediationDueOn
    expiresOn
    verified
    declarationId
  }
`);

export type HeatmapColumn = { code: string; name: string };

/** A cell: what it says, and the declaration behind it when the viewer may read it. */
export type HeatmapCell = CellFacts & { declarationId: string | null };

export type HeatmapRow = {
  key: string;
  /** The row's header: the subject's name (a link to its page) and what identifies it. */
  header: ReactNode;
  /** One a column, in the columns' order; null where the view leaves the cell out (no gap). */
  cells: readonly (HeatmapCell | null)[];
};

/** From this many rows only the rows in view are drawn (ADR 0011). */
export const VIRTUALISE_FROM = 200;

/**
 * Subjects against standards: an HTML table in a scrolling region (reached by keyboard, named by the
 * caption), whose head row and first column stay in view as it scrolls, so it reads on a phone.
 * Every cell says its state in words ("Planned by 1 Jun 2027 (verified)"); its tint only reinforces
 * them. A cell with a declaration the viewer may read links to it. Long tables draw only the rows in
 * view, keeping the row count and each row's place for screen readers.
 */
export function ComplianceHeatmap({
  caption,
  captionId,
  rowHeading,
  columns,
  rows,
  today,
}: {
  caption: string;
  captionId: string;
  /** The first column's heading: "Trust", "Product", "System". */
  rowHeading: string;
  columns: readonly HeatmapColumn[];
  rows: readonly HeatmapRow[];
  today: string;
}) {
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtual = rows.length >= VIRTUALISE_FROM;
  // The app does not use the React Compiler; the rule only warns that it would skip this component.
  // eslint-disable-next-line react-hooks/incompatible-library -- the virtualizer redraws on scroll itself
  const virtualizer = useVirtualizer({
    count: virtual ? rows.length : 0,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => 72,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const before = virtual ? (items[0]?.start ?? 0) : 0;
  const after = virtual ? virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0) : 0;
  const shown = virtual
    ? items.map((item) => ({ row: rows[item.index]!, index: item.index }))
    : rows.map((row, index) => ({ row, index }));
  const spacer = (height: number) =>
    height > 0 && (
      <tr aria-hidden="true">
        <td className="concord-heat__spacer" style={{ height }} colSpan={columns.length + 1} />
      </tr>
    );

  return (
    // A scrolling region reached by keyboard (WCAG 2.1.1), named by the table's caption.
    <div
      className="concord-heat-scroll"
      ref={scrollRef}
      tabIndex={0}
      role="region"
      aria-labelledby={captionId}
    >
      <table className="nhsuk-table concord-heat" aria-rowcount={virtual ? rows.length + 1 : undefined}>
        <caption className="nhsuk-table__caption nhsuk-u-visually-hidden" id={captionId}>
          {caption}
        </caption>
        <thead className="nhsuk-table__head">
          <tr className="nhsuk-table__row" aria-rowindex={virtual ? 1 : undefined}>
            <th className="nhsuk-table__header concord-heat__corner" scope="col">
              {rowHeading}
            </th>
            {columns.map((column) => (
              <th className="nhsuk-table__header concord-heat__standard" scope="col" key={column.code}>
                <Link to={standardPath(column.code)}>{column.code}</Link>
                <span className="concord-heat__name">{column.name}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="nhsuk-table__body">
          {spacer(before)}
          {shown.map(({ row, index }) => (
            <tr
              className="nhsuk-table__row"
              key={row.key}
              aria-rowindex={virtual ? index + 2 : undefined}
              data-index={virtual ? index : undefined}
              ref={virtual ? virtualizer.measureElement : undefined}
            >
              <th className="nhsuk-table__header concord-heat__subject" scope="row">
                {row.header}
              </th>
              {columns.map((column, at) => (
                <HeatCell key={column.code} cell={row.cells[at] ?? null} today={today} />
              ))}
            </tr>
          ))}
          {spacer(after)}
        </tbody>
      </table>
    </div>
  );
}

function HeatCell({ cell, today }: { cell: HeatmapCell | null; today: string }) {
  if (!cell) {
    return (
      <td className="nhsuk-table__cell concord-heat__cell">
        <span className="concord-heat__detail">No gap</span>
      </td>
    );
  }
  const { label, detail } = cellWords(cell, today);
  return (
    <td className={`nhsuk-table__cell concord-heat__cell ${cellTint(cell.state)}`}>
      {cell.declarationId ? (
        <Link className="concord-heat__state" to={declarationPath(cell.declarationId)}>
          {label}
        </Link>
      ) : (
        <span className="concord-heat__state">{label}</span>
      )}
      {detail && <span className="concord-heat__detail">{detail}</span>}
    </td>
  );
}

/** The key to the table: what each state means, each beside the tint its cells have. */
export function HeatmapLegend({
  states = legendOrder,
  children,
}: {
  states?: readonly ComplianceCellState[];
  /** More to say under the key (how figures are counted). */
  children?: ReactNode;
}) {
  return (
    <div className="concord-heat-legend">
      <h3 className="nhsuk-heading-s">What the cells say</h3>
      <ul className="nhsuk-list concord-heat-legend__list">
        {states.map((state) => (
          <li key={state}>
            <span className={`concord-heat-swatch ${cellTint(state)}`} aria-hidden="true" />
            <strong>{cellStateLabels[state]}</strong>: {cellStateMeanings[state]}
          </li>
        ))}
      </ul>
      {children}
    </div>
  );
}
