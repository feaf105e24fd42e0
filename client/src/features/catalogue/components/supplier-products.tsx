import { Link } from 'react-router';
import { graphql } from '../../../gql';
import type { SupplierProducts_ProductsFragment } from '../../../gql/graphql';
import { productCategoryLabels } from '../../../shared/labels/catalogue';
import { productPath } from '../paths';
import { Cell, RowHeader, TableHead } from './table-cell';

export const SupplierProducts_products = graphql(`
  fragment SupplierProducts_products on Product {
    id
    name
    category
    versions {
      id
      version
    }
  }
`);

/** A supplier's products, by name, each linking to its page. */
export function SupplierProducts({
  supplierName,
  products,
}: {
  supplierName: string;
  products: readonly SupplierProducts_ProductsFragment[];
}) {
  if (products.length === 0) return <p>No products are recorded for {supplierName} yet.</p>;
  return (
    <table className="nhsuk-table nhsuk-table--responsive" role="table">
      <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">Products of {supplierName}</caption>
      <TableHead columns={['Product', 'Category', 'Versions']} />
      <tbody className="nhsuk-table__body">
        {products.map((product) => (
          <tr className="nhsuk-table__row" role="row" key={product.id}>
            <RowHeader column="Product">
              <Link to={productPath(product.id)}>{product.name}</Link>
            </RowHeader>
            <Cell column="Category">{productCategoryLabels[product.category]}</Cell>
            <Cell column="Versions">{product.versions.map((version) => version.version).join(', ')}</Cell>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
