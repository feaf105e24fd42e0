import type { BillingPeriod, PricingUnit } from '../../gql/graphql';
import { formatDate } from '../../shared/format/date';
import { roleAndGrade } from '../../shared/format/prices';
import { chargeLabel } from '../../shared/labels/catalogue';

export type NameablePrice = {
  id: string;
  pricingUnit: PricingUnit;
  billingPeriod: BillingPeriod;
  role: string | null;
  grade: string | null;
  validFrom: string;
  productVersion: { version: string; product: { name: string } };
};

/**
 * A price's name, for the calculator's group and the link that opens it:
 * "Solace Clinical Record 2026.1, per user per year", or with a day rate's role and grade
 * "Amberlea Discovery Service 2023.2, Delivery manager (Junior), per day, one-off".
 */
export function priceName(price: NameablePrice): string {
  const { product, version } = price.productVersion;
  const who = roleAndGrade(price.role, price.grade);
  return [`${product.name} ${version}`, who, chargeLabel(price.pricingUnit, price.billingPeriod)]
    .filter(Boolean)
    .join(', ');
}

/**
 * Names of the prices of one lot, each different: a product sits with one supplier, so within a lot
 * two prices share a name only when one replaces the other from a later date, which then tells
 * them apart ("…, per user per year, from 1 Apr 2027").
 */
export function uniquePriceNames(prices: readonly NameablePrice[]): Map<string, string> {
  const counts = new Map<string, number>();
  for (const price of prices) counts.set(priceName(price), (counts.get(priceName(price)) ?? 0) + 1);
  const names = new Map<string, string>();
  const taken = new Set<string>();
  for (const price of prices) {
    const base = priceName(price);
    let name = (counts.get(base) ?? 0) > 1 ? `${base}, from ${formatDate(price.validFrom)}` : base;
    // Two identical prices from the same day would be a data error; they still get their own names.
    for (let n = 2; taken.has(name); n += 1) name = `${base} (${n})`;
    taken.add(name);
    names.set(price.id, name);
  }
  return names;
}
