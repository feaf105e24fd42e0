import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import {
  ProductMatrixPageDocument,
  type ProductMatrixPageQuery,
  type ProductMatrixPageQueryVariables,
} from '../../../gql/graphql';
import { matrixCell, renderDashboard, setUpDashboardTests } from '../dashboard-fixtures';

const asked = setUpDashboardTests<ProductMatrixPageQueryVariables['input']>(
  () => import('./product-matrix-page'),
);

const answer: ProductMatrixPageQuery = {
  complianceMatrix: {
    __typename: 'ComplianceMatrix',
    includesUnverified: false,
    standards: [
      {
        __typename: 'ComplianceColumn',
        code: 'FHIR_UK_CORE',
        name: 'HL7 FHIR UK Core (R4)',
        category: 'INTEROPERABILITY_API',
      },
      {
        __typename: 'ComplianceColumn',
        code: 'DICOM',
        name: 'DICOM',
        category: 'INTEROPERABILITY_MESSAGING',
      },
    ],
    rows: [
      {
        __typename: 'ComplianceMatrixRow',
        productId: 'product-sentinel',
        name: 'Sentinel Care Record',
        version: '4.2',
        supplierName: 'Brightwater Clinical Informatics UK Ltd',
        category: 'EPR',
        cells: [
          matrixCell('FHIR_UK_CORE', 'PARTIAL', { remediationDueOn: '2027-09-30' }),
          matrixCell('DICOM', 'NOT_APPLICABLE'),
        ],
      },
    ],
  },
};

function renderProducts(url: string) {
  return renderDashboard({
    url,
    me: null,
    query: ProductMatrixPageDocument,
    answer: { data: answer },
    asked,
  });
}

describe('ProductMatrixPage', () => {
  it('shows each product’s latest version against standards in words, names linked to its conformance', async () => {
    const { router } = renderProducts('/compliance/products?category=epr');
    const table = await screen.findByRole('table', {
      name: /^Products against standards: 1 product against 2 standards/,
    });
    expect(asked[0]).toEqual({ subjects: 'PRODUCTS', productCategories: ['EPR'] });
    const row = within(table)
      .getByRole('rowheader', { name: /Sentinel Care Record/ })
      .closest('tr')!;
    expect(row.querySelector('th')!.textContent).toBe(
      'Sentinel Care RecordVersion 4.2 · Brightwater Clinical Informatics UK Ltd',
    );
    expect(within(row).getByRole('link', { name: 'Sentinel Care Record' }).getAttribute('href')).toBe(
      '/products/product-sentinel/conformance',
    );
    expect(
      within(row)
        .getAllByRole('cell')
        .map((cell) => cell.textContent),
    ).toEqual(['Partly compliant, plan by 30 Sep 2027 (verified)', 'Not applicable (verified)']);

    const person = userEvent.setup();
    await person.click(screen.getByLabelText('PACS and RIS'));
    await person.click(screen.getByRole('button', { name: 'Apply filters' }));
    expect(router.state.location.search).toBe('?category=epr&category=pacs-ris');
  });
});
