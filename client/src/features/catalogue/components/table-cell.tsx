import type { ReactNode } from 'react';

/**
 * Cells of a responsive NHS table: on narrow screens each row becomes a card and every cell shows
 * its column's name inline (hidden from screen readers, which read the real header).
 */
export function Cell({
  column,
  numeric = false,
  children,
}: {
  column: string;
  numeric?: boolean;
  children: ReactNode;
}) {
  return (
    <td className={`nhsuk-table__cell${numeric ? ' nhsuk-table__cell--numeric' : ''}`} role="cell">
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

/** The head row of a responsive NHS table. */
export function TableHead({
  columns,
}: {
  columns: readonly (string | { label: string; numeric: boolean })[];
}) {
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
