// Type-only imports: the enums modules register GraphQL types at load, and this file must stay pure data.
import type { BillingPeriod, PricingUnit, ProductCategory } from '../catalogue/catalogue.enums.js';
import type { DemoCatalogue, DemoPrice } from '../frameworks/demo-catalogue.js';
import type { PriceVisibility, ProcurementRoute } from './contract.enums.js';
import { addMonths } from '../../core/dates.js';
import { seededRandom as random, seedOf, type Random } from '../../core/seeded-random.js';

/**
 * A fictional contract register for every open trust, built from the demo catalogue by a seeded
 * PRNG: plain data in, plain rows out, the same rows for the same input. Call-offs buy only what
 * their lot's award offers and start while the framework is in force; prices come from the
 * catalogue's ceilings (or, off-framework, list prices near them) less a discount that depends on
 * the buyer's negotiating strength, never on the volume. A few call-off lines sit above the ceiling.
 * The derived figures (net, annual, ceiling, and so each contract's total value, the sum of its
 * lines' costs) are left to the loader, which derives them with the service's own code.
 */

export type DemoTrust = { odsCode: string; name: string; trustType: string | null };

export type DemoContractLine = {
  lineReference: string;
  /** The catalogue product and version bought; null for a service described in words. */
  product: { key: string; version: string } | null;
  description: string;
  /** For lines without a product: the kind of service (a product line takes its product's). */
  category: ProductCategory | null;
  role: string | null;
  grade: string | null;
  pricingUnit: PricingUnit;
  billingPeriod: BillingPeriod;
  /** Decimal strings as stored: quantity 2 places, unit price 4, discount 2. */
  quantity: string;
  unitPrice: string;
  discountPercent: string;
  rebate: boolean;
  bundle: boolean;
  researchPartnership: boolean;
  suppressed: boolean;
  suppressionReason: string | null;
};

export type DemoContract = {
  buyerOdsCode: string;
  supplierKey: string;
  /** A call-off: the framework lot, on which the supplier holds an award. Null off-framework. */
  lot: { frameworkReference: string; lotNumber: number } | null;
  route: ProcurementRoute | null;
  reference: string;
  title: string;
  startDate: string;
  endDate: string;
  maxEndDate: string | null;
  status: 'ACTIVE' | 'TERMINATED';
  terminationReason: string | null;
  priceVisibility: PriceVisibility;
  notes: string;
  expectedAnnualBenefit: string | null;
  benefitsStatement: string;
  benefitsOwner: string;
  /** The day it was entered into Concord and the day it last changed (never after today). */
  recordedOn: string;
  updatedOn: string;
  lines: DemoContractLine[];
};

export type DemoContractsOptions = {
  /** The day the register is built for: dates are spread around it. `YYYY-MM-DD`. */
  today: string;
  seed?: number;
  /** Multiplies every trust's number of contracts (at least one each); 1 gives about 20,000. */
  scale?: number;
};

/** The demo user's trust (procurement@royalfree.example): the largest, richest register. */
export const DEMO_BUYER_ODS_CODE = 'RAL';
const DEFAULT_SEED = 0xc0ffee26;

// --- Random numbers, dates, money ------------------------------------------------------------

// Dates as day numbers (days since 1970-01-01), by calendar arithmetic: a Date per call is slow.
const pad2 = (n: number) => (n < 10 ? `0${n}` : String(n));
/** Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil). */
function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
}
const dayOf = (iso: string) =>
  daysFromCivil(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));
/** `YYYY-MM-DD` of a day number (civil_from_days). */
function isoOf(days: number): string {
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return `${yoe + era * 400 + (month <= 2 ? 1 : 0)}-${pad2(month)}-${pad2(day)}`;
}
/** The last day of a term of `months` from `start` (12 months from 1 Apr end on 31 Mar). */
const termEnd = (start: string, months: number) => isoOf(dayOf(addMonths(start, months)) - 1);

/** Money as integer ten-thousandths of a pound, so no float ever reaches a price. */
const units = (gbp: string): number => {
  const [whole = '0', fraction = ''] = gbp.split('.');
  return Number(whole) * 10_000 + Number(fraction.padEnd(4, '0').slice(0, 4));
};
const price4 = (n: number) => `${Math.floor(n / 10_000)}.${String(n % 10_000).padStart(4, '0')}`;
const percent2 = (basisPoints: number) =>
  `${Math.floor(basisPoints / 100)}.${String(basisPoints % 100).padStart(2, '0')}`;
/** Prices of a pound or more are quoted to the penny. */
const niceDown = (n: number) => (n >= 10_000 ? n - (n % 100) : n);
const niceUp = (n: number) => (n >= 10_000 ? n + ((100 - (n % 100)) % 100) : n);
const gbp = (pounds: number) => pounds * 10_000;

// --- What trusts buy --------------------------------------------------------------------------

type CategorySpec = {
  weight: number;
  /** How many lines a contract of this kind usually has. */
  lines: readonly [number, number];
  /** Term in months, with weights. */
  terms: readonly (readonly [number, number])[];
  /** One-off implementation charge range in pounds, when the product needs implementing. */
  implementation: readonly [number, number] | null;
  implementationNames: readonly string[];
  /** Annual support charge range in pounds, for kit maintained by the supplier. */
  support: readonly [number, number] | null;
  /** Hospital systems ambulance, mental health and community trusts do not buy. */
  hospital: boolean;
  titles: readonly string[];
  benefits: readonly string[];
  /** What a bundled line of this kind was bundled with ("Bundled with PACS replacement"). */
  bundledWith: string;
};

// Terms in months, with weights.
// prettier-ignore
const SOFTWARE_TERMS = [[24, 2], [36, 5], [48, 2], [60, 3], [84, 1]] as const;
// prettier-ignore
const SERVICE_TERMS = [[3, 2], [6, 4], [9, 2], [12, 4], [18, 2], [24, 1]] as const;
// prettier-ignore
const KIT_TERMS = [[12, 3], [24, 2], [36, 4], [48, 2], [60, 2]] as const;
// prettier-ignore
const EPR_TERMS = [[36, 1], [60, 3], [84, 2], [120, 1]] as const;

