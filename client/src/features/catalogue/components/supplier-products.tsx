import { Link } from 'react-router';
import { graphql } from '../../../gql';
import type { SupplierProducts_ProductsFragment } from '../../../gql/graphql';
import { productCategoryLabels } from '../../../shared/labels/catalogue';
import { productPath } from '../../../shared/paths';
import { Cell, ResponsiveTable, Row, RowHeader } from '../../../shared/ui/table';

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
    <ResponsiveTable caption={`Products of ${supplierName}`} columns={['Product', 'Category', 'Versions']}>
      {products.map((product) => (
        <Row key={product.id}>
          <RowHeader column="Product">
            <Link to={productPath(product.id)}>{product.name}</Link>
          </RowHeader>
          <Cell column="Category">{productCategoryLabels[product.category]}</Cell>
          <Cell column="Versions">{product.versions.map((version) => version.version).join(', ')}</Cell>
        </Row>
      ))}
    </ResponsiveTable>
  );
}
