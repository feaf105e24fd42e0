import { Link } from 'react-router';
import { graphql } from '../../../gql';
import type { ProductTable_ProductsFragment } from '../../../gql/graphql';
import { productCategoryLabels } from '../../../shared/labels/catalogue';
import { productPath, supplierPath } from '../../../shared/paths';
import { Cell, ResponsiveTable, Row, RowHeader } from '../../../shared/ui/table';

export const ProductTable_products = graphql(`
  fragment ProductTable_products on ProductConnection {
    edges {
      node {
        id
        name
        category
        cpv {
          code
          label
        }
        supplier {
          id
          name
        }
      }
    }
  }
`);

/** A page of products: name, supplier, category and CPV code. */
export function ProductTable({
  caption,
  products,
  linkState,
}: {
  caption: string;
  products: ProductTable_ProductsFragment;
  /** Router state for the links to each product (its page uses it for the back link). */
  linkState?: unknown;
}) {
  return (
    <ResponsiveTable caption={caption} columns={['Product', 'Supplier', 'Category', 'CPV code']}>
      {products.edges.map(({ node }) => (
        <Row key={node.id}>
          <RowHeader column="Product">
            <Link to={productPath(node.id)} state={linkState}>
              {node.name}
            </Link>
          </RowHeader>
          <Cell column="Supplier">
            <Link to={supplierPath(node.supplier.id)}>{node.supplier.name}</Link>
          </Cell>
          <Cell column="Category">{productCategoryLabels[node.category]}</Cell>
          <Cell column="CPV code">
            <span className="concord-nowrap">{node.cpv.code}</span>
            <span className="nhsuk-u-visually-hidden">: {node.cpv.label}</span>
          </Cell>
        </Row>
      ))}
    </ResponsiveTable>
  );
}