const CATEGORIES: Partial<Record<ProductCategory, CategorySpec>> = {
  EPR: {
    weight: 3,
    lines: [14, 40],
    terms: EPR_TERMS,
    implementation: [120_000, 900_000],
    implementationNames: ['EPR implementation and configuration', 'Data migration from legacy systems'],
    support: null,
    hospital: false,
    titles: [
      'Electronic patient record: {product}',
      '{product} licences, hosting and support',
      'EPR replacement programme',
      'EPR optimisation and upgrade to {version}',
    ],
    benefits: [
      'Retire four legacy clinical systems and their support contracts.',
      'Release 20 minutes of nursing time per shift through electronic observations and handover.',
      'Remove paper case notes from outpatients; save storage and retrieval costs.',
    ],
    bundledWith: 'EPR',
  },
  PAS: {
    weight: 3,
    lines: [6, 22],
    terms: SOFTWARE_TERMS,
    implementation: [40_000, 300_000],
    implementationNames: ['PAS implementation and data migration', 'Waiting list validation and cut-over'],
    support: null,
    hospital: true,
    titles: ['Patient administration system: {product}', 'PAS renewal and support', '{product} upgrade'],
    benefits: [
      'Accurate RTT waiting lists with fewer validation hours.',
      'Automated national dataset submissions; retire manual returns.',
    ],
    bundledWith: 'EPR',
  },
  EPMA: {
    weight: 3,
    lines: [6, 20],
    terms: SOFTWARE_TERMS,
    implementation: [30_000, 250_000],
    implementationNames: ['ePMA implementation and ward roll-out', 'dm+d formulary build'],
    support: null,
    hospital: true,
    titles: ['Electronic prescribing and medicines administration', '{product} ePMA roll-out'],
    benefits: [
      'Reduce prescribing and administration errors by a quarter.',
      'Remove paper drug charts from every inpatient ward.',
    ],
    bundledWith: 'EPR',
  },
  LIMS: {
    weight: 3,
    lines: [6, 20],
    terms: SOFTWARE_TERMS,
    implementation: [30_000, 250_000],
    implementationNames: ['LIMS implementation for the pathology network', 'Analyser interfacing'],
    support: null,
    hospital: true,
    titles: ['Laboratory information management: {product}', 'Pathology network LIMS'],
    benefits: [
      'One LIMS across the pathology network; retire two local systems.',
      'Faster turnaround of results to wards and GPs.',
    ],
    bundledWith: 'pathology managed service',
  },
  PACS_RIS: {
    weight: 4,
    lines: [8, 26],
    terms: SOFTWARE_TERMS,
    implementation: [40_000, 350_000],
    implementationNames: ['PACS migration of the image archive', 'RIS implementation and reporting set-up'],
    support: null,
    hospital: true,
    titles: ['PACS and RIS replacement', 'Imaging archive: {product}', 'Enterprise imaging: {product}'],
    benefits: [
      'Share images across the imaging network without CDs or image transfers.',
      'Cut reporting turnaround for urgent CT to under an hour.',
    ],
    bundledWith: 'PACS',
  },
  INTEGRATION: {
    weight: 5,
    lines: [4, 14],
    terms: SOFTWARE_TERMS,
    implementation: [10_000, 120_000],
    implementationNames: ['Interface build and testing', 'Migration of existing interfaces'],
    support: null,
    hospital: false,
    titles: [
      'Integration engine: {product}',
      'Interoperability platform',
      'FHIR gateway for the shared care record',
    ],
    benefits: ['Connect to the shared care record and national services without bespoke interfaces.'],
    bundledWith: 'EPR',
  },
  DIGITAL_DICTATION: {
    weight: 4,
    lines: [5, 14],
    terms: SOFTWARE_TERMS,
    implementation: [5_000, 60_000],
    implementationNames: ['Dictation workflow set-up and training', 'Speech recognition roll-out'],
    support: null,
    hospital: true,
    titles: ['Digital dictation and speech recognition', '{product} for clinical letters'],
    benefits: ['Clinic letters sent within 7 days; release medical secretary time.'],
    bundledWith: 'EPR',
  },
  PATIENT_FLOW: {
    weight: 4,
    lines: [5, 14],
    terms: SOFTWARE_TERMS,
    implementation: [10_000, 120_000],
    implementationNames: ['Command centre set-up', 'Bed management configuration'],
    support: null,
    hospital: true,
    titles: ['Patient flow and bed management', 'Hospital command centre: {product}'],
    benefits: ['Reduce delayed discharges by 10% through real-time bed state.'],
    bundledWith: 'EPR',
  },
  PATIENT_ENGAGEMENT: {
    weight: 6,
    lines: [4, 14],
    terms: SOFTWARE_TERMS,
    implementation: [10_000, 100_000],
    implementationNames: ['Patient portal set-up and NHS login integration', 'Digital letters integration'],
    support: null,
    hospital: false,
    titles: ['Patient portal and digital letters', 'Remote monitoring for virtual wards', '{product}'],
    benefits: [
      'Reduce did-not-attend rates with two-way appointment reminders.',
      'Save printing and postage by sending letters digitally first.',
    ],
    bundledWith: 'patient portal',
  },
  INFRASTRUCTURE: {
    weight: 13,
    lines: [4, 18],
    terms: KIT_TERMS,
    implementation: [5_000, 150_000],
    implementationNames: ['Installation and commissioning', 'Site survey and design'],
    support: [2_000, 80_000],
    hospital: false,
    titles: [
      'Wi-Fi refresh',
      'Core network replacement',
      'Data-centre storage refresh',
      'Hyperconverged platform for clinical systems',
      'SD-WAN for community sites',
    ],
    benefits: ['Replace end-of-life network kit before it falls out of vendor support.'],
    bundledWith: 'network',
  },
  CLOUD: {
    weight: 10,
    lines: [4, 18],
    terms: KIT_TERMS,
    implementation: [10_000, 150_000],
    implementationNames: ['Migration to the cloud platform', 'Landing zone build'],
    support: null,
    hospital: false,
    titles: [
      'Managed hosting for clinical systems',
      'Cloud platform: {product}',
      'Backup and disaster recovery service',
    ],
    benefits: ['Close the on-site data centre; avoid a £1m hardware refresh.'],
    bundledWith: 'data-centre exit',
  },
  CYBER_SECURITY: {
    weight: 11,
    lines: [3, 12],
    terms: KIT_TERMS,
    implementation: [5_000, 60_000],
    implementationNames: ['Deployment and policy tuning', 'Onboarding to the managed service'],
    support: null,
    hospital: false,
    titles: [
      'Endpoint detection and response',
      'Managed security operations centre',
      'Penetration testing and assurance',
      '{product}',
    ],
    benefits: ['Meet DSPT and Cyber Essentials Plus; 24/7 detection of attacks.'],
    bundledWith: 'security',
  },
  END_USER_DEVICES: {
    weight: 12,
    lines: [3, 14],
    terms: KIT_TERMS,
    implementation: [2_000, 40_000],
    implementationNames: [
      'Imaging, asset tagging and deployment',
      'Collection and secure disposal of old devices',
    ],
    support: [1_000, 30_000],
    hospital: false,
    titles: [
      'Laptop refresh {fy}',
      'Ward tablets for electronic observations',
      'Scan4Safety barcode hardware',
      'Desktop refresh {fy}',
    ],
    benefits: ['Replace devices that cannot run a supported operating system.'],
    bundledWith: 'device refresh',
  },
  PROFESSIONAL_SERVICES: {
    weight: 15,
    lines: [3, 14],
    terms: SERVICE_TERMS,
    implementation: null,
    implementationNames: [],
    support: null,
    hospital: false,
    titles: [
      'Discovery: {topic}',
      'Delivery team for {topic}',
      'Architecture support for {topic}',
      'Clinical safety assurance for {topic}',
    ],
    benefits: ['A costed business case for the next stage, with a benefits realisation plan.'],
    bundledWith: 'programme',
  },
};

