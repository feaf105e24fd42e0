import { graphql } from '../../../gql';
import type { ProductVersions_ProductFragment } from '../../../gql/graphql';
import { formatDate } from '../../../shared/format/date';
import { Cell, RowHeader, TableHead } from './table-cell';

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
    <table className="nhsuk-table nhsuk-table--responsive" role="table">
      <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Versions of {product.name}</caption>
      <TableHead columns={['Version', 'Released on']} />
      <tbody className="nhsuk-table__body">
        {product.versions.map((version) => (
          <tr className="nhsuk-table__row" role="row" key={version.id}>
            <RowHeader column="Version">{version.version}</RowHeader>
            <Cell column="Released on">
              <span className="concord-nowrap">
                {version.releasedOn ? formatDate(version.releasedOn) : 'Not recorded'}
              </span>
            </Cell>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
