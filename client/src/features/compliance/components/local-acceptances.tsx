import { graphql } from '../../../gql';
import type { LocalAcceptances_AcceptancesFragment } from '../../../gql/graphql';
import { formatDateTime } from '../../../shared/format/date';
import { Cell, ResponsiveTable, Row, RowHeader } from '../../../shared/ui/table';

export const LocalAcceptances_acceptances = graphql(`
  fragment LocalAcceptances_acceptances on LocalAcceptance {
    id
    acceptedAt
    acceptedByName
    note
    organisation {
      id
      name
    }
  }
`);

/**
 * Trusts that accepted a product declaration for their own use (a DCB0160 sign-off relying on the
 * supplier's DCB0129 evidence): the viewer's trust's, or every trust's for central users.
 */
export function LocalAcceptances({
  acceptances,
}: {
  acceptances: readonly LocalAcceptances_AcceptancesFragment[];
}) {
  if (acceptances.length === 0) {
    return <p>No trust you can see has accepted this declaration for its own use.</p>;
  }
  return (
    <ResponsiveTable
      caption="Trusts that accepted this declaration"
      columns={['Trust', 'What it relied on', 'Accepted']}
    >
      {acceptances.map((acceptance) => (
        <Row key={acceptance.id}>
          <RowHeader column="Trust">{acceptance.organisation.name}</RowHeader>
          <Cell column="What it relied on">
            <span className="concord-pre-line">{acceptance.note}</span>
          </Cell>
          <Cell column="Accepted">
            <span className="concord-nowrap">{formatDateTime(acceptance.acceptedAt)}</span>
            {acceptance.acceptedByName && <>, by {acceptance.acceptedByName}</>}
          </Cell>
        </Row>
      ))}
    </ResponsiveTable>
  );
}
