import { cleanup, screen, waitFor, within } from '@testing-library/react';
import type { MockLink } from '@apollo/client/testing';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  CompareChoicesDocument,
  ComparePageDocument,
  VolumeByProductDocument,
  type VolumeByProductQuery,
  type ComparePageQuery,
  type ComparePageQueryVariables,
} from '../../../gql/graphql';
import {
  chris,
  complianceAtBirmingham,
  FakeSession,
  renderFrame,
  user,
  type Me,
} from '../../../test/render-frame';
import { pointsCsv } from '../components/price-points';
import { compareRoutes } from '../routes';
import { benchmarkAnswer, choicesAnswer, noLinesAnswer, priya, volumeAnswer } from '../test-fixtures';

beforeAll(async () => {
  // The route loads its page on first visit; loaded once here, so no test waits on the import.
  await import('./compare-page');
  // jsdom does not scroll or lay out; React Router and the chart ask it to.
  window.scrollTo = () => undefined;
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  } as unknown as typeof ResizeObserver;
});

// What the page asked: the benchmark's input, and whether (and how) it asked for price against volume.
let requests: Pick<ComparePageQueryVariables, 'input'>[] = [];
let volumeRequests: Omit<ComparePageQueryVariables, 'input'>[] = [];
afterEach(() => {
  cleanup();
  requests = [];
  volumeRequests = [];
});

