/**
 * Export of a published framework as an Open Contracting Data Standard (OCDS) 1.1 release package.
 * Pure: plain objects in, plain JSON out; the tests validate the output against the OCDS 1.1.5
 * schemas in server/data/ocds/.
 */
import type { BillingPeriod, PricingUnit } from '../catalogue/catalogue.enums.js';
import {
  englandDateTime,
  LICENCE,
  nhsParty,
  OCID_PREFIX,
  ocdsNumber,
  partyReference,
  supplierParty,
  unitName,
} from '../ocds/ocds-format.js';

export { OCID_PREFIX };

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
      pricingUnit: PricingUnit;
      billingPeriod: BillingPeriod;
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

/** Extensions whose fields the export uses: tender.lots / relatedLot(s), and parties' details.scale. */
const EXTENSIONS = [
  'https://raw.githubusercontent.com/open-contracting-extensions/ocds_lots_extension/v1.1.5/extension.json',
  'https://raw.githubusercontent.com/open-contracting-extensions/ocds_partyDetails_scale_extension/master/extension.json',
];

const TENDER_STATUS = { PUBLISHED: 'active', EXPIRED: 'complete', WITHDRAWN: 'cancelled' } as const;

const TIER_RULE: Record<NonNullable<Price['tierCalculation']>, string> = {
  CUMULATIVE: 'each band charged at its own price',
  SINGLE_FIXED: 'the whole quantity charged at the price of the band it reaches',
};

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
    unit: {
      name: unitName(price),
      value: { amount: ocdsNumber(price.ceilingUnitPrice, 'ceiling unit price'), currency: 'GBP' },
    },
  };
}

const ownerParty = (owner: OcdsFramework['owner']) => nhsParty(owner, ['buyer', 'procuringEntity']);

/** A framework supplier also shows its website and whether it is an SME. */
function awardedSupplierParty(supplier: OcdsFramework['awards'][number]['supplier']): Json {
  const url = webAddress(supplier.website);
  return {
    ...supplierParty(supplier),
    ...(url && { contactPoint: { url } }),
    details: { scale: supplier.sme ? 'sme' : 'large' },
  };
}

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
    const supplier = awardedSupplierParty(award.supplier);
    suppliers.set(supplier['id'] as string, supplier);
    const items = award.prices.map((price) => item(price, lot.id));
    tenderItems.push(...items);
    return {
      id: award.id,
      title: `${award.supplier.name}: Lot ${lot.number}, ${lot.title}`,
      status: withdrawn ? 'cancelled' : 'active',
      ...(award.awardedOn && { date: englandDateTime(award.awardedOn, '00:00:00') }),
      suppliers: [partyReference(supplier)],
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
    procuringEntity: partyReference(owner),
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
    buyer: partyReference(owner),
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