const TOPICS = [
  'outpatient transformation',
  'the shared care record',
  'virtual wards',
  'theatre scheduling',
  'the maternity record',
  'the digital front door',
  'the data platform',
  'cyber remediation',
  'EPR optimisation',
  'the electronic bed board',
  'community mobile working',
] as const;

/** Who buys what, by trust type: no imaging or pathology systems for an ambulance service. */
const HOSPITAL_SYSTEMS_EXCLUDED = new Set(['AMBULANCE', 'MENTAL_HEALTH', 'COMMUNITY']);

const COHORTS: Record<PricingUnit, readonly string[]> = {
  PER_USER: [
    'clinical staff',
    'nursing staff',
    'medical staff',
    'administrative staff',
    'community teams',
    'pharmacy',
    'theatres',
    'emergency department',
    'maternity',
    'bank and agency staff',
  ],
  PER_BED: ['adult inpatient wards', 'critical care', 'maternity', 'paediatrics', 'day-case units'],
  PER_SITE: ['main hospital', 'second acute site', 'community hospital', 'outpatient centre', 'DR site'],
  PER_REGISTERED_PATIENT: ['adults', 'children and young people', 'long-term conditions'],
  PER_LICENCE: ['production', 'test and training', 'disaster recovery', 'development'],
  PER_TRANSACTION: ['inbound messages', 'outbound messages', 'letters', 'SMS reminders'],
  PER_DEVICE: ['wave 1', 'wave 2', 'wave 3', 'ward areas', 'community staff', 'spares pool'],
  PER_DAY: ['discovery', 'alpha', 'beta', 'live support'],
  FIXED: ['phase 1', 'phase 2', 'phase 3'],
};

const ONE_OFF_WHAT: Partial<Record<PricingUnit, string>> = {
  PER_SITE: 'implementation per site',
  FIXED: 'implementation, fixed price',
};
const WHAT: Record<PricingUnit, string> = {
  PER_USER: 'user licences',
  PER_BED: 'licence per bed',
  PER_SITE: 'per site',
  PER_REGISTERED_PATIENT: 'per registered patient',
  PER_LICENCE: 'licences',
  PER_TRANSACTION: 'transactions',
  PER_DEVICE: 'devices',
  PER_DAY: 'day rate',
  FIXED: 'fixed price',
};

const SERVICE_ROLES = [
  ['Implementation consultant', 900],
  ['Project manager', 850],
  ['Trainer', 600],
  ['Technical consultant', 950],
  ['Data migration analyst', 800],
  ['Test analyst', 700],
] as const;
const GRADES = [
  ['Junior', 70],
  ['Mid', 85],
  ['Senior', 100],
  ['Principal', 125],
] as const;

const SUPPRESSIONS: readonly {
  reason: (bundledWith: string) => string;
  flag: 'research' | 'bundle' | null;
}[] = [
  { reason: () => 'Research partnership pricing, not comparable', flag: 'research' },
  { reason: (what) => `Bundled with ${what} replacement`, flag: 'bundle' },
  { reason: () => 'Price includes a hardware refresh, so not comparable', flag: 'bundle' },
  { reason: () => 'Pilot pricing for an early-adopter site', flag: null },
  { reason: () => 'Legacy price carried over from a merged trust', flag: null },
  { reason: () => 'Cost shared with partner trusts in the ICB; split not yet agreed', flag: null },
];

const TERMINATIONS = [
  'Supplier entered administration; the service moved to an interim provider.',
  'Replaced by the ICB-wide shared contract.',
  'Ended by mutual agreement when the service was decommissioned.',
  'Service levels repeatedly missed; terminated for breach after remediation failed.',
  'Absorbed into the trust’s new EPR contract.',
] as const;

const OWNERS = [
  'Chief Clinical Information Officer',
  'Chief Nursing Information Officer',
  'Director of Digital',
  'Chief Information Officer',
  'Head of IT Operations',
  'Deputy Chief Operating Officer',
  'Head of Information Security',
] as const;

const DEPARTMENTS = ['IT', 'ICT', 'DIG', 'IMT', 'DT'] as const;

