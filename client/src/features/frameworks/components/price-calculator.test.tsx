import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { PriceCalculator_PriceFragment } from '../../../gql/graphql';
import { PriceCalculator, termWords } from './price-calculator';

afterEach(cleanup);

const perUserPerYear: PriceCalculator_PriceFragment = {
  __typename: 'CataloguePrice',
  id: 'price-1',
  pricingUnit: 'PER_USER',
  billingPeriod: 'ANNUAL',
  ceilingUnitPrice: { __typename: 'Money', amount: '10.0000' },
  tierCalculation: null,
  tiers: null,
};

const band = (from: number, to: number | null, amount: string) => ({
  __typename: 'PriceTier' as const,
  from,
  to,
  unitPrice: { __typename: 'Money' as const, amount },
});

/** The value next to a key in the calculator's result. */
function resultValue(group: HTMLElement, key: string): string | null {
  const term = within(group).getByText(key, { selector: 'dt' });
  return term.nextElementSibling?.textContent ?? null;
}

async function enter(group: HTMLElement, label: string, value: string) {
  const person = userEvent.setup();
  const field = within(group).getByLabelText(label);
  await person.clear(field);
  if (value) await person.type(field, value);
}

describe('PriceCalculator', () => {
  it('works out 1,200 users × £10 per user per year for 36 months as the person types', async () => {
    render(
      <PriceCalculator price={perUserPerYear} name="Solace Clinical Record 2026.1, per user per year" />,
    );
    const group = screen.getByRole('group', { name: 'Solace Clinical Record 2026.1, per user per year' });

    await enter(group, 'Quantity (users)', '1200');
    await enter(group, 'Term (months)', '36');

    expect(
      within(group).getByText('1,200 users over 36 months (3 years), at the ceiling price:'),
    ).toBeTruthy();
    expect(resultValue(group, 'Total cost')).toBe('£36,000.00');
    expect(resultValue(group, 'Annual cost')).toBe('£12,000.00');
    expect(resultValue(group, 'Effective annual price per user')).toBe('£10.00');
  });

  it('charges each CUMULATIVE band at its own price', async () => {
    const price = {
      ...perUserPerYear,
      ceilingUnitPrice: { __typename: 'Money' as const, amount: '125.0000' },
      tierCalculation: 'CUMULATIVE' as const,
      tiers: [band(1, 100, '125.0000'), band(101, null, '117.5000')],
    };
    render(<PriceCalculator price={price} name="Opal Prescribing 2025.1, per user per year" />);
    const group = screen.getByRole('group', { name: 'Opal Prescribing 2025.1, per user per year' });

    await enter(group, 'Quantity (users)', '1,200');

    // 100 × £125 + 1,100 × £117.50 = £141,750 a year, for 3 years.
    expect(resultValue(group, 'Annual cost')).toBe('£141,750.00');
    expect(resultValue(group, 'Total cost')).toBe('£425,250.00');
    expect(resultValue(group, 'Effective annual price per user')).toBe('£118.125');
  });

  it('shows a monthly charge and asks for no quantity for a fixed charge', async () => {
    const fixed = {
      ...perUserPerYear,
      pricingUnit: 'FIXED' as const,
      billingPeriod: 'MONTHLY' as const,
      ceilingUnitPrice: { __typename: 'Money' as const, amount: '500' },
    };
    render(<PriceCalculator price={fixed} name="Gantry LIMS 7.5, fixed charge per month" />);
    const group = screen.getByRole('group', { name: 'Gantry LIMS 7.5, fixed charge per month' });
    expect(within(group).queryByLabelText(/Quantity/)).toBeNull();

    await enter(group, 'Term (months)', '24');
    expect(resultValue(group, 'Monthly charge')).toBe('£500.00');
    expect(resultValue(group, 'Total cost')).toBe('£12,000.00');
  });

  it('explains bad input in the NHS error style, on the field, and shows no cost', async () => {
    render(
      <PriceCalculator price={perUserPerYear} name="Solace Clinical Record 2026.1, per user per year" />,
    );
    const group = screen.getByRole('group', { name: 'Solace Clinical Record 2026.1, per user per year' });

    await enter(group, 'Quantity (users)', '12.5');
    await enter(group, 'Term (months)', '0');

    const quantity = within(group).getByLabelText('Quantity (users)');
    expect(quantity.getAttribute('aria-describedby')).toContain('-error');
    expect(quantity.className).toContain('nhsuk-input--error');
    expect(within(group).getByText('The number of users must be a whole number')).toBeTruthy();
    expect(within(group).getByText('The term must be at least 1 month')).toBeTruthy();
    expect(within(group).queryByText('Total cost')).toBeNull();
    expect(within(group).getByText('Correct the answers above to see the cost.')).toBeTruthy();

    await enter(group, 'Term (months)', '601');
    expect(within(group).getByText('The term must be 600 months (50 years) or less')).toBeTruthy();
  });

  it('refuses a quantity beyond the last closed band', async () => {
    const price = {
      ...perUserPerYear,
      tierCalculation: 'SINGLE_FIXED' as const,
      tiers: [band(1, 100, '12.0000'), band(101, 2000, '10.0000')],
    };
    render(<PriceCalculator price={price} name="Helix 1, per user per year" />);
    const group = screen.getByRole('group', { name: 'Helix 1, per user per year' });
    await enter(group, 'Quantity (users)', '2500');
    expect(
      within(group).getByText('The number of users must be 2,000 or fewer: the price’s last band ends there'),
    ).toBeTruthy();
  });
});

describe('termWords', () => {
  it('adds years when the term is whole years', () => {
    expect(termWords(36)).toBe('36 months (3 years)');
    expect(termWords(12)).toBe('12 months (1 year)');
    expect(termWords(18)).toBe('18 months');
    expect(termWords(1)).toBe('1 month');
  });
});
