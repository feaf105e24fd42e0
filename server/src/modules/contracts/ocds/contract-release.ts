/**
 * Export of a trust's contract as an Open Contracting Data Standard (OCDS) 1.1 release, and of a page
 * of those releases as a release package. Pure: plain objects in, plain JSON out. Conventions (ocid
 * prefix, party ids, dates, amounts, publisher, licence) are the framework export's
 * (frameworks/ocds.ts), so a call-off links to its framework's contracting process.
 */
import { OCID_PREFIX } from '../../frameworks/ocds.js';

export type OcdsContract = {
  id: string;
  reference: string;
  title: string;
  /** Drafts and PRIVATE contracts are never exported. */
  status: 'ACTIVE' | 'EXPIRED' | 'TERMINATED';
  priceVisibility: 'NAMED' | 'ANONYMOUS';
  buyer: { odsCode: string; name: string };
  supplier: { id: string; name: string; companiesHouseNumber: string | null };
  /** The framework lot of a call-off; null off-framework. */
  framework: { id: string; reference: string; title: string; lotNumber: number; lotTitle: string } | null;
  route:
    'DIRECT_AWARD' | 'FURTHER_COMPETITION' | 'OPEN' | 'RESTRICTED' | 'COMPETITIVE_FLEXIBLE' | 'OTHER' | null;
  /** ISO dates (YYYY-MM-DD), days in England. */
  startDate: string;
  endDate: string;
  maxEndDate: string | null;
  /** GBP over the whole term, a decimal string. */
  totalValue: string | null;
  createdAt: Date;
  /** The last change of any kind: it dates the release. */
  updatedAt: Date;
  lines: {
    id: string;
    lineReference: string;
    description: string;
    cpv: { code: string; label: string } | null;
    quantity: string;
    pricingUnit:
      | 'PER_USER'
      | 'PER_BED'
      | 'PER_SITE'
      | 'PER_REGISTERED_PATIENT'
      | 'PER_LICENCE'
      | 'PER_TRANSACTION'
      | 'PER_DEVICE'
      | 'PER_DAY'
      | 'FIXED';
    billingPeriod: 'ONE_OFF' | 'MONTHLY' | 'ANNUAL';
    /** GBP per unit per billing period, after any discount: what the trust pays. */
    netUnitPrice: string;
  }[];
};

type Line = OcdsContract['lines'][number];
type Json = Record<string, unknown>;

/** Extensions the package may use: pagination adds `links` to packages. */
const PAGINATION_EXTENSION =
  'https://raw.githubusercontent.com/open-contracting-extensions/ocds_pagination_extension/master/extension.json';
const LICENCE = 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/';

/** contractStatus is a closed codelist: a contract that ran its course has "come to a close" too. */
const CONTRACT_STATUS = { ACTIVE: 'active', EXPIRED: 'terminated', TERMINATED: 'terminated' } as const;

/** Off-framework routes in the closed `method` codelist, and in words for procurementMethodDetails. */
const ROUTE: Record<NonNullable<OcdsContract['route']>, { method?: string; details: string }> = {
  DIRECT_AWARD: { method: 'direct', details: 'Direct award' },
  OPEN: { method: 'open', details: 'Open procedure' },
  RESTRICTED: { method: 'selective', details: 'Restricted procedure' },
  COMPETITIVE_FLEXIBLE: { method: 'selective', details: 'Competitive flexible procedure' },
  FURTHER_COMPETITION: { method: 'selective', details: 'Further competition' },
  // None of open, selective, limited or direct is known to fit.
  OTHER: { details: 'Another procurement route' },
};

// Units are worded as in the framework export, so a reader sees one vocabulary across Concord.
const UNIT_NOUN: Record<Line['pricingUnit'], string> = {
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
const BILLING: Record<Line['billingPeriod'], string> = {
  ONE_OFF: ', one-off',
  MONTHLY: ' per month',
  ANNUAL: ' per year',
};

const londonOffset = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  timeZoneName: 'longOffset',
});

