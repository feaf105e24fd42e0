import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FrameworkPageDocument, type FrameworkPageQuery } from '../../../gql/graphql';
import { FakeSession, renderFrame } from '../../../test/render-frame';
import { frameworksRoutes } from '../routes';

beforeAll(() => {
  // jsdom does not scroll; React Router's scroll restoration asks it to.
  window.scrollTo = () => undefined;
});
afterEach(cleanup);

type Framework = NonNullable<FrameworkPageQuery['framework']>;
type Price = Framework['lots'][number]['awards'][number]['prices'][number];
type EarlierPrice = Framework['lots'][number]['awards'][number]['allPrices'][number];

const money = (amount: string) => ({ __typename: 'Money' as const, amount });
const band = (from: number, to: number | null, amount: string) => ({
  __typename: 'PriceTier' as const,
  from,
  to,
  unitPrice: money(amount),
});
const version = (id: string, name: string, number: string) => ({
  __typename: 'ProductVersion' as const,
  id: `version-${id}`,
  version: number,
  product: { __typename: 'Product' as const, id: `product-${id}`, name },
});

const solacePerUser: Price = {
  __typename: 'CataloguePrice',
  id: 'price-solace-user',
  pricingUnit: 'PER_USER',
  billingPeriod: 'ANNUAL',
  role: null,
  grade: null,
  validFrom: '2026-01-05',
  validTo: null,
  ceilingUnitPrice: money('10.0000'),
  tierCalculation: null,
  tiers: null,
  productVersion: version('solace', 'Solace Clinical Record', '2026.1'),
};
const mirabelPerBed: Price = {
  ...solacePerUser,
  id: 'price-mirabel-bed',
  pricingUnit: 'PER_BED',
  ceilingUnitPrice: money('1685.0000'),
  tierCalculation: 'CUMULATIVE',
  tiers: [band(1, 250, '1685.0000'), band(251, null, '1430.0000')],
  productVersion: version('mirabel', 'Mirabel Electronic Patient Record', '2.1'),
};
const replaced: EarlierPrice = {
  ...solacePerUser,
  id: 'price-solace-old',
  ceilingUnitPrice: money('12.0000'),
  validTo: '2026-03-31',
};

function framework(overrides: Partial<Framework> = {}): Framework {
  return {
    __typename: 'Framework',
    id: 'framework-1',
    reference: 'CDX-2026-001',
    title: 'Clinical Digital Systems 2',
    status: 'PUBLISHED',
    description: 'Core clinical and administrative systems for trusts.',
    startDate: '2026-01-05',
    endDate: '2029-12-31',
    publishedAt: '2026-01-05T09:00:00.000Z',
    withdrawnReason: null,
    ocdsUrl: '/ocds/frameworks/CDX-2026-001.json',
    viewerCanEdit: false,
    viewerCanAmend: false,
    owner: { __typename: 'Organisation', id: 'org-x24', odsCode: 'X24', name: 'NHS England' },
    lots: [
      {
        __typename: 'Lot',
        id: 'lot-1',
        number: 1,
        title: 'Electronic patient records',
        scope: 'EPR software, implementation and support.',
        category: 'EPR',
        requiredStandards: [
          { __typename: 'Standard', id: 'std-1', code: 'DCB0129', name: 'Clinical Risk Management' },
        ],
        awards: [
          {
            __typename: 'LotAward',
            id: 'award-1',
            awardedOn: '2026-01-05',
            supplier: {
              __typename: 'Supplier',
              id: 'supplier-1',
              name: 'Eastling Clinical Software Ltd',
              sme: true,
            },
            prices: [mirabelPerBed, solacePerUser],
            allPrices: [mirabelPerBed, replaced, solacePerUser],
          },
        ],
      },
    ],
    amendments: [
      {
        __typename: 'FrameworkAmendment',
        id: 'amendment-1',
        kind: 'CHANGE_PRICE',
        summary: 'Solace Clinical Record 2026.1: ceiling price from £12.00 to £10.00 per user per year.',
        reason: 'Supplier lowered its price after the annual review.',
        effectiveFrom: '2026-04-01',
        madeAt: '2026-03-20T10:15:00.000Z',
      },
    ],
    ...overrides,
  };
}

