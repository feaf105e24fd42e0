import { Link } from 'react-router';
import { graphql } from '../../../gql';
import type { SupplierTable_SuppliersFragment } from '../../../gql/graphql';
import { formatInteger } from '../../../shared/format/count';
import { supplierPath } from '../../../shared/paths';
import { Cell, ResponsiveTable, Row, RowHeader } from '../../../shared/ui/table';
import { Tag } from '../../../shared/ui/tag';

export const SupplierTable_suppliers = graphql(`
  fragment SupplierTable_suppliers on SupplierConnection {
    edges {
      node {
        id
        name
        companiesHouseNumber
        sme
        products {
          id
        }
        awards {
          id
        }
      }
    }
  }
`);

const columns = [
  'Name',
  'Companies House number',
  { label: 'Products', numeric: true },
  { label: 'Lots approved on', numeric: true },
] as const;

/** A page of suppliers: name (with an SME tag), Companies House number, and how many products and lots. */
export function SupplierTable({
  caption,
  suppliers,
  linkState,
}: {
  caption: string;
  suppliers: SupplierTable_SuppliersFragment;
  /** Router state for the links to each supplier (its page uses it for the back link). */
  linkState?: unknown;
}) {
  return (
    <ResponsiveTable caption={caption} columns={columns}>
      {suppliers.edges.map(({ node }) => (
        <Row key={node.id}>
          <RowHeader column="Name">
            <Link to={supplierPath(node.id)} state={linkState}>
              {node.name}
            </Link>
            {node.sme && (
              <>
                {' '}
                <Tag colour="blue">SME</Tag>
              </>
            )}
          </RowHeader>
          <Cell column="Companies House number">{node.companiesHouseNumber}</Cell>
          <Cell column="Products" numeric>
            {formatInteger(node.products.length)}
          </Cell>
          <Cell column="Lots approved on" numeric>
            {formatInteger(node.awards.length)}
          </Cell>
        </Row>
      ))}
    </ResponsiveTable>
  );
}