/**
 * A calendar day in England as an OCDS date-time with the UTC offset of that moment. The offset is
 * read at the same wall-clock time in UTC, which is right because UK clocks change at 01:00 UTC.
 */
function englandDateTime(day: string, time: '00:00:00' | '23:59:59'): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new Error(`Not a date (YYYY-MM-DD): "${day}"`);
  const zone = londonOffset.formatToParts(new Date(`${day}T${time}Z`)).find((p) => p.type === 'timeZoneName');
  const offset = zone && zone.value !== 'GMT' ? zone.value.slice(3) : '+00:00';
  return `${day}T${time}${offset}`;
}

/**
 * OCDS amounts and quantities are JSON numbers. A decimal of at most 15 significant digits (prices
 * have 4 decimals, totals 2) survives the trip through a double and prints back unchanged.
 * Export only: never do arithmetic on the result.
 */
function numberOf(decimal: string, what: string): number {
  const match = /^-?(\d+)(?:\.(\d+))?$/.exec(decimal);
  const digits = match ? match[1]!.replace(/^0+/, '').length + (match[2] ?? '').replace(/0+$/, '').length : 0;
  if (!match || digits > 15) throw new Error(`Not a decimal of at most 15 digits (${what}): "${decimal}"`);
  return Number(decimal);
}

const gbp = (decimal: string, what: string) => ({ amount: numberOf(decimal, what), currency: 'GBP' });

function unitName(line: Line): string {
  const base = line.pricingUnit === 'FIXED' ? 'Fixed charge' : `Per ${UNIT_NOUN[line.pricingUnit]}`;
  return base + BILLING[line.billingPeriod];
}

function item(line: Line, withPrice: boolean): Json {
  return {
    id: line.lineReference,
    description: line.description,
    ...(line.cpv && { classification: { scheme: 'CPV', id: line.cpv.code, description: line.cpv.label } }),
    quantity: numberOf(line.quantity, `quantity of line ${line.lineReference}`),
    unit: {
      name: unitName(line),
      ...(line.pricingUnit === 'PER_DAY' && { scheme: 'UNCEFACT', id: 'DAY' }),
      ...(withPrice && { value: gbp(line.netUnitPrice, `unit price of line ${line.lineReference}`) }),
    },
  };
}

function buyerParty(buyer: OcdsContract['buyer']): Json {
  // Central bodies without a verified ODS code carry local `CC-` codes (server/data/README.md):
  // those must not be published under the GB-NHS scheme.
  const local = buyer.odsCode.startsWith('CC-');
  return {
    id: local ? `${OCID_PREFIX}-org-${buyer.odsCode}` : `GB-NHS-${buyer.odsCode}`,
    name: buyer.name,
    ...(!local && { identifier: { scheme: 'GB-NHS', id: buyer.odsCode, legalName: buyer.name } }),
    roles: ['buyer'],
  };
}

