import type { ReactNode } from 'react';
import { graphql } from '../../../gql';
import type { AmendmentHistory_AmendmentsFragment } from '../../../gql/graphql';
import { formatDate, formatDateTime } from '../../../shared/format/date';
import { amendmentKindLabels } from '../../../shared/labels/catalogue';

export const AmendmentHistory_amendments = graphql(`
  fragment AmendmentHistory_amendments on FrameworkAmendment {
    id
    kind
    summary
    reason
    effectiveFrom
    madeAt
  }
`);

const columns = ['Takes effect', 'Change', 'Reason', 'Recorded'] as const;
type Column = (typeof columns)[number];

function Cell({ column, children }: { column: Column; children: ReactNode }) {
  return (
    <td className="nhsuk-table__cell" role="cell">
      <span className="nhsuk-table__heading" aria-hidden="true">
        {column}{' '}
      </span>
      {children}
    </td>
  );
}

/** The recorded amendments of a published framework, newest first, as the server sends them. */
export function AmendmentHistory({
  amendments,
}: {
  amendments: readonly AmendmentHistory_AmendmentsFragment[];
}) {
  return (
    <table className="nhsuk-table nhsuk-table--responsive" role="table">
      <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Amendments, newest first</caption>
      <thead className="nhsuk-table__head" role="rowgroup">
        <tr className="nhsuk-table__row" role="row">
          {columns.map((column) => (
            <th className="nhsuk-table__header" scope="col" role="columnheader" key={column}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {amendments.map((amendment) => (
          <tr className="nhsuk-table__row" role="row" key={amendment.id}>
            <Cell column="Takes effect">
              <span className="concord-nowrap">{formatDate(amendment.effectiveFrom)}</span>
            </Cell>
            <Cell column="Change">
              <strong className="nhsuk-u-display-block">{amendmentKindLabels[amendment.kind]}</strong>
              {amendment.summary}
            </Cell>
            <Cell column="Reason">{amendment.reason}</Cell>
            <Cell column="Recorded">
              <span className="concord-nowrap">{formatDateTime(amendment.madeAt)}</span>
            </Cell>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