const OFF_FRAMEWORK_ROUTES = [
  ['DIRECT_AWARD', 30],
  ['FURTHER_COMPETITION', 20],
  ['OPEN', 16],
  ['RESTRICTED', 10],
  ['COMPETITIVE_FLEXIBLE', 10],
  ['OTHER', 14],
] as const satisfies readonly (readonly [ProcurementRoute, number])[];
/** The Procurement Act 2023 (and its competitive flexible procedure) came into force on 24 Feb 2025. */
const PROCUREMENT_ACT = '2025-02-24';

const ROUTE_NOTES: Record<ProcurementRoute, readonly string[]> = {
  DIRECT_AWARD: [
    'Direct award to the incumbent for continuity of a clinical service.',
    'Direct award: the only supplier able to extend the existing system.',
  ],
  FURTHER_COMPETITION: ['Further competition on a national framework outside Concord (G-Cloud).'],
  OPEN: ['Open procedure; five compliant bids.', 'Open tender run with the ICB procurement hub.'],
  RESTRICTED: ['Restricted procedure; four suppliers shortlisted.'],
  COMPETITIVE_FLEXIBLE: ['Competitive flexible procedure with a demonstration stage.'],
  OTHER: ['Awarded through a regional collaborative agreement.', 'Legacy agreement inherited at merger.'],
};

// --- The catalogue, indexed -------------------------------------------------------------------

type Framework = DemoCatalogue['frameworks'][number];
type Lot = Framework['lots'][number];
type Award = Lot['awards'][number];
type Product = DemoCatalogue['products'][number];

type Index = {
  today: number;
  /** Earliest start and latest end: the seven years before today's year to four years after it. */
  earliest: number;
  latestEnd: number;
  suppliers: Map<string, string>;
  products: Map<string, Product>;
  makers: Map<ProductCategory, string[]>;
  productsOf: Map<string, Product[]>;
  /** Every price each product is offered at, on any lot: the basis of list prices. */
  pricesOf: Map<string, DemoPrice[]>;
  /** Lots of published frameworks a call-off could start under, with the start window (days). */
  lots: Map<ProductCategory, { framework: Framework; lot: Lot; from: number; to: number }[]>;
  templates: Map<ProductCategory, DemoPrice[]>;
};

const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
};

function indexCatalogue(catalogue: DemoCatalogue, today: string): Index {
  const todayDay = dayOf(today);
  const year = Number(today.slice(0, 4));
  const index: Index = {
    today: todayDay,
    earliest: dayOf(`${year - 7}-01-01`),
    latestEnd: dayOf(`${year + 4}-12-31`),
    suppliers: new Map(catalogue.suppliers.map((s) => [s.key, s.name])),
    products: new Map(catalogue.products.map((p) => [p.key, p])),
    makers: new Map(),
    productsOf: new Map(),
    pricesOf: new Map(),
    lots: new Map(),
    templates: new Map(),
  };
  for (const p of catalogue.products) {
    push(index.productsOf, `${p.supplierKey}|${p.category}`, p);
    const makers = index.makers.get(p.category) ?? [];
    if (!makers.includes(p.supplierKey)) makers.push(p.supplierKey);
    index.makers.set(p.category, makers);
  }
  for (const framework of catalogue.frameworks) {
    for (const lot of framework.lots) {
      for (const award of lot.awards) {
        for (const offer of award.offers) {
          for (const price of offer.prices) {
            push(index.pricesOf, offer.productKey, price);
            push(index.templates, lot.category, price);
          }
        }
      }
      if (framework.status !== 'PUBLISHED') continue;
      const from = dayOf(framework.startDate);
      const to = Math.min(dayOf(framework.endDate), todayDay + 60);
      if (from <= to) push(index.lots, lot.category, { framework, lot, from, to });
    }
  }
  return index;
}

// --- Each trust -------------------------------------------------------------------------------

type Profile = {
  trust: DemoTrust;
  /** 0–1: how much it buys (contracts, users, beds). */
  size: number;
  /** 0–1: how well it negotiates; sets its discounts, whatever the volume. */
  strength: number;
  contracts: number;
  aboveRate: number;
  namedRate: number;
  privateRate: number;
  department: string;
  teaching: boolean;
  categories: (readonly [ProductCategory, number])[];
  incumbents: Map<ProductCategory, string>;
  /** The day the trust began recording contracts in Concord. */
  onboarded: number;
};

const SPECIALIST =
  /CHILDREN|ORTHOPAEDIC|EYE HOSPITAL|CANCER|HEART|CHEST|WOMEN|CHRISTIE|CLATTERBRIDGE|MARSDEN|PAPWORTH|MOORFIELDS|TAVISTOCK|WALTON|QUEEN VICTORIA|ROBERT JONES|LIVERPOOL WOMEN|NEUROLOGY/;

function profileOf(r: Random, index: Index, trust: DemoTrust, scale: number): Profile {
  const name = trust.name.toUpperCase();
  const type =
    trust.trustType && trust.trustType !== 'NOT_ESTABLISHED'
      ? trust.trustType
      : name.includes('AMBULANCE')
        ? 'AMBULANCE'
        : name.includes('MENTAL HEALTH') || name.includes('PARTNERSHIP')
          ? 'MENTAL_HEALTH'
          : name.includes('COMMUNITY') && !name.includes('HOSPITAL')
            ? 'COMMUNITY'
            : SPECIALIST.test(name)
              ? 'SPECIALIST'
              : 'ACUTE';
  const teaching = name.includes('UNIVERSITY') || name.includes('TEACHING');
  let size =
    type === 'ACUTE'
      ? r.int(20, 55) / 100 + (teaching ? 0.15 : 0) + (name.includes('HOSPITALS') ? 0.1 : 0)
      : type === 'SPECIALIST'
        ? r.int(5, 30) / 100
        : r.int(10, 40) / 100;
  // Strength is the buyer's means (skills, data, leverage), not its size.
  let strength = (r.int(0, 100) + r.int(0, 100)) / 200;
  let aboveRate = 0.025 + 0.08 * (1 - strength);
  const flagship = trust.odsCode === DEMO_BUYER_ODS_CODE;
  if (flagship) [size, strength, aboveRate] = [0.95, 0.4, 0.1];
  size = Math.min(1, size);
  const transparent = r.chance(0.25);
  const categories = (Object.entries(CATEGORIES) as [ProductCategory, CategorySpec][])
    .filter(([, spec]) => !(spec.hospital && HOSPITAL_SYSTEMS_EXCLUDED.has(type)))
    .filter(([category]) => index.makers.has(category))
    .map(([category, spec]) => [category, spec.weight] as const);
  const incumbents = new Map<ProductCategory, string>();
  for (const [category] of categories) incumbents.set(category, r.pick(index.makers.get(category)!));
  return {
    trust,
    size,
    strength,
    contracts: Math.max(1, Math.round((40 + 160 * size) * scale)),
    aboveRate,
    namedRate: transparent ? r.int(25, 55) / 100 : r.int(3, 10) / 100,
    privateRate: r.int(2, 8) / 100,
    department: flagship ? 'IT' : r.pick(DEPARTMENTS),
    teaching,
    categories,
    incumbents,
    onboarded: index.today - r.int(240, 480),
  };
}

