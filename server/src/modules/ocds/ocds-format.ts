/**
 * The vocabulary every Concord OCDS export shares (frameworks and contracts): identifiers, parties,
 * units, dates and amounts, so a reader meets one way of writing each across the open data.
 */
import type { BillingPeriod, PricingUnit } from '../catalogue/catalogue.enums.js';

type Json = Record<string, unknown>;

/**
 * Concord has no registered OCDS prefix yet (those are `ocds-` plus six characters, assigned by the
 * Open Contracting Partnership). This one deliberately does not start with `ocds-`, so no tool
 * mistakes it for a registered prefix; swapping in a registered one changes every ocid.
 */
export const OCID_PREFIX = 'concord';

export const LICENCE = 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/';

const UNIT_NOUN: Record<PricingUnit, string> = {
  PER_USER: 'user',
  PER_BED: 'bed',
  PER_SITE: 'site',
  PER_REGISTERED_PATIENT: 'registered patient',
  PER_LICENCE: 'licence',
  PER_TRANSACTION: 'transaction',
  PER_DEVICE: 'device',
  PER_DAY: 'day',
  FIXED: '',
};
const BILLING: Record<BillingPeriod, string> = {
  ONE_OFF: ', one-off',
  MONTHLY: ' per month',
  ANNUAL: ' per year',
};

/** A price's unit in words: "Per user per month", "Fixed charge, one-off". */
export function unitName(price: { pricingUnit: PricingUnit; billingPeriod: BillingPeriod }): string {
  const base = price.pricingUnit === 'FIXED' ? 'Fixed charge' : `Per ${UNIT_NOUN[price.pricingUnit]}`;
  return base + BILLING[price.billingPeriod];
}

const londonOffset = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  timeZoneName: 'longOffset',
});

/**
 * A calendar day in England as an OCDS date-time with the UTC offset of that moment. The offset is
 * read at the same wall-clock time in UTC, which is right because UK clocks change at 01:00 UTC.
 */
export function englandDateTime(day: string, time: '00:00:00' | '23:59:59'): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`Not a date (YYYY-MM-DD): "${day}"`);
  const zone = londonOffset.formatToParts(new Date(`${day}T${time}Z`)).find((p) => p.type === 'timeZoneName');
  const offset = zone && zone.value !== 'GMT' ? zone.value.slice(3) : '+00:00';
  return `${day}T${time}${offset}`;
}

/**
 * OCDS amounts and quantities are JSON numbers. A decimal of at most 15 significant digits (prices
 * have 4 decimals, totals 2) survives the trip through a double and prints back unchanged.
 * Nothing Concord publishes is negative or finer than 4 decimal places: anything else is a bug.
 * Export only: never do arithmetic on the result.
 */
export function ocdsNumber(decimal: string, what: string): number {
  const match = /^(\d+)(?:\.(\d{1,4}))?$/.exec(decimal);
  const digits = match ? match[1]!.replace(/^0+/, '').length + (match[2] ?? '').replace(/0+$/, '').length : 0;
  if (!match || digits > 15) throw new Error(`Not a decimal of at most 15 digits (${what}): "${decimal}"`);
  return Number(decimal);
}

/** An NHS organisation as a party: its ODS code under `GB-NHS`. */
export function nhsParty(organisation: { odsCode: string; name: string }, roles: string[]): Json {
  // Central bodies without a verified ODS code carry local `CC-` codes (server/data/README.md):
  // those must not be published under the GB-NHS scheme.
  const local = organisation.odsCode.startsWith('CC-');
  return {
    id: local ? `${OCID_PREFIX}-org-${organisation.odsCode}` : `GB-NHS-${organisation.odsCode}`,
    name: organisation.name,
    ...(!local && {
      identifier: { scheme: 'GB-NHS', id: organisation.odsCode, legalName: organisation.name },
    }),
    roles,
  };
}

/** A supplier as a party: its Companies House number under `GB-COH` when it has one. */
export function supplierParty(supplier: {
  id: string;
  name: string;
  companiesHouseNumber: string | null;
}): Json {
  const number = supplier.companiesHouseNumber?.trim().toUpperCase() ?? '';
  return {
    id: number ? `GB-COH-${number}` : `${OCID_PREFIX}-supplier-${supplier.id}`,
    name: supplier.name,
    ...(number && {
      identifier: {
        scheme: 'GB-COH',
        id: number,
        legalName: supplier.name,
        uri: `https://find-and-update.company-information.service.gov.uk/company/${number}`,
      },
    }),
    roles: ['supplier'],
  };
}

/** How a release refers to one of its parties. */
export const partyReference = (party: Json) => ({ id: party['id'], name: party['name'] });