function supplierParty(supplier: OcdsContract['supplier']): Json {
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

const reference = (party: Json) => ({ id: party['id'], name: party['name'] });

/**
 * How the contract was awarded, in the closed `method` codelist. A call-off is its own contracting
 * process linked to the framework's (relatedProcesses); competition in it is among the framework
 * lot's suppliers only, which is `selective` ("only qualified suppliers are invited"), unless it
 * was a direct award to one of them.
 */
function procurement(c: OcdsContract): Json {
  if (c.framework) {
    const how = c.route ? `, ${ROUTE[c.route].details.toLowerCase()}` : '';
    return {
      procurementMethod: c.route === 'DIRECT_AWARD' ? 'direct' : 'selective',
      procurementMethodDetails: `Call-off from framework ${c.framework.reference} lot ${c.framework.lotNumber} (${c.framework.lotTitle})${how}`,
    };
  }
  if (!c.route) return {};
  const { method, details } = ROUTE[c.route];
  return { ...(method && { procurementMethod: method }), procurementMethodDetails: details };
}

/**
 * The OCDS 1.1 release of one contract as it stands: buyer and supplier parties, the tender (how it
 * was awarded), one award and one contract whose items are the contract's lines. One contracting
 * process (ocid) per contract; a call-off names its framework's process in `relatedProcesses`.
 *
 * ANONYMOUS contracts are published without any price: the items keep their unit and quantity but
 * lose `unit.value`, and neither the award nor the contract carries a value.
 *
 * Deterministic: the same contract gives the same release. The release id follows `updatedAt` and the
 * status (EXPIRED follows from the date, with no edit), so consumers see a new release on any change.
 *
 * @throws if a date, quantity or price is malformed
 */
export function contractRelease(c: OcdsContract): Json {
  const ocid = `${OCID_PREFIX}-contract-${c.id}`;
  const updated = c.updatedAt.toISOString();
  const named = c.priceVisibility === 'NAMED';
  const buyer = buyerParty(c.buyer);
  const supplier = supplierParty(c.supplier);
  // A total is withheld with the unit prices: with one line, or a few known quantities, it gives
  // them away (total = quantity × price).
  const value = named && c.totalValue != null ? { value: gbp(c.totalValue, 'total value') } : {};

  const tender = {
    // The trust's own reference: the contract and award ids stay the stable Concord id, which
    // consumers merge releases by, even if the trust corrects its reference.
    id: c.reference,
    title: c.title,
    status: 'complete',
    ...procurement(c),
  };
  const period = {
    startDate: englandDateTime(c.startDate, '00:00:00'),
    endDate: englandDateTime(c.endDate, '23:59:59'),
    ...(c.maxEndDate && { maxExtentDate: englandDateTime(c.maxEndDate, '23:59:59') }),
  };
  const items = c.lines.map((line) => item(line, named));

  return {
    ocid,
    // Unique within the ocid and new on every change; no `#`, which release ids must not contain.
    id: `${ocid}-${updated.replace(/[-:.]/g, '')}-${c.status.toLowerCase()}`,
    date: updated,
    language: 'en',
    tag: ['contract', ...(c.status === 'TERMINATED' ? ['contractTermination'] : [])],
    initiationType: 'tender',
    parties: [buyer, supplier],
    buyer: reference(buyer),
    tender,
    awards: [{ id: c.id, title: c.title, status: 'active', suppliers: [reference(supplier)], ...value }],
    contracts: [
      {
        id: c.id,
        awardID: c.id,
        title: c.title,
        status: CONTRACT_STATUS[c.status],
        period,
        ...value,
        ...(items.length > 0 && { items }), // the schema wants at least one item when present
      },
    ],
    ...(c.framework && {
      relatedProcesses: [
        {
          id: '1',
          relationship: ['framework'],
          title: c.framework.title,
          scheme: 'ocid',
          // The framework export's ocid (frameworks/ocds.ts).
          identifier: `${OCID_PREFIX}-${c.framework.id}`,
        },
      ],
    }),
  };
}

/**
 * Wraps contract releases in an OCDS 1.1 release package. A paged feed gives `nextUri`, published as
 * `links.next` (the pagination extension: core 1.1.5 has no paging field, but allows extra ones).
 *
 * @param releases from {@link contractRelease}, at least one (OCDS requires it)
 * @param options.uri where this package is served, absolute; its origin is the publisher's URI
 * @param options.publishedDate the last change to what the package holds (it is generated on demand)
 * @throws if there is no release, or a URI is not absolute
 */
export function contractReleasePackage(
  releases: object[],
  options: { uri: string; publishedDate: Date; nextUri?: string | null },
): Json {
  if (releases.length === 0) throw new Error('An OCDS release package holds at least one release');
  const uri = new URL(options.uri);
  const next = options.nextUri ? new URL(options.nextUri).href : null;
  return {
    uri: uri.href,
    version: '1.1',
    ...(next && { extensions: [PAGINATION_EXTENSION] }),
    publishedDate: options.publishedDate.toISOString(),
    publisher: { name: 'Concord', uri: uri.origin },
    license: LICENCE,
    releases,
    ...(next && { links: { next } }),
  };
}
