import { Link } from 'react-router';
import { graphql } from '../../../gql';
import type { OrganisationTable_OrganisationsFragment } from '../../../gql/graphql';
import { Cell, ResponsiveTable, Row, RowHeader } from '../../../shared/ui/table';
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

const columns = ['Name', 'ODS code', 'Kind', 'Trust type', 'Region', 'ICB'];

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
    <ResponsiveTable caption={caption} columns={columns}>
      {organisations.edges.map(({ node }) => (
        <Row key={node.id}>
          <RowHeader column="Name">
            <Link to={`/organisations/${encodeURIComponent(node.odsCode)}`} state={linkState}>
              {node.name}
            </Link>
            {!node.isOpen && (
              <>
                {' '}
                <Tag colour="grey">Closed</Tag>
              </>
            )}
          </RowHeader>
          <Cell column="ODS code">{node.odsCode}</Cell>
          <Cell column="Kind">{kindLabels[node.kind]}</Cell>
          <Cell column="Trust type">{node.trustType ? trustTypeLabels[node.trustType] : ''}</Cell>
          <Cell column="Region">{node.region?.name ?? ''}</Cell>
          <Cell column="ICB">{node.icb?.name ?? ''}</Cell>
        </Row>
      ))}
    </ResponsiveTable>
  );
}
