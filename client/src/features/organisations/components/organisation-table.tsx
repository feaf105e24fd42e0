import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../../gql';
import type { OrganisationTable_OrganisationsFragment } from '../../../gql/graphql';
import { Tag } from '../../../shared/ui/tag';
import { kindLabels, trustTypeLabels } from '../labels';

export const OrganisationTable_organisations = graphql(`
  fragment OrganisationTable_organisations on OrganisationConnection {
    edges {
      node {
        id
        odsCode
        name
        kind
        trustType
        isOpen
        region {
          code
          name
        }
        icb {
          code
          name
        }
      }
    }
  }
`);

const columns = ['Name', 'ODS code', 'Kind', 'Trust type', 'Region', 'ICB'] as const;
type Column = (typeof columns)[number];

/** A responsive NHS table: on narrow screens each row becomes a card with the column names inline. */
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

export function OrganisationTable({
  caption,
  organisations,
  linkState,
}: {
  caption: string;
  organisations: OrganisationTable_OrganisationsFragment;
  /** Router state for the links to each organisation (the organisation page uses it for its back link). */
  linkState?: unknown;
}) {
  return (
    <table className="nhsuk-table nhsuk-table--responsive" role="table">
      <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">{caption}</caption>
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
        {organisations.edges.map(({ node }) => (
          <tr className="nhsuk-table__row" role="row" key={node.id}>
            <th className="nhsuk-table__header" scope="row" role="rowheader">
              <span className="nhsuk-table__heading" aria-hidden="true">
                Name{' '}
              </span>
              <span>
                <Link to={`/organisations/${encodeURIComponent(node.odsCode)}`} state={linkState}>
                  {node.name}
                </Link>
                {!node.isOpen && (
                  <>
                    {' '}
                    <Tag colour="grey">Closed</Tag>
                  </>
                )}
              </span>
            </th>
            <Cell column="ODS code">{node.odsCode}</Cell>
            <Cell column="Kind">{kindLabels[node.kind]}</Cell>
            <Cell column="Trust type">{node.trustType ? trustTypeLabels[node.trustType] : ''}</Cell>
            <Cell column="Region">{node.region?.name ?? ''}</Cell>
            <Cell column="ICB">{node.icb?.name ?? ''}</Cell>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
