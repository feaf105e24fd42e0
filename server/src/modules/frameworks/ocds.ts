/**
 * Export of a published framework as an Open Contracting Data Standard (OCDS) 1.1 release package.
 * Pure: plain objects in, plain JSON out; the tests validate the output against the OCDS 1.1.5
 * schemas in server/data/ocds/.
 */

export type OcdsFramework = {
  id: string;
  reference: string;
  title: string;
  description: string | null;
  status: 'PUBLISHED' | 'EXPIRED' | 'WITHDRAWN';
  withdrawnReason: string | null;
  startDate: string;
  endDate: string;
  publishedAt: Date;
  /** The last change of any kind (amendments, withdrawal, expiry): it dates the release. */
  updatedAt: Date;
  owner: { odsCode: string; name: string };
  lots: {
    id: string;
    number: number;
    title: string;
    scope: string | null;
    category: string;
    requiredStandards: { code: string; name: string }[];
  }[];
  awards: {
    id: string;
    lotId: string;
    awardedOn: string | null;
    supplier: {
      id: string;
      name: string;
      companiesHouseNumber: string;
      sme: boolean;
      website: string | null;
    };
    prices: {
      id: string;
      product: { id: string; name: string; category: string };
      productVersion: { id: string; version: string };
      cpv: { code: string; label: string };
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
      role: string | null;
      grade: string | null;
      ceilingUnitPrice: string;
      tiers: { from: number; to: number | null; unitPrice: string }[] | null;
      tierCalculation: 'CUMULATIVE' | 'SINGLE_FIXED' | null;
      validFrom: string;
      validTo: string | null;
    }[];
  }[];
  amendments: { id: string; kind: string; summary: string; madeAt: Date }[];
};

type Price = OcdsFramework['awards'][number]['prices'][number];
type Json = Record<string, unknown>;

/**
 * Concord has no registered OCDS prefix yet (those are `ocds-` plus six characters, assigned by the
 * Open Contracting Partnership). This one deliberately does not start with `ocds-`, so no tool
 * mistakes it for a registered prefix; swapping in a registered one changes every ocid.
 */
export const OCID_PREFIX = 'concord';

/** Extensions whose fields the export uses: tender.lots / relatedLot(s), and parties' details.scale. */
const EXTENSIONS = [
  'https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/v1.1.5/extension.json',
  'https://raw.githubusercontent.com/open-contracting-extensions/ocds_partyDetails_scale_extension/master/extension.json',
];
const LICENCE = 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/';

const TENDER_STATUS = { PUBLISHED: 'active', EXPIRED: 'complete', WITHDRAWN: 'cancelled' } as const;

