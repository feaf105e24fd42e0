import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../../gql';
import type { PricingUnit } from '../../../gql/graphql';
import { formatInteger } from '../../../shared/format/count';
import { retry } from '../../../shared/graphql/describe-error';
import { pricingUnitChoices } from '../../../shared/labels/catalogue';
import { Loading } from '../../../shared/ui/load-problem';
import { Cell, ResponsiveTable, Row, RowHeader } from '../../../shared/ui/table';
import { formatRho, linkShortWords, spearmanSentence } from '../volume-reading';

const VOLUME_BY_PRODUCT_QUERY = graphql(`
  query VolumeByProduct($input: PriceVersusVolumeInput!) {
    priceVersusVolume(input: $input) {
      n
      spearman
      products {
        productId
        name
        n
        spearman
      }
    }
  }
`);

/**
 * "Across all products": whether buying more lowers the price across every product priced in the
 * unit, pooled, and for each product with 5 lines or more (most lines first), each a link to
 * compare that product. Asked for only when opened: it reads every line in the unit.
 */
export function VolumeByProduct({
  pricingUnit,
  productLink,
}: {
  pricingUnit: PricingUnit;
  /** The address (query string) of the comparison of one product, in the same unit. */
  productLink: (productId: string) => string;
}) {
  const [open, setOpen] = useState(false);
  return (
    <details className="nhsuk-details" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">Across all products</span>
      </summary>
      <div className="nhsuk-details__text">
        {open && <ProductCorrelations pricingUnit={pricingUnit} productLink={productLink} />}
      </div>
    </details>
  );
}

function ProductCorrelations({
  pricingUnit,
  productLink,
}: {
  pricingUnit: PricingUnit;
  productLink: (productId: string) => string;
}) {
  const result = useQuery(VOLUME_BY_PRODUCT_QUERY, { variables: { input: { pricingUnit } } });
  const unit = pricingUnitChoices[pricingUnit].toLowerCase();
  if (result.error) {
    return (
      <div role="alert">
        <p>The figures across all products could not be loaded.</p>
        <button
          className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
          type="button"
          onClick={() => retry(result.refetch)}
        >
          Try again
        </button>
      </div>
    );
  }
  if (result.dataState !== 'complete') return <Loading>Working out every product’s figures…</Loading>;
  const volume = result.data.priceVersusVolume;
  return (
    <>
      <p>
        Every product priced {unit}, each line ranked within its own product so that products of different
        prices can be read together. {spearmanSentence(volume)}
      </p>
      {volume.products.length === 0 ? (
        <p>No product priced {unit} has 5 lines or more that you can see.</p>
      ) : (
        <ResponsiveTable
          caption={`Each product with 5 lines or more, ${unit}, most lines first`}
          captionSize="s"
          columns={[
            'Product',
            { label: 'Lines', numeric: true },
            { label: 'Spearman’s ρ', numeric: true },
            'Link between quantity and price',
          ]}
        >
          {volume.products.map((product) => (
            <Row key={product.productId}>
              <RowHeader column="Product">
                <Link to={{ search: productLink(product.productId) }}>{product.name}</Link>
              </RowHeader>
              <Cell column="Lines" numeric>
                {formatInteger(product.n)}
              </Cell>
              <Cell column="Spearman’s ρ" numeric>
                {product.spearman === null ? '–' : formatRho(product.spearman)}
              </Cell>
              <Cell column="Link between quantity and price">{linkShortWords(product.spearman)}</Cell>
            </Row>
          ))}
        </ResponsiveTable>
      )}
    </>
  );
}