function renderPage(reference: string, found: Framework | null = framework()) {
  return renderFrame({
    url: `/frameworks/${reference}`,
    routes: frameworksRoutes,
    mocks: [
      new FakeSession().viewerMock(),
      {
        request: { query: FrameworkPageDocument, variables: { reference } },
        result: { data: { framework: found } },
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
    ],
  });
}

/** The summary of a details element, by its whole text (hidden parts included, as a screen reader reads it). */
function disclosure(text: string): HTMLElement {
  return screen.getByText((_, element) => element?.tagName === 'SUMMARY' && element.textContent === text);
}

/** The value next to a key in the calculator's result. */
function resultValue(group: HTMLElement, key: string): string | null {
  return within(group).getByText(key, { selector: 'dt' }).nextElementSibling?.textContent ?? null;
}

describe('FrameworkPage', () => {
  it('shows the framework, its lot, standards and the demo-prices notice', async () => {
    renderPage('CDX-2026-001');
    expect(await screen.findByRole('heading', { level: 1, name: 'Clinical Digital Systems 2' })).toBeTruthy();
    expect(screen.getByRole('note').textContent).toContain('Demo data');
    const lot = screen.getByRole('region', { name: 'Lot 1: Electronic patient records' });
    expect(within(lot).getByRole('link', { name: 'Clinical Risk Management' }).getAttribute('href')).toBe(
      '/standards/DCB0129',
    );
    expect(screen.getByRole('link', { name: 'Download as OCDS 1.1 (JSON)' }).getAttribute('href')).toBe(
      '/ocds/frameworks/CDX-2026-001.json',
    );
    expect(screen.getByRole('link', { name: 'Supplier details' }).getAttribute('href')).toBe(
      '/suppliers/supplier-1',
    );
    expect(screen.getByRole('link', { name: 'Solace Clinical Record' }).getAttribute('href')).toBe(
      '/products/product-solace',
    );
    expect(document.title).toBe('Clinical Digital Systems 2 (CDX-2026-001) – Concord');
  });

  it('says prices in plain English, with CUMULATIVE bands in a table', async () => {
    renderPage('CDX-2026-001');
    await screen.findByRole('heading', { level: 1 });
    expect(
      screen.getByText((_, element) => element?.textContent === 'Up to £10.00 per user per year', {
        selector: 'p',
      }),
    ).toBeTruthy();
    const bands = screen.getByRole('table', {
      name: 'Volume bands: Mirabel Electronic Patient Record 2.1, per bed per year',
    });
    const rows = within(bands)
      .getAllByRole('row')
      .map((row) => row.textContent);
    expect(rows).toEqual(['Number of bedsPrice per bed', '1 to 250£1,685.00', '251 and above£1,430.00']);
    expect(screen.getByText(/^Each band at its own price/).textContent).toContain(
      'For example, 300 beds cost 250 × £1,685.00 + 50 × £1,430.00.',
    );
  });

  it('works out a price with the calculator of one product’s per-user price', async () => {
    const person = userEvent.setup();
    renderPage('CDX-2026-001');
    await screen.findByRole('heading', { level: 1 });

    await person.click(disclosure('Eastling Clinical Software Ltd'));
    await person.click(
      screen.getByRole('button', { name: 'Price this: Solace Clinical Record 2026.1, per user per year' }),
    );
    const calculator = screen.getByRole('group', {
      name: 'Solace Clinical Record 2026.1, per user per year',
    });
    await person.clear(within(calculator).getByLabelText('Quantity (users)'));
    await person.type(within(calculator).getByLabelText('Quantity (users)'), '1200');
    await person.clear(within(calculator).getByLabelText('Term (months)'));
    await person.type(within(calculator).getByLabelText('Term (months)'), '36');

    expect(resultValue(calculator, 'Total cost')).toBe('£36,000.00');
    expect(resultValue(calculator, 'Annual cost')).toBe('£12,000.00');
  });

  it('keeps replaced prices and the history of amendments', async () => {
    renderPage('CDX-2026-001');
    await screen.findByRole('heading', { level: 1 });
    const earlier = screen.getByRole('table', { name: 'Earlier prices' });
    expect(within(earlier).getByRole('row', { name: /Solace Clinical Record 2026.1/ }).textContent).toContain(
      '5 Jan 2026 to 31 Mar 2026',
    );
    const history = screen.getByRole('region', { name: 'History of changes' });
    const row = within(history).getAllByRole('row')[1];
    expect(row?.textContent).toContain('Price changed');
    expect(row?.textContent).toContain('1 Apr 2026');
    expect(row?.textContent).toContain('Supplier lowered its price after the annual review.');
  });

  it('offers amending and withdrawing only when the server says the viewer may', async () => {
    renderPage('CDX-2026-001', framework({ viewerCanAmend: true }));
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getByRole('button', { name: 'Amend' }).getAttribute('href')).toBe(
      '/frameworks/CDX-2026-001/amend',
    );
    expect(screen.getByRole('button', { name: 'Withdraw' }).getAttribute('href')).toBe(
      '/frameworks/CDX-2026-001/withdraw',
    );
    expect(screen.queryByRole('button', { name: 'Edit draft' })).toBeNull();
  });

  it('offers a draft for editing, and hides the actions from everyone else', async () => {
    renderPage(
      'CDX-2026-009',
      framework({ reference: 'CDX-2026-009', status: 'DRAFT', viewerCanEdit: true }),
    );
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getByRole('button', { name: 'Edit draft' }).getAttribute('href')).toBe(
      '/frameworks/CDX-2026-009/edit',
    );
    cleanup();
    renderPage('CDX-2026-001');
    await screen.findByRole('heading', { level: 1 });
    expect(screen.queryByRole('button', { name: /Edit draft|Amend|Withdraw/ })).toBeNull();
  });

  it('says why a withdrawn framework was withdrawn', async () => {
    renderPage(
      'CDX-2026-001',
      framework({ status: 'WITHDRAWN', withdrawnReason: 'Replaced by Clinical Digital Systems 3.' }),
    );
    await screen.findByRole('heading', { level: 1 });
    expect(screen.getAllByText(/Replaced by Clinical Digital Systems 3\./)).toHaveLength(2);
    expect(screen.getAllByText('Withdrawn').length).toBeGreaterThan(0);
  });

  it('says when there is no framework with the reference', async () => {
    renderPage('CDX-1999-999', null);
    expect(await screen.findByRole('heading', { level: 1, name: 'Framework not found' })).toBeTruthy();
    expect(screen.getByText('CDX-1999-999')).toBeTruthy();
    expect(document.title).toBe('Framework not found – Concord');
  });
});
