import { Link } from 'react-router';
import { graphql } from '../../../gql';
import type { ProductSummary_ProductFragment } from '../../../gql/graphql';
import { productCategoryLabels } from '../../../shared/labels/catalogue';
import { supplierPath } from '../../../shared/paths';
import { SummaryList } from '../../../shared/ui/summary-list';
import { toProductsParams, noProductFilters } from '../products-params';

/** What the product page shows of a product; the mutations that change a product select it too. */
export const ProductSummary_product = graphql(`
  fragment ProductSummary_product on Product {
    id
    name
    category
    description
    rowVersion
    viewerCanEdit
    cpv {
      code
      label
    }
    supplier {
      id
      name
    }
  }
`);

/** A product's details as an NHS summary list. */
export function ProductSummary({ product }: { product: ProductSummary_ProductFragment }) {
  const sameCode = toProductsParams({ ...noProductFilters, cpvCode: product.cpv.code }).toString();
  return (
    <SummaryList
      rows={[
        {
          key: 'Supplier',
          value: <Link to={supplierPath(product.supplier.id)}>{product.supplier.name}</Link>,
        },
        { key: 'Category', value: productCategoryLabels[product.category] },
        {
          key: 'CPV code',
          value: (
            <>
              {product.cpv.code}: {product.cpv.label}
              <br />
              <Link className="nhsuk-body-s" to={`/products?${sameCode}`}>
                Other products with this code
              </Link>
            </>
          ),
        },
        {
          key: 'Description',
          value: product.description ? <Paragraphs text={product.description} /> : 'No description yet',
        },
      ]}
    />
  );
}

/** Text with blank lines between paragraphs, as typed in the description box. */
function Paragraphs({ text }: { text: string }) {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  return (
    <>
      {paragraphs.map((paragraph, index) => (
        <p className={index === paragraphs.length - 1 ? 'nhsuk-u-margin-bottom-0' : undefined} key={index}>
          {paragraph}
        </p>
      ))}
    </>
  );
}
