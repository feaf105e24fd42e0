import { graphql } from '../../../gql';
import type { SupplierSummary_SupplierFragment } from '../../../gql/graphql';
import { smeLabel } from '../../../shared/labels/catalogue';
import { SummaryList } from '../../../shared/ui/summary-list';

/** What the supplier page shows of a supplier; the mutations that change a supplier select it too. */
export const SupplierSummary_supplier = graphql(`
  fragment SupplierSummary_supplier on Supplier {
    id
    name
    companiesHouseNumber
    sme
    website
    rowVersion
    viewerCanEdit
  }
`);

/** A supplier's details as an NHS summary list. */
export function SupplierSummary({ supplier }: { supplier: SupplierSummary_SupplierFragment }) {
  return (
    <SummaryList
      rows={[
        { key: 'Companies House number', value: supplier.companiesHouseNumber },
        { key: 'Size', value: smeLabel(supplier.sme) },
        {
          key: 'Website',
          value: supplier.website ? (
            <a href={supplier.website} rel="noopener noreferrer external">
              {supplier.website.replace(/^https?:\/\//i, '').replace(/\/$/, '')}
            </a>
          ) : (
            'Not recorded'
          ),
        },
      ]}
    />
  );
}
