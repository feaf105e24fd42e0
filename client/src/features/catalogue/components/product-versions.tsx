import { graphql } from '../../../gql';
import type { ProductVersions_ProductFragment } from '../../../gql/graphql';
import { formatDate } from '../../../shared/format/date';
import { Cell, ResponsiveTable, Row, RowHeader } from '../../../shared/ui/table';

export const ProductVersions_product = graphql(`
  fragment ProductVersions_product on Product {
    id
    name
    versions {
      id
      version
      releasedOn
    }
  }
`);

/** A product's versions, oldest first, with their release dates. */
export function ProductVersions({ product }: { product: ProductVersions_ProductFragment }) {
  return (
    <ResponsiveTable caption={`Versions of ${product.name}`} columns={['Version', 'Released on']}>
      {product.versions.map((version) => (
        <Row key={version.id}>
          <RowHeader column="Version">{version.version}</RowHeader>
          <Cell column="Released on">
            <span className="concord-nowrap">
              {version.releasedOn ? formatDate(version.releasedOn) : 'Not recorded'}
            </span>
          </Cell>
        </Row>
      ))}
    </ResponsiveTable>
  );
}