/** The flagship register opens with one contract of each kind, call-offs where a lot exists. */
const FLAGSHIP_OPENING: readonly ProductCategory[] = [
  'EPR',
  'PACS_RIS',
  'EPMA',
  'LIMS',
  'PATIENT_FLOW',
  'DIGITAL_DICTATION',
  'INTEGRATION',
  'CYBER_SECURITY',
  'CLOUD',
  'INFRASTRUCTURE',
  'END_USER_DEVICES',
  'PROFESSIONAL_SERVICES',
  'PATIENT_ENGAGEMENT',
];

/** Builds the demo register. Pure: the same rows for the same catalogue, trusts and options. */
export function demoContracts(
  catalogue: DemoCatalogue,
  trusts: readonly DemoTrust[],
  options: DemoContractsOptions,
): DemoContract[] {
  return [...demoRegisters(catalogue, trusts, options)].flat();
}

/**
 * The same register one trust at a time, in order of ODS code, so a loader need not hold every
 * trust's contracts at once.
 */
export function* demoRegisters(
  catalogue: DemoCatalogue,
  trusts: readonly DemoTrust[],
  options: DemoContractsOptions,
): Generator<DemoContract[]> {
  const index = indexCatalogue(catalogue, options.today);
  const seed = options.seed ?? DEFAULT_SEED;
  const scale = options.scale ?? 1;
  const sorted = [...trusts].sort((a, b) => (a.odsCode < b.odsCode ? -1 : a.odsCode > b.odsCode ? 1 : 0));
  for (const trust of sorted) {
    const r = random(seedOf(`${seed}:${trust.odsCode}`));
    const profile = profileOf(r, index, trust, scale);
    const flagship = trust.odsCode === DEMO_BUYER_ODS_CODE;
    const register: DemoContract[] = [];
    for (let i = 0; i < profile.contracts; i++) {
      const opening = flagship ? FLAGSHIP_OPENING[i] : undefined;
      const category = opening ?? r.weighted(profile.categories);
      register.push(contractFor(r, index, profile, category, opening !== undefined));
    }
    // References number each year's contracts in the order they start: RAL-IT-2024-031.
    register.sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0));
    const sequences = new Map<string, number>();
    for (const contract of register) {
      const year = contract.startDate.slice(0, 4);
      const sequence = (sequences.get(year) ?? r.int(0, 20)) + r.int(1, 3);
      sequences.set(year, sequence);
      contract.reference = `${trust.odsCode}-${profile.department}-${year}-${String(sequence).padStart(3, '0')}`;
    }
    yield register;
  }
}

// --- One contract -----------------------------------------------------------------------------

/** What a contract's lines depend on. */
type Draft = {
  category: ProductCategory;
  spec: CategorySpec;
  supplierKey: string;
  callOff: { framework: Framework; lot: Lot; award: Award } | null;
  startYear: number;
};

