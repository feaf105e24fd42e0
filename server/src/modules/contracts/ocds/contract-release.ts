/**
 * Export of a trust's contract as an Open Contracting Data Standard (OCDS) 1.1 release, and of a page
 * of those releases as a release package. Pure: plain objects in, plain JSON out. Conventions (ocid
 * prefix, party ids, dates, amounts, publisher, licence) are the framework export's
 * (frameworks/ocds.ts), so a call-off links to its framework's contracting process.
 */
import type { BillingPeriod, PricingUnit } from '../../catalogue/catalogue.enums.js';
import {
  englandDateTime,
  LICENCE,
  nhsParty,
  OCID_PREFIX,
  ocdsNumber,
  partyReference,
  supplierParty,
  unitName,
} from '../../ocds/ocds-format.js';

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
    pricingUnit: PricingUnit;
    billingPeriod: BillingPeriod;
    /** GBP per unit per billing period, after any discount: what the trust pays. */
    netUnitPrice: string;
  }[];
};

type Line = OcdsContract['lines'][number];
type Json = Record<string, unknown>;

/** Extensions the package may use: pagination adds `links` to packages. */
const PAGINATION_EXTENSION =
  'https://raw.githubusercontent.com/open-contracting-extensions/ocds_pagination_extension/master/extension.json';

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

const gbp = (decimal: string, what: string) => ({ amount: ocdsNumber(decimal, what), currency: 'GBP' });

function item(line: Line, withPrice: boolean): Json {
  return {
    id: line.lineReference,
    description: line.description,
    ...(line.cpv && { classification: { scheme: 'CPV', id: line.cpv.code, description: line.cpv.label } }),
    quantity: ocdsNumber(line.quantity, `quantity of line ${line.lineReference}`),
    unit: {
      name: unitName(line),
      ...(line.pricingUnit === 'PER_DAY' && { scheme: 'UNCEFACT', id: 'DAY' }),
      ...(withPrice && { value: gbp(line.netUnitPrice, `unit price of line ${line.lineReference}`) }),
    },
  };
}

const buyerParty = (buyer: OcdsContract['buyer']) => nhsParty(buyer, ['buyer']);

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
    buyer: partyReference(buyer),
    tender,
    awards: [{ id: c.id, title: c.title, status: 'active', suppliers: [partyReference(supplier)], ...value }],
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