function renderCompare(
  url: string,
  me: Me | null = priya,
  answer: ComparePageQuery = benchmarkAnswer(),
  volume = volumeAnswer(),
  more: MockLink.MockedResponse[] = [],
) {
  return renderFrame({
    url,
    routes: compareRoutes,
    mocks: [
      new FakeSession(me).viewerMock(),
      {
        request: { query: CompareChoicesDocument, variables: () => true },
        result: { data: choicesAnswer() },
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
      {
        request: {
          query: ComparePageDocument,
          variables: ({ input, ...rest }: ComparePageQueryVariables) => {
            requests.push({ input });
            volumeRequests.push(rest);
            return true;
          },
        },
        result: (variables: ComparePageQueryVariables) => ({
          data: variables.withVolume ? { ...answer, priceVersusVolume: volume } : answer,
        }),
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
      ...more,
    ],
  });
}

describe('ComparePage', () => {
  it('leads with what the trust could save a year at the median, then at each other price', async () => {
    renderCompare('/compare?product=product-sentinel');
    expect(await screen.findByText('You could save £9,000.00 a year at the median')).toBeTruthy();
    expect(requests[0]).toEqual({ input: { productId: 'product-sentinel', pricingUnit: 'PER_USER' } });
    const savings = screen.getByRole('table', { name: 'Your saving a year at each price' });
    const rows = within(savings)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.textContent);
    expect(rows).toEqual([
      'At MedianPrice a user a year £52.50Saving a year £9,000.00',
      'At Lower quartilePrice a user a year £43.75Saving a year £19,500.00',
      'At Best pricePrice a user a year £30.00Saving a year £36,000.00',
      'At Framework ceilingPrice a user a year £65.00Saving a year £0.00',
    ]);
    // Where the trust sits, the spread, the chart's name and the table it points to.
    const own = screen.getByRole('table', { name: 'Your lines' });
    expect(within(own).getByRole('link', { name: 'RAL-2026-001' }).getAttribute('href')).toBe(
      '/contracts/contract-1',
    );
    expect(within(own).getByText('68.8')).toBeTruthy();
    expect(screen.getByText('£52.50 a user a year')).toBeTruthy();
    const chart = screen.getByRole('img', {
      name: /^Strip plot: 8 prices a user a year, from £30.00 to £70.00; median £52.50/,
    });
    const table = screen.getByRole('table', { name: /^Every price compared: 8 prices/ });
    expect(chart.getAttribute('aria-describedby')).toBe(table.querySelector('caption')?.id);
    expect(within(table).getAllByText('Anonymous').length).toBeGreaterThan(0);
    expect(screen.queryByText('Some prices are left out')).toBeNull();
  });

  it('says plainly when anonymous prices were left out, and why', async () => {
    renderCompare('/compare?product=product-sentinel', priya, benchmarkAnswer({ anonymousWithheld: true }));
    expect(await screen.findByText('Some prices are left out')).toBeTruthy();
    expect(
      screen.getByText(
        /Their prices are left out of these figures because fewer than 5 trusts share anonymous prices/,
      ),
    ).toBeTruthy();
  });

  it('says helpfully when nothing compares, with a way to drop the filters', async () => {
    renderCompare(
      '/compare?product=product-sentinel&unit=per-bed&region=Y56&icb=QMJ&type=acute&in-force-on=2026-11-23',
      priya,
      noLinesAnswer('PER_BED'),
    );
    expect(await screen.findByRole('heading', { name: 'No prices to compare' })).toBeTruthy();
    expect(requests[0]).toEqual({
      input: {
        productId: 'product-sentinel',
        pricingUnit: 'PER_BED',
        filter: { regionCodes: ['Y56'], icbCodes: ['QMJ'], trustTypes: ['ACUTE'], activeOn: '2026-11-23' },
      },
    });
    expect(
      screen.getByText(/No contracts in force on 23 Nov 2026 have prices for Sentinel Care Record, per bed/),
    ).toBeTruthy();
    expect(
      screen
        .getByRole('link', { name: 'compare every trust’s contracts in force today, without your filters' })
        .getAttribute('href'),
    ).toBe('/compare?product=product-sentinel&unit=per-bed');
    expect(screen.queryByText(/You could save/)).toBeNull();
    expect(screen.queryByRole('img', { name: /^Strip plot/ })).toBeNull();
  });

  it('narrows the comparison by ICB, kind of trust and dates, keeping them in the address', async () => {
    const { router } = renderCompare('/compare?product=product-sentinel&region=Y56');
    await screen.findByText('You could save £9,000.00 a year at the median');
    // A region in the address opens the filters; its ICBs are the only ones offered.
    const icb = await screen.findByRole('combobox', { name: /^Integrated care board/ });
    await waitFor(() =>
      expect(
        within(icb)
          .getAllByRole('option')
          .map((option) => option.textContent),
      ).toEqual([
        'All ICBs',
        'NHS North Central London Integrated Care Board',
        'NHS South East London Integrated Care Board',
      ]),
    );
    await userEvent.selectOptions(icb, 'QKK');
    await userEvent.click(screen.getByRole('checkbox', { name: 'Mental health' }));
    const inForce = screen.getByRole('group', { name: 'In force on' });
    await userEvent.type(within(inForce).getByRole('textbox', { name: 'Day' }), '1');
    await userEvent.type(within(inForce).getByRole('textbox', { name: 'Month' }), '4');
    await userEvent.type(within(inForce).getByRole('textbox', { name: 'Year' }), '2026');
    const started = screen.getByRole('group', { name: 'Started on or after' });
    await userEvent.type(within(started).getByRole('textbox', { name: 'Day' }), '1');
    await userEvent.type(within(started).getByRole('textbox', { name: 'Month' }), '4');
    await userEvent.type(within(started).getByRole('textbox', { name: 'Year' }), '2024');
    await userEvent.click(screen.getByRole('button', { name: 'Compare prices' }));
    await waitFor(() =>
      expect(router.state.location.search).toBe(
        '?product=product-sentinel&region=Y56&icb=QKK&type=mental-health&in-force-on=2026-04-01&signed-after=2024-04-01',
      ),
    );
    await waitFor(() =>
      expect(requests.at(-1)).toEqual({
        input: {
          productId: 'product-sentinel',
          pricingUnit: 'PER_USER',
          filter: {
            regionCodes: ['Y56'],
            icbCodes: ['QKK'],
            trustTypes: ['MENTAL_HEALTH'],
            activeOn: '2026-04-01',
            signedAfter: '2024-04-01',
          },
        },
      }),
    );
  });

  it('stops at a date that is not real, with the error summary and a message on the field', async () => {
    const { router } = renderCompare('/compare?product=product-sentinel');
    await screen.findByText('You could save £9,000.00 a year at the median');
    await userEvent.click(screen.getByText('Which trusts and contracts (optional)'));
    const inForce = screen.getByRole('group', { name: 'In force on' });
    await userEvent.type(within(inForce).getByRole('textbox', { name: 'Day' }), '30');
    await userEvent.type(within(inForce).getByRole('textbox', { name: 'Month' }), '2');
    await userEvent.type(within(inForce).getByRole('textbox', { name: 'Year' }), '2026');
    await userEvent.click(screen.getByRole('button', { name: 'Compare prices' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText('There is a problem')).toBeTruthy();
    const link = within(summary).getByRole('link', { name: 'The date in force must be a real date' });
    expect(link.getAttribute('href')).toBe('#compare-in-force-on');
    // The message stands on the field too, read out with it.
    expect(inForce.getAttribute('aria-describedby')).toContain('compare-in-force-on-error');
    expect(within(inForce).getByText('The date in force must be a real date')).toBeTruthy();
    expect(document.title).toBe('Error: Compare prices – Concord');
    expect(router.state.location.search).toBe('?product=product-sentinel');

    // Put right, it compares and the errors go.
    await userEvent.clear(within(inForce).getByRole('textbox', { name: 'Day' }));
    await userEvent.type(within(inForce).getByRole('textbox', { name: 'Day' }), '28');
    await userEvent.click(screen.getByRole('button', { name: 'Compare prices' }));
    await waitFor(() =>
      expect(router.state.location.search).toBe('?product=product-sentinel&in-force-on=2026-02-28'),
    );
    expect(screen.queryByRole('alert')).toBeNull();
    expect(document.title).toBe('Compare prices – Concord');
  });

  it('says what is wrong with a date in the address instead of comparing', async () => {
    renderCompare('/compare?product=product-sentinel&signed-after=2026-13-01');
    expect(
      await screen.findByText('“2026-13-01” (signed-after) is not a date. Write dates like 2027-03-31.'),
    ).toBeTruthy();
    expect(requests).toEqual([]);
  });

  it('sorts the prices by quantity, keeping the order in the address', async () => {
    const { router } = renderCompare('/compare?product=product-sentinel');
    const table = await screen.findByRole('table', { name: /^Every price compared/ });
    await userEvent.click(within(table).getByRole('button', { name: /^Quantity, sort lowest first/ }));
    await waitFor(() => expect(router.state.location.search).toBe('?product=product-sentinel&sort=quantity'));
    const first = within(screen.getByRole('table', { name: /^Every price compared/ })).getAllByRole('row')[1];
    expect(first?.textContent).toContain('100');
    expect(
      within(table)
        .getByRole('columnheader', { name: /^Quantity/ })
        .getAttribute('aria-sort'),
    ).toBe('ascending');
  });

  it('compares a role’s day rates per day, from the form', async () => {
    const { router } = renderCompare('/compare');
    await userEvent.click(await screen.findByRole('radio', { name: /^A day rate for a role/ }));
    await userEvent.type(screen.getByRole('textbox', { name: 'Role' }), 'Solution architect');
    await userEvent.type(screen.getByRole('textbox', { name: 'Grade (optional)' }), 'Senior');
    await userEvent.click(screen.getByRole('button', { name: 'Compare prices' }));
    await waitFor(() =>
      expect(router.state.location.search).toBe('?by=role&role=Solution+architect&grade=Senior'),
    );
    await waitFor(() =>
      expect(requests.at(-1)).toEqual({
        input: { serviceRole: 'Solution architect', grade: 'Senior', pricingUnit: 'PER_DAY' },
      }),
    );
  });

  it('asks a visitor to sign in and tells others they have no access', async () => {
    renderCompare('/compare', null);
    expect(await screen.findByRole('heading', { name: 'Sign in to continue' })).toBeTruthy();
    cleanup();
    renderCompare('/compare', user('Carl Compliance', [complianceAtBirmingham]));
    expect(await screen.findByRole('heading', { name: 'You do not have access to Compare' })).toBeTruthy();
  });
});

describe('ComparePage: does buying more lower the price?', () => {
  it('plots one product’s lines, price against quantity, with ρ and n in words and every value in a table', async () => {
    renderCompare('/compare?product=product-sentinel');
    expect(await screen.findByRole('heading', { name: 'Does buying more lower the price?' })).toBeTruthy();
    expect(volumeRequests[0]).toEqual({
      volume: { productId: 'product-sentinel', pricingUnit: 'PER_USER' },
      withVolume: true,
    });
    const reading = screen.getByText(
      'Spearman’s ρ = −0.89 across 6 lines: a very strong link (bigger buyers tend to pay less). With so few lines, this could be chance.',
    );
    const chart = screen.getByRole('img', {
      name: 'Scatter plot: 6 lines, quantities from 10 to 5,000 (on a logarithmic scale), prices a user a year from £30 to £70.',
    });
    expect(chart.getAttribute('aria-describedby')).toBe(reading.id);
    expect(
      screen.getByRole('figure', { name: 'Price against quantity, each line of Sentinel Care Record' }),
    ).toBe(chart.closest('figure'));
    expect(screen.getByText(/Your trust’s line/)).toBeTruthy();
    expect(
      screen.getByText('Every contract in force today whose prices you can see, a user a year.'),
    ).toBeTruthy();

    // The table is drawn when opened.
    expect(screen.queryByRole('table', { name: /^Each line’s quantity and price/ })).toBeNull();
    await userEvent.click(screen.getByText('Show the 6 lines as a table'));
    const table = await screen.findByRole('table', { name: /^Each line’s quantity and price/ });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.textContent);
    expect(rows[0]).toBe('Quantity 10Price a user a year £70.00Trust Barts Health');
    expect(rows[1]).toBe('Quantity 150Price a user a year £65.00Trust Anonymous');
    expect(rows[4]).toBe(
      'Quantity 1,200Price a user a year £60.00Trust Royal Free London NHS Foundation Trust (your trust)',
    );
  });

  it('marks no line as the viewer’s own for a central user', async () => {
    // The server marks no line as a central user's own.
    const volume = volumeAnswer();
    renderCompare('/compare?product=product-sentinel', chris, benchmarkAnswer(), {
      ...volume,
      points: volume.points.map((point) => ({ ...point, own: false })),
    });
    expect(await screen.findByText('A trust’s line')).toBeTruthy();
    expect(screen.queryByText('Your trust’s line')).toBeNull();
  });

  it('says why there is no ρ, and compares the lines the filters choose', async () => {
    renderCompare(
      '/compare?product=product-sentinel&region=Y56',
      priya,
      benchmarkAnswer(),
      volumeAnswer({ n: 0, spearman: null, points: volumeAnswer().points.slice(0, 2) }),
    );
    expect(
      await screen.findByText('There is no Spearman’s ρ: it takes at least 3 lines, and there are 2.'),
    ).toBeTruthy();
    expect(
      screen.getByText('The contracts the filters above choose whose prices you can see, a user a year.'),
    ).toBeTruthy();
    expect(volumeRequests[0]?.volume).toEqual({
      productId: 'product-sentinel',
      pricingUnit: 'PER_USER',
      filter: { regionCodes: ['Y56'] },
    });
    // Two lines, 10 and 150: too narrow a spread for a logarithmic axis.
    expect(
      screen.getByRole('img', {
        name: 'Scatter plot: 2 lines, quantities from 10 to 150, prices a user a year from £65 to £70.',
      }),
    ).toBeTruthy();
  });

  it('is not asked for a category or a role: the server answers it for one product', async () => {
    renderCompare('/compare?by=category&category=epr');
    expect(await screen.findByText('You could save £9,000.00 a year at the median')).toBeTruthy();
    expect(volumeRequests[0]).toEqual({ volume: { pricingUnit: 'PER_USER' }, withVolume: false });
    expect(screen.queryByRole('heading', { name: 'Does buying more lower the price?' })).toBeNull();
  });

  it('shows every product’s ρ, most lines first, when “Across all products” is opened', async () => {
    let asked = 0;
    const byProduct: MockLink.MockedResponse<VolumeByProductQuery> = {
      request: { query: VolumeByProductDocument, variables: { input: { pricingUnit: 'PER_USER' } } },
      result: () => {
        asked += 1;
        return {
          data: {
            priceVersusVolume: {
              __typename: 'PriceVersusVolume',
              n: 1480,
              spearman: -0.31,
              products: [
                correlation('product-cirrus', 'Cirrus PACS', 610, -0.52),
                correlation('product-sentinel', 'Sentinel Care Record', 540, -0.08),
                correlation('product-flat', 'Flat Fee Portal', 12, null),
              ],
            },
          },
        };
      },
    };
    renderCompare('/compare?product=product-sentinel&region=Y56', priya, benchmarkAnswer(), volumeAnswer(), [
      byProduct,
    ]);
    await userEvent.click(await screen.findByText('Across all products'));
    const table = await screen.findByRole('table', {
      name: 'Each product with 5 lines or more, per user, most lines first',
    });
    expect(asked).toBe(1);
    expect(
      screen.getByText(
        /Every product priced per user, .* Spearman’s ρ = −0\.31 across 1,480 lines: a weak link \(bigger buyers tend to pay less\)\./,
      ),
    ).toBeTruthy();
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) => row.textContent);
    expect(rows).toEqual([
      'Product Cirrus PACSLines 610Spearman’s ρ −0.52Link between quantity and price Moderate: bigger buyers tend to pay less',
      'Product Sentinel Care RecordLines 540Spearman’s ρ −0.08Link between quantity and price Little or none',
      'Product Flat Fee PortalLines 12Spearman’s ρ –Link between quantity and price None to measure',
    ]);
    // Each product links to its own comparison, keeping the filters.
    expect(within(table).getByRole('link', { name: 'Cirrus PACS' }).getAttribute('href')).toBe(
      '/compare?product=product-cirrus&region=Y56',
    );
  });
});

const correlation = (productId: string, name: string, n: number, spearman: number | null) => ({
  __typename: 'ProductCorrelation' as const,
  productId,
  name,
  n,
  spearman,
});

describe('pointsCsv', () => {
  it('neutralises cells a spreadsheet would run as formulas, and keeps exact amounts', () => {
    const csv = pointsCsv(benchmarkAnswer().priceBenchmark);
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('Price a user a year (GBP),Quantity,Trust,ODS code,Supplier,Your trust');
    expect(lines[1]).toBe(
      '30.0000,5000.00,Leeds Teaching Hospitals,LEE,Brightwater Clinical Informatics UK Ltd,No',
    );
    expect(lines[2]).toBe('40.0000,800.00,Anonymous,,,No');
    expect(lines[3]).toBe(
      `45.0000,300.00,"'=HYPERLINK(""http://evil.example"",""Click"")",'=HY,Brightwater Clinical Informatics UK Ltd,No`,
    );
  });
});