function contractFor(
  r: Random,
  index: Index,
  profile: Profile,
  category: ProductCategory,
  opening: boolean,
): DemoContract {
  const spec = CATEGORIES[category]!;
  const lots = index.lots.get(category) ?? [];
  const callOff = lots.length > 0 && (opening || r.chance(0.55));
  const incumbent = profile.incumbents.get(category)!;

  let supplierKey: string;
  let startDay: number;
  let terms = spec.terms;
  let draftCallOff: Draft['callOff'] = null;
  if (callOff) {
    const { framework, lot, from, to } = r.pick(lots);
    const awarded = lot.awards.find((a) => a.supplierKey === incumbent);
    const award = awarded && r.chance(0.55) ? awarded : r.pick(lot.awards);
    supplierKey = award.supplierKey;
    startDay = r.int(from, to);
    draftCallOff = { framework, lot, award };
    terms = terms.filter(([months]) => months <= 60);
  } else {
    supplierKey = r.chance(0.55) ? incumbent : r.pick(index.makers.get(category)!);
    // More recent years weigh more: older contracts have mostly been replaced and archived.
    const thisYear = Number(isoOf(index.today).slice(0, 4));
    const year = r.weighted([6, 7, 9, 11, 14, 17, 19, 17].map((w, i) => [thisYear - 7 + i, w] as const));
    const from = Math.max(index.earliest, dayOf(`${year}-01-01`));
    startDay = r.int(from, Math.min(dayOf(`${year}-12-31`), index.today + 60));
  }
  let startDate = isoOf(startDay);
  // Half start on the first of a month, as most contracts do (kept inside a call-off's window).
  if (r.chance(0.5) && (!draftCallOff || `${startDate.slice(0, 8)}01` >= draftCallOff.framework.startDate)) {
    startDate = `${startDate.slice(0, 8)}01`;
  }
  // The register runs to four years ahead: a shorter term that fits, or the last day.
  const fitting = terms.filter(([months]) => dayOf(termEnd(startDate, months)) <= index.latestEnd);
  let endDate = fitting.length ? termEnd(startDate, r.weighted(fitting)) : isoOf(index.latestEnd);
  const startYear = Number(startDate.slice(0, 4));

  let maxEndDate = r.chance(0.35) ? addMonths(endDate, r.pick([12, 24])) : null;
  let status: DemoContract['status'] = 'ACTIVE';
  let terminationReason: string | null = null;
  const start = dayOf(startDate);
  const end = dayOf(endDate);
  if (r.chance(0.015) && start + 120 < index.today && end - start > 180) {
    // Ended early: the end date becomes the last day, and the figures follow the shorter term.
    endDate = isoOf(r.int(start + 90, Math.min(end - 1, index.today - 1)));
    status = 'TERMINATED';
    terminationReason = r.pick(TERMINATIONS);
    maxEndDate = null;
  }

  const draft: Draft = { category, spec, supplierKey, callOff: draftCallOff, startYear };
  const lines = linesFor(r, index, profile, draft, opening);

  const route: ProcurementRoute | null = draftCallOff
    ? null
    : (() => {
        const picked = r.weighted(OFF_FRAMEWORK_ROUTES);
        return picked === 'COMPETITIVE_FLEXIBLE' && startDate < PROCUREMENT_ACT ? 'OPEN' : picked;
      })();
  const visibility = r.chance(profile.privateRate)
    ? 'PRIVATE'
    : r.chance(profile.namedRate)
      ? 'NAMED'
      : 'ANONYMOUS';

  const notes: string[] = [];
  if (draftCallOff && r.chance(0.4)) {
    const { framework, lot } = draftCallOff;
    notes.push(
      r.chance(0.6)
        ? `Called off from ${framework.reference} lot ${lot.number} after a further competition among ${r.int(3, Math.max(3, lot.awards.length))} suppliers.`
        : `Direct award under ${framework.reference} lot ${lot.number} (${lot.title.toLowerCase()}).`,
    );
  }
  if (route && r.chance(0.3)) notes.push(r.pick(ROUTE_NOTES[route]));
  if (maxEndDate) notes.push(`Option to extend to ${maxEndDate}.`);
  if (lines.some((l) => l.rebate)) notes.push('Volume rebate paid annually in arrears.');
  if (r.chance(0.1)) notes.push('Prices fixed for the first two years, then CPI-linked.');

  const withBenefits = r.chance(spec.implementation ? 0.35 : 0.2);
  const benefitShare = r.int(5, 40);
  const recorded = Math.min(index.today, Math.max(start - r.int(0, 30), profile.onboarded + r.int(0, 60)));
  const updated = r.chance(0.65) ? recorded : Math.min(index.today, recorded + r.int(1, 120));
  const product = lines.find((l) => l.product)?.product;
  const fy = `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
  const title = r
    .pick(spec.titles)
    .replace('{product}', product ? index.products.get(product.key)!.name : category.replaceAll('_', ' '))
    .replace('{version}', product?.version ?? '')
    .replace('{fy}', fy)
    .replace('{topic}', r.pick(TOPICS));

  return {
    buyerOdsCode: profile.trust.odsCode,
    supplierKey,
    lot: draftCallOff
      ? { frameworkReference: draftCallOff.framework.reference, lotNumber: draftCallOff.lot.number }
      : null,
    route,
    reference: '', // numbered once the trust's register is complete
    title,
    startDate,
    endDate,
    maxEndDate,
    status,
    terminationReason,
    priceVisibility: visibility,
    notes: notes.join(' '),
    expectedAnnualBenefit:
      withBenefits && r.chance(0.7) ? expectedBenefit(lines, startDate, endDate, benefitShare) : null,
    benefitsStatement: withBenefits ? r.pick(spec.benefits) : '',
    benefitsOwner: withBenefits ? r.pick(OWNERS) : '',
    recordedOn: isoOf(recorded),
    updatedOn: isoOf(updated),
    lines,
  };
}

// --- Lines --------------------------------------------------------------------------------------

/** How many units a trust of this size buys. */
function quantityFor(r: Random, unit: PricingUnit, size: number): number {
  const lerp = (lo: number, hi: number) => lo + (hi - lo) * size;
  const vary = (n: number, lo = 70, hi = 130) => (n * r.int(lo, hi)) / 100;
  switch (unit) {
    case 'PER_USER':
      return Math.max(20, Math.round(vary(lerp(150, 8000)) / 10) * 10);
    case 'PER_BED':
      return Math.round(vary(lerp(120, 1500), 85, 115));
    case 'PER_SITE':
      return r.int(1, 2 + Math.round(size * 8));
    case 'PER_REGISTERED_PATIENT':
      return Math.round(vary(lerp(60_000, 900_000)) / 1000) * 1000;
    case 'PER_TRANSACTION':
      return Math.round(vary(lerp(20_000, 1_500_000), 60, 140) / 1000) * 1000;
    case 'PER_LICENCE':
      return r.int(2, 10 + Math.round(size * 150));
    case 'PER_DEVICE':
      return Math.max(10, Math.round(vary(lerp(40, 2500), 50, 150) / 10) * 10);
    case 'PER_DAY':
      return r.int(5, 80);
    case 'FIXED':
      return 1;
  }
}

/** The trust's discount on one line, in basis points: its strength, give or take, never its volume. */
const discountFor = (r: Random, profile: Profile) =>
  Math.round(Math.min(3500, Math.max(0, 200 + 2200 * profile.strength + r.int(-300, 300))) / 50) * 50;

/**
 * The ceiling's charge for one unit and billing period at a quantity (volume bands applied, as
 * `ceilingAnnualUnitPrice` does), as a fraction of ten-thousandths of a pound.
 */
function ceilingPerUnit(price: DemoPrice, quantity: number): [bigint, bigint] {
  if (price.pricingUnit === 'FIXED' || !price.tiers?.length)
    return [BigInt(units(price.ceilingUnitPrice)), 1n];
  const n = Math.max(1, Math.ceil(quantity));
  if (price.tierCalculation === 'SINGLE_FIXED') {
    const band = price.tiers.find((t) => n >= t.from && (t.to === null || n <= t.to))!;
    return [BigInt(units(band.unitPrice)), 1n];
  }
  let total = 0n;
  for (const t of price.tiers) {
    if (n < t.from) continue;
    const upper = t.to === null ? n : Math.min(n, t.to);
    total += BigInt(units(t.unitPrice)) * BigInt(upper - t.from + 1);
  }
  return [total, BigInt(n)];
}

/** Multiplier from a price's billing period to a line's (a year is 12 months). */
const periodFactor = (from: BillingPeriod, to: BillingPeriod): [bigint, bigint] =>
  from === 'ANNUAL' && to === 'MONTHLY'
    ? [1n, 12n]
    : from === 'MONTHLY' && to === 'ANNUAL'
      ? [12n, 1n]
      : [1n, 1n];

type Priced = { unitPrice: number; discount: number };

/**
 * A call-off line's price against its ceiling. Below: the ceiling (or its band at this quantity)
 * less the buyer's discount, recorded either as list price and discount or as the net price;
 * never above the ceiling on the line's footing. Above: the ceiling plus 2–18 %.
 */
function callOffPrice(
  r: Random,
  price: DemoPrice,
  period: BillingPeriod,
  quantity: number,
  above: boolean,
  discount: number,
): Priced {
  const [num, den] = ceilingPerUnit(price, quantity);
  const [fNum, fDen] = periodFactor(price.billingPeriod, period);
  if (above) {
    const uplift = BigInt(r.int(200, 1800));
    const a = num * fNum * (10_000n + uplift);
    const b = den * fDen * 10_000n;
    return { unitPrice: niceUp(Number((a + b - 1n) / b)), discount: 0 };
  }
  const cap = Number((num * fNum) / (den * fDen));
  const list = Number((BigInt(units(price.ceilingUnitPrice)) * fNum) / fDen);
  const base = niceDown(Math.min(list, cap));
  return r.chance(0.55)
    ? { unitPrice: base, discount }
    : { unitPrice: niceDown(Math.floor((base * (10_000 - discount)) / 10_000)), discount: 0 };
}

/** The year the demo catalogue's prices are for (its frameworks start in 2025 and 2026). */
const CATALOGUE_PRICE_YEAR = 2026;

/** An off-framework list price: near the catalogue's, 3 % a year lower for older contracts. */
function listPrice(
  r: Random,
  price: DemoPrice,
  period: BillingPeriod,
  startYear: number,
  offered: boolean,
): number {
  const [fNum, fDen] = periodFactor(price.billingPeriod, period);
  const markup = offered ? r.int(100, 125) : r.int(80, 130);
  const drift = Math.max(75, 100 - 3 * Math.max(0, CATALOGUE_PRICE_YEAR - startYear));
  const base = (units(price.ceilingUnitPrice) * Number(fNum)) / Number(fDen);
  return Math.max(1, niceDown(Math.round((base * markup * drift) / 10_000)));
}

type LineSeed = {
  product: Product | null;
  version: string | null;
  price: DemoPrice | null;
  description: string;
  category: ProductCategory | null;
  role: string | null;
  grade: string | null;
  unit: PricingUnit;
  period: BillingPeriod;
  above: boolean;
  /** Off-framework and service lines: the list price in the line's period. */
  list: number;
};

function linesFor(
  r: Random,
  index: Index,
  profile: Profile,
  draft: Draft,
  opening: boolean,
): DemoContractLine[] {
  const { spec, category } = draft;
  const seeds: LineSeed[] = [];
  const flagship = profile.trust.odsCode === DEMO_BUYER_ODS_CODE;

  // Products and the terms they are sold on.
  const offers: { product: Product; version: string; prices: readonly DemoPrice[]; offered: boolean }[] = [];
  if (draft.callOff) {
    for (const offer of r
      .shuffle(draft.callOff.award.offers)
      .slice(0, r.int(1, Math.min(2, draft.callOff.award.offers.length))))
      offers.push({
        product: index.products.get(offer.productKey)!,
        version: offer.version,
        prices: offer.prices,
        offered: true,
      });
  } else {
    const own = index.productsOf.get(`${draft.supplierKey}|${category}`) ?? [];
    for (const product of r.shuffle(own).slice(0, r.int(1, Math.min(2, own.length)))) {
      const version = draft.startYear < 2024 ? product.versions[0]! : product.versions.at(-1)!;
      const catalogued = index.pricesOf.get(product.key);
      const templates = index.templates.get(category) ?? [];
      const prices = catalogued ?? r.shuffle(templates).slice(0, Math.min(templates.length, r.int(1, 2)));
      offers.push({ product, version, prices, offered: catalogued !== undefined });
    }
  }
  for (const offer of offers) {
    const label = `${offer.product.name} ${offer.version}`;
    const prices = offer.prices.length > 1 && r.chance(0.25) ? [r.pick(offer.prices)] : offer.prices;
    for (const price of prices) {
      const recurring = price.billingPeriod !== 'ONE_OFF';
      // Some buy monthly what the framework prices yearly, or the other way round.
      const period: BillingPeriod =
        recurring && r.chance(0.2)
          ? price.billingPeriod === 'ANNUAL'
            ? 'MONTHLY'
            : 'ANNUAL'
          : price.billingPeriod;
      const perDay = price.pricingUnit === 'PER_DAY';
      seeds.push({
        product: offer.product,
        version: offer.version,
        price,
        description: perDay
          ? `${label}: ${price.role} (${price.grade})`
          : `${label}: ${(period === 'ONE_OFF' && ONE_OFF_WHAT[price.pricingUnit]) || WHAT[price.pricingUnit]}`,
        category: null,
        role: price.role,
        grade: price.grade,
        unit: price.pricingUnit,
        period,
        above: draft.callOff !== null && r.chance(profile.aboveRate),
        list: draft.callOff ? 0 : listPrice(r, price, period, draft.startYear, offer.offered),
      });
    }
  }

  // One-off implementation, yearly support, and day rates for the people who do the work.
  if (spec.implementation && r.chance(0.7)) {
    const [lo, hi] = spec.implementation;
    seeds.push(
      serviceLine(
        r.pick(spec.implementationNames),
        category,
        'FIXED',
        'ONE_OFF',
        gbp(Math.round((lo + ((hi - lo) * profile.size * r.int(30, 100)) / 100) / 250) * 250),
      ),
    );
  }
  if (spec.support && r.chance(0.5)) {
    const [lo, hi] = spec.support;
    seeds.push(
      serviceLine(
        'Annual support and maintenance',
        category,
        'FIXED',
        'ANNUAL',
        gbp(Math.round((lo + ((hi - lo) * r.int(0, 100)) / 100) / 50) * 50),
      ),
    );
  }
  if (category !== 'PROFESSIONAL_SERVICES' && r.chance(0.35)) {
    for (const [role, rate] of r.shuffle(SERVICE_ROLES).slice(0, r.int(1, 3))) {
      const [grade, factor] = r.pick(GRADES);
      const pounds = Math.min(
        1400,
        Math.max(450, Math.round((rate * factor * r.int(90, 112)) / 10_000 / 5) * 5),
      );
      seeds.push({
        ...serviceLine(`${role} (${grade})`, 'PROFESSIONAL_SERVICES', 'PER_DAY', 'ONE_OFF', gbp(pounds)),
        role,
        grade,
      });
    }
  }

  // Larger contracts price the same product for several cohorts, sites or phases.
  const [minLines, maxLines] = spec.lines;
  const target = Math.round(
    minLines + (maxLines - minLines) * (0.5 * profile.size + 0.7 * (r.int(0, 100) / 100)),
  );
  const used = new Map<LineSeed, Set<string>>();
  const expanded: { seed: LineSeed; cohort: string | null }[] = seeds.map((seed) => ({ seed, cohort: null }));
  for (let guard = 0; expanded.length < target && guard < 4 * target; guard++) {
    const seed = r.pick(seeds);
    const taken = used.get(seed) ?? new Set<string>();
    const left = COHORTS[seed.unit].filter((c) => !taken.has(c));
    if (!left.length) continue;
    const cohort = r.pick(left);
    taken.add(cohort);
    used.set(seed, taken);
    expanded.push({ seed, cohort });
  }

  const suppressedRate = 0.018;
  const lines = expanded.map(({ seed, cohort }, i): DemoContractLine => {
    const quantity = quantityFor(r, seed.unit, profile.size) * (cohort ? r.int(15, 60) / 100 : 1);
    const q =
      seed.unit === 'FIXED'
        ? 1
        : seed.unit === 'PER_DAY'
          ? Math.round(quantity * 2) / 2
          : Math.max(1, Math.round(quantity));
    const discount = discountFor(r, profile);
    const priced: Priced =
      draft.callOff && seed.price
        ? callOffPrice(r, seed.price, seed.period, q, seed.above, discount)
        : r.chance(0.55)
          ? { unitPrice: seed.list, discount }
          : { unitPrice: niceDown(Math.floor((seed.list * (10_000 - discount)) / 10_000)), discount: 0 };
    let research = r.chance(profile.teaching ? 0.025 : 0.008);
    let bundle = r.chance(0.03);
    const rebate = r.chance(category === 'END_USER_DEVICES' || category === 'CLOUD' ? 0.05 : 0.02);
    let reason: string | null = null;
    if (r.chance(suppressedRate)) {
      const s = r.pick(SUPPRESSIONS);
      reason = s.reason(spec.bundledWith);
      if (s.flag === 'research') research = true;
      if (s.flag === 'bundle') bundle = true;
    }
    return {
      lineReference: `L${i + 1}`,
      product: seed.product ? { key: seed.product.key, version: seed.version! } : null,
      description: cohort ? `${seed.description}, ${cohort}` : seed.description,
      category: seed.category,
      role: seed.role,
      grade: seed.grade,
      pricingUnit: seed.unit,
      billingPeriod: seed.period,
      quantity: q.toFixed(2),
      unitPrice: price4(priced.unitPrice),
      discountPercent: percent2(priced.discount),
      rebate,
      bundle,
      researchPartnership: research,
      suppressed: reason !== null,
      suppressionReason: reason,
    };
  });

  // The demo trust's flagship contracts tell the story the demo needs.
  if (flagship && opening && lines.length) {
    const first = lines[0]!;
    if (category === 'PACS_RIS')
      Object.assign(first, {
        bundle: true,
        suppressed: true,
        suppressionReason: 'Bundled with PACS replacement',
      });
    if (category === 'EPR')
      Object.assign(first, {
        researchPartnership: true,
        suppressed: true,
        suppressionReason: 'Research partnership pricing, not comparable',
      });
  }
  return lines;
}

function serviceLine(
  description: string,
  category: ProductCategory,
  unit: PricingUnit,
  period: BillingPeriod,
  list: number,
): LineSeed {
  return {
    product: null,
    version: null,
    price: null,
    description,
    category,
    role: null,
    grade: null,
    unit,
    period,
    above: false,
    list,
  };
}

/**
 * A benefit a share of the contract's yearly cost, rounded to £500: an expectation, so a rough
 * yearly cost will do (net price × quantity, one-off charges spread over the term in whole months).
 */
function expectedBenefit(
  lines: DemoContractLine[],
  startDate: string,
  endDate: string,
  share: number,
): string | null {
  const months = Math.max(1, Math.round((dayOf(endDate) - dayOf(startDate) + 1) / 30.4375));
  let pounds = 0;
  for (const line of lines) {
    const net =
      (units(line.unitPrice) * (10_000 - Math.round(Number(line.discountPercent) * 100))) / 10_000 / 10_000;
    const quantity = line.pricingUnit === 'FIXED' ? 1 : Number(line.quantity);
    const perYear = line.billingPeriod === 'MONTHLY' ? 12 : line.billingPeriod === 'ANNUAL' ? 1 : 12 / months;
    pounds += net * quantity * perYear;
  }
  const benefit = Math.round((pounds * share) / 100 / 500) * 500;
  return benefit > 0 ? `${benefit}.00` : null;
}