const UNIT_NOUN: Record<Price['pricingUnit'], string> = {
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
const BILLING: Record<Price['billingPeriod'], string> = {
  ONE_OFF: ', one-off',
  MONTHLY: ' per month',
  ANNUAL: ' per year',
};
const TIER_RULE: Record<NonNullable<Price['tierCalculation']>, string> = {
  CUMULATIVE: 'each band charged at its own price',
  SINGLE_FIXED: 'the whole quantity charged at the price of the band it reaches',
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
 * OCDS amounts are JSON numbers. A decimal string of at most 11 integer digits and 4 decimals has at
 * most 15 significant digits, which a double holds exactly enough to print back unchanged. Export only:
 * never do arithmetic on the result.
 */
function amount(decimal: string): number {
  if (!/^\d{1,11}(\.\d{1,4})?$/.test(decimal)) throw new Error(`Not a GBP price: "${decimal}"`);
  return Number(decimal);
}

/** Accepts a supplier's website with or without its scheme; drops it if it still is not a URL. */
function webAddress(website: string | null): string | null {
  if (!website) return null;
  const candidate = /^https?:\/\//i.test(website) ? website : `https://${website}`;
  return URL.canParse(candidate) ? candidate : null;
}

/** CPV divisions 03–44 and 48 are supplies, 45 works, 50 onwards services. */
function cpvCategory(code: string): 'goods' | 'works' | 'services' {
  const division = Number(code.slice(0, 2));
  return division === 45 ? 'works' : division < 50 ? 'goods' : 'services';
}

function unitName(price: Price): string {
  const base = price.pricingUnit === 'FIXED' ? 'Fixed charge' : `Per ${UNIT_NOUN[price.pricingUnit]}`;
  return base + BILLING[price.billingPeriod];
}

/** Tier bands go into the item's description: OCDS 1.1 has no field for volume pricing. */
function itemDescription(price: Price): string {
  const role = [price.role, price.grade].filter(Boolean).join(', ');
  const validity = `valid from ${price.validFrom}${price.validTo ? ` to ${price.validTo}` : ''}`;
  const parts = [
    `${price.product.name} ${price.productVersion.version}${role ? `: ${role}` : ''}.`,
    `Ceiling ${unitName(price).toLowerCase()}, ${validity}.`,
  ];
  if (price.tiers?.length) {
    const bands = price.tiers.map(
      (t) => `${t.from}${t.to == null ? ' and over' : `–${t.to}`} at £${t.unitPrice}`,
    );
    const rule = price.tierCalculation ? ` (${TIER_RULE[price.tierCalculation]})` : '';
    parts.push(`Volume bands${rule}: ${bands.join('; ')}.`);
  }
  return parts.join(' ');
}

function item(price: Price, lotId: string): Json {
  return {
    id: price.id,
    description: itemDescription(price),
    classification: { scheme: 'CPV', id: price.cpv.code, description: price.cpv.label },
    relatedLot: lotId,
    unit: { name: unitName(price), value: { amount: amount(price.ceilingUnitPrice), currency: 'GBP' } },
  };
}

function ownerParty(owner: OcdsFramework['owner']): Json {
  // Central bodies without a verified ODS code carry local `CC-` codes (server/data/README.md):
  // those must not be published under the GB-NHS scheme.
  const local = owner.odsCode.startsWith('CC-');
  return {
    id: local ? `${OCID_PREFIX}-org-${owner.odsCode}` : `GB-NHS-${owner.odsCode}`,
    name: owner.name,
    ...(!local && { identifier: { scheme: 'GB-NHS', id: owner.odsCode, legalName: owner.name } }),
    roles: ['buyer', 'procuringEntity'],
  };
}

function supplierParty(supplier: OcdsFramework['awards'][number]['supplier']): Json {
  const number = supplier.companiesHouseNumber.trim().toUpperCase();
  const url = webAddress(supplier.website);
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
    ...(url && { contactPoint: { url } }),
    roles: ['supplier'],
    details: { scale: supplier.sme ? 'sme' : 'large' },
  };
}

const reference = (party: Json) => ({ id: party['id'], name: party['name'] });

function humanKind(kind: string): string {
  const words = kind.toLowerCase().replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/**
 * Builds the OCDS 1.1 release package for one framework: one release describing the framework as it
 * stands (a compiled snapshot, not its history), with the owner as buyer and procuring entity, the
 * lots (lots extension), each supplier award with its catalogue prices as items, and amendments.
 *
 * Deterministic: the same framework gives the same package. The release id and date follow
 * `updatedAt` (and the status), so consumers see a new release whenever the framework changes.
 *
 * @param framework the framework, its lots, awards, prices and amendments
 * @param options.baseUrl the public origin of this Concord (e.g. `https://concord.example`)
 * @throws if the base URL, a date or a price is malformed, or an award names a lot not in the framework
 */
export function frameworkReleasePackage(framework: OcdsFramework, options: { baseUrl: string }): Json {
  const baseUrl = new URL(options.baseUrl).href.replace(/\/+$/, '');
  const status = TENDER_STATUS[framework.status];
  const withdrawn = framework.status === 'WITHDRAWN';
  const ocid = `${OCID_PREFIX}-${framework.id}`;
  const updated = framework.updatedAt.toISOString();
  const contractPeriod = {
    startDate: englandDateTime(framework.startDate, '00:00:00'),
    endDate: englandDateTime(framework.endDate, '23:59:59'),
  };

  const owner = ownerParty(framework.owner);
  const suppliers = new Map<string, Json>();
  const lots = [...framework.lots].sort((a, b) => a.number - b.number);
  const lotsById = new Map(lots.map((lot) => [lot.id, lot]));

  const tenderItems: Json[] = [];
  const awards = framework.awards.map((award) => {
    const lot = lotsById.get(award.lotId);
    if (!lot)
      throw new Error(`Award ${award.id} is on lot ${award.lotId}, which is not in ${framework.reference}`);
    const supplier = supplierParty(award.supplier);
    suppliers.set(supplier['id'] as string, supplier);
    const items = award.prices.map((price) => item(price, lot.id));
    tenderItems.push(...items);
    return {
      id: award.id,
      title: `${award.supplier.name}: Lot ${lot.number}, ${lot.title}`,
      status: withdrawn ? 'cancelled' : 'active',
      ...(award.awardedOn && { date: englandDateTime(award.awardedOn, '00:00:00') }),
      suppliers: [reference(supplier)],
      relatedLots: [lot.id],
      contractPeriod,
      ...(items.length > 0 && { items }), // the schema wants at least one item when present
    };
  });

  // The most common category among the prices leads; the others are listed as additional.
  const categoryCounts = new Map<string, number>();
  for (const award of framework.awards)
    for (const price of award.prices) {
      const category = cpvCategory(price.cpv.code);
      categoryCounts.set(category, (categoryCounts.get(category) ?? 0) + 1);
    }
  const categories = [...categoryCounts].sort((a, b) => b[1] - a[1]).map(([category]) => category);

  const standards = lots
    .filter((lot) => lot.requiredStandards.length > 0)
    .map(
      (lot) => `Lot ${lot.number}: ${lot.requiredStandards.map((s) => `${s.name} (${s.code})`).join('; ')}.`,
    );
  const amendments = [...framework.amendments]
    .sort((a, b) => a.madeAt.getTime() - b.madeAt.getTime())
    .map((a) => ({
      id: a.id,
      date: a.madeAt.toISOString(),
      description: `${humanKind(a.kind)}: ${a.summary}`,
    }));

  const tender = {
    id: framework.reference,
    title: framework.title,
    ...(framework.description && { description: framework.description }),
    status,
    procuringEntity: reference(owner),
    // procurementMethod is left out: Concord does not record which procedure set the framework up.
    ...(categories.length > 0 && { mainProcurementCategory: categories[0] }),
    ...(categories.length > 1 && { additionalProcurementCategories: categories.slice(1) }),
    ...(standards.length > 0 && {
      eligibilityCriteria: `Suppliers must meet these standards. ${standards.join(' ')}`,
    }),
    contractPeriod,
    lots: lots.map((lot) => ({
      id: lot.id,
      title: `Lot ${lot.number}: ${lot.title}`,
      ...(lot.scope && { description: lot.scope }),
      status,
    })),
    ...(tenderItems.length > 0 && { items: tenderItems }),
    ...(amendments.length > 0 && { amendments }),
    ...(withdrawn && {
      documents: [
        {
          id: 'withdrawal',
          documentType: 'cancellationDetails',
          title: 'Why the framework was withdrawn',
          description: framework.withdrawnReason ?? 'No reason was recorded.',
          datePublished: updated,
        },
      ],
    }),
  };

  const hasAwards = awards.length > 0;
  const tag = [
    'tender',
    ...(amendments.length > 0 ? ['tenderAmendment'] : []),
    ...(withdrawn ? ['tenderCancellation'] : []),
    ...(hasAwards ? ['award'] : []),
    ...(withdrawn && hasAwards ? ['awardCancellation'] : []),
  ];

  const release = {
    ocid,
    // Unique within the ocid and new on every change; no `#`, which release ids must not contain.
    id: `${ocid}-${updated.replace(/[-:.]/g, '')}-${status}`,
    date: updated,
    language: 'en',
    tag,
    initiationType: 'tender',
    parties: [owner, ...suppliers.values()],
    buyer: reference(owner),
    tender,
    ...(hasAwards && { awards }),
  };

  return {
    uri: `${baseUrl}/ocds/frameworks/${encodeURIComponent(framework.reference)}.json`,
    version: '1.1',
    extensions: EXTENSIONS,
    // Generated on demand, so OCDS asks for the date of the last change to the contents.
    publishedDate: updated,
    publisher: { name: 'Concord', uri: baseUrl },
    license: LICENCE,
    releases: [release],
  };
}
