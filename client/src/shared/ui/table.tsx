import type { ReactNode } from 'react';

export type Column = string | { label: string; numeric: boolean };

/**
 * A responsive NHS table: on narrow screens each row becomes a card and every cell shows its
 * column's name inline. The caption names the table for screen readers (hidden unless `captionSize`
 * is given); the rows are the children.
 */
export function ResponsiveTable({
  caption,
  captionSize,
  columns,
  className,
  children,
}: {
  caption: ReactNode;
  /** Shows the caption as a heading of this size; hidden (for screen readers) otherwise. */
  captionSize?: 's' | 'm';
  columns: readonly Column[];
  className?: string;
  children: ReactNode;
}) {
  return (
    <table className={`nhsuk-table nhsuk-table--responsive${className ? ` ${className}` : ''}`} role="table">
      <caption
        className={`nhsuk-table__caption ${captionSize ? `nhsuk-table__caption--${captionSize}` : 'nhsuk-u-visually-hidden'}`}
      >
        {caption}
      </caption>
      <TableHead columns={columns} />
      <tbody className="nhsuk-table__body">{children}</tbody>
    </table>
  );
}

/** A row of a responsive table. */
export function Row({ children }: { children: ReactNode }) {
  return (
    <tr className="nhsuk-table__row" role="row">
      {children}
    </tr>
  );
}

/**
 * A cell of a responsive table, with its column's name inline on narrow screens (hidden from screen
 * readers, which read the real header).
 */
export function Cell({
  column,
  numeric = false,
  className,
  children,
}: {
  column: string;
  numeric?: boolean;
  className?: string;
  children: ReactNode;
}) {
  const classes = ['nhsuk-table__cell', numeric && 'nhsuk-table__cell--numeric', className];
  return (
    <td className={classes.filter(Boolean).join(' ')} role="cell">
      <span className="nhsuk-table__heading" aria-hidden="true">
        {column}{' '}
      </span>
      {/* One box for the value: on a phone the cell lays out its heading and value side by side. */}
      <span>{children}</span>
    </td>
  );
}

/** The first cell of a row, its header. */
export function RowHeader({ column, children }: { column: string; children: ReactNode }) {
  return (
    <th className="nhsuk-table__header" scope="row" role="rowheader">
      <span className="nhsuk-table__heading" aria-hidden="true">
        {column}{' '}
      </span>
      <span>{children}</span>
    </th>
  );
}

/** The head row of a responsive table; numeric columns are right-aligned. */
export function TableHead({ columns }: { columns: readonly Column[] }) {
  return (
    <thead className="nhsuk-table__head" role="rowgroup">
      <tr className="nhsuk-table__row" role="row">
        {columns.map((column) => {
          const { label, numeric } = typeof column === 'string' ? { label: column, numeric: false } : column;
          return (
            <th
              className={`nhsuk-table__header${numeric ? ' nhsuk-table__header--numeric' : ''}`}
              scope="col"
              role="columnheader"
              key={label}
            >
              {label}
            </th>
          );
        })}
      </tr>
    </thead>
  );
}
