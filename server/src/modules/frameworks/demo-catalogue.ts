// Type-only import: the enums module registers GraphQL types at load, and this file must stay pure data.
import type {
  BillingPeriod,
  PricingUnit,
  ProductCategory,
  TierCalculation,
} from '../catalogue/catalogue.enums.js';
import { seededRandom as random, type Random } from '../../core/seeded-random.js';

/**
 * Fictional demo catalogue: suppliers, products and framework deals with synthetic prices, built from
 * word lists and rules by a seeded PRNG so every call returns the same data. Nothing here is real:
 * framework references use the made-up 'CDX-' scheme and Companies House numbers the unused 'ZZ' prefix.
 */

export type DemoPrice = {
  pricingUnit: PricingUnit;
  billingPeriod: BillingPeriod;
  role: string | null;
  grade: string | null;
  ceilingUnitPrice: string;
  tiers: { from: number; to: number | null; unitPrice: string }[] | null;
  tierCalculation: TierCalculation | null;
  validFrom: string;
  validTo: string | null;
};

export type DemoCatalogue = {
  suppliers: {
    key: string;
    name: string;
    companiesHouseNumber: string;
    sme: boolean;
    website: string | null;
  }[];
  products: {
    key: string;
    supplierKey: string;
    name: string;
    category: ProductCategory;
    cpvCode: string;
    description: string;
    versions: string[];
  }[];
  frameworks: {
    reference: string;
    title: string;
    description: string;
    ownerOdsCode: string;
    startDate: string;
    endDate: string;
    status: 'DRAFT' | 'PUBLISHED';
    lots: {
      number: number;
      title: string;
      scope: string;
      category: ProductCategory;
      requiredStandardCodes: string[];
      awards: {
        supplierKey: string;
        offers: { productKey: string; version: string; prices: DemoPrice[] }[];
      }[];
    }[];
  }[];
};

const SEED = 0x5eed2026;
const SUPPLIER_COUNT = 60;
const PRODUCT_COUNT = 400;

/** Money is handled as integer ten-thousandths of a pound, so no float ever reaches the output. */
const units = (gbp: string): number => {
  const [whole = '0', fraction = ''] = gbp.split('.');
  return Number(whole) * 10_000 + Number(fraction.padEnd(4, '0').slice(0, 4));
};
const formatUnits = (n: number): string => `${Math.floor(n / 10_000)}.${String(n % 10_000).padStart(4, '0')}`;

/** A price line's unit, period, allowed range, rounding step and volume band boundaries (if tierable). */
type PriceKind = {
  unit: PricingUnit;
  period: BillingPeriod;
  min: number;
  max: number;
  step: number;
  bands: readonly number[] | null;
};
const kind = (
  unit: PricingUnit,
  period: BillingPeriod,
  min: string,
  max: string,
  step: string,
  bands: readonly number[] | null = null,
): PriceKind => ({ unit, period, min: units(min), max: units(max), step: units(step), bands });

const USER_BANDS = [100, 500, 2000];
const perSite = (min: string, max: string) => kind('PER_SITE', 'ONE_OFF', min, max, '250');
const fixed = (min: string, max: string) => kind('FIXED', 'ONE_OFF', min, max, '250');
const perUserAnnual = (min: string, max: string) => kind('PER_USER', 'ANNUAL', min, max, '0.50', USER_BANDS);
const perUserMonthly = (min: string, max: string) =>
  kind('PER_USER', 'MONTHLY', min, max, '0.05', USER_BANDS);
const perBedAnnual = (min: string, max: string) => kind('PER_BED', 'ANNUAL', min, max, '5', [250, 600, 1200]);
const perPatientAnnual = (min: string, max: string) =>
  kind('PER_REGISTERED_PATIENT', 'ANNUAL', min, max, '0.005', [50_000, 200_000, 500_000]);
const perTransactionMonthly = (min: string, max: string) =>
  kind('PER_TRANSACTION', 'MONTHLY', min, max, '0.0005', [50_000, 250_000, 1_000_000]);
const perLicenceAnnual = (min: string, max: string) =>
  kind('PER_LICENCE', 'ANNUAL', min, max, '10', [10, 25, 100]);
const perLicenceMonthly = (min: string, max: string) =>
  kind('PER_LICENCE', 'MONTHLY', min, max, '1', [20, 100, 500]);
const perSiteAnnual = (min: string, max: string) => kind('PER_SITE', 'ANNUAL', min, max, '100', [2, 5, 10]);
// The enums have no per-device unit; a device sold with its licence is the closest fit.
const perDevice = (min: string, max: string) => kind('PER_DEVICE', 'ONE_OFF', min, max, '1');

type Sector = 'clinical' | 'care' | 'infra' | 'cyber' | 'services' | 'devices';

/** A product line: what a lot buys, and what suppliers in a sector make. One lot per line. */
type Line = {
  sector: Sector;
  category: ProductCategory;
  cpv: readonly string[];
  nouns: readonly string[];
  blurbs: readonly string[];
  oneOff: readonly PriceKind[];
  recurring: readonly PriceKind[];
  roles: readonly string[];
};
const line = (
  sector: Sector,
  category: ProductCategory,
  cpv: string[],
  nouns: string[],
  blurbs: string[],
  oneOff: PriceKind[],
  recurring: PriceKind[],
  roles: string[] = [],
): Line => ({ sector, category, cpv, nouns, blurbs, oneOff, recurring, roles });

const LINES = {
  epr: line(
    'clinical',
    'EPR',
    ['48180000-3', '48814400-1'],
    ['EPR', 'Clinical Record', 'Care Record', 'Electronic Patient Record'],
    [
      'Electronic patient record for acute and community trusts: noting, orders, results and discharge.',
      'Single clinical record across wards, outpatients and ED, with structured assessments.',
    ],
    [perSite('50000', '250000')],
    [perBedAnnual('300', '2500'), perUserAnnual('150', '400')],
  ),
  pas: line(
    'clinical',
    'PAS',
    ['48814200-9'],
    ['PAS', 'Patient Administration', 'Patient Manager', 'Scheduling Suite'],
    [
      'Patient administration: referrals, waiting lists, appointments, admissions and RTT reporting.',
      'Outpatient and inpatient administration with national dataset submissions.',
    ],
    [perSite('25000', '150000')],
    [perUserAnnual('40', '250'), perBedAnnual('300', '1200')],
  ),
  epma: line(
    'clinical',
    'EPMA',
    ['48180000-3', '48814400-1'],
    ['ePMA', 'Prescribing', 'Medicines Manager', 'eMeds'],
    [
      'Electronic prescribing and medicines administration with dm+d and decision support.',
      'Inpatient prescribing, pharmacy verification and bedside administration records.',
    ],
    [perSite('20000', '120000')],
    [perBedAnnual('300', '1100'), perUserAnnual('30', '180')],
  ),
  lims: line(
    'clinical',
    'LIMS',
    ['48180000-3', '48461000-7'],
    ['LIMS', 'Pathology Suite', 'Lab Manager', 'Specimen Tracker'],
    [
      'Laboratory information management for pathology networks: requests, specimens and reporting.',
      'Specimen tracking and results for blood sciences, microbiology and cellular pathology.',
    ],
    [fixed('20000', '150000')],
    [perUserAnnual('60', '300'), perTransactionMonthly('0.05', '0.60')],
  ),
  pacs: line(
    'clinical',
    'PACS_RIS',
    ['48329000-0', '48180000-3'],
    ['PACS', 'RIS', 'Imaging Archive', 'Vendor Neutral Archive', 'Radiology Workflow'],
    [
      'Image archiving and radiology workflow with cross-site image sharing.',
      'Enterprise imaging: archive, diagnostic viewer and reporting worklists.',
    ],
    [perSite('30000', '200000')],
    [perTransactionMonthly('0.20', '0.90'), perUserAnnual('40', '200')],
  ),
  integration: line(
    'clinical',
    'INTEGRATION',
    ['48211000-0', '48219100-7'],
    ['Integration Engine', 'Interface Hub', 'FHIR Gateway', 'Message Broker'],
    [
      'Integration engine for HL7 v2 and FHIR interfaces between clinical systems.',
      'Interoperability platform with national service connectors and message monitoring.',
    ],
    [fixed('10000', '90000')],
    [perLicenceAnnual('1000', '15000'), perTransactionMonthly('0.015', '0.20')],
  ),
  dictation: line(
    'care',
    'DIGITAL_DICTATION',
    ['48314000-2', '48311100-2'],
    ['Dictate', 'Speech', 'Voice Capture', 'Transcribe'],
    [
      'Digital dictation with workflow to secretaries and outsourced transcription.',
      'Speech recognition for clinical letters, integrated with the patient record.',
    ],
    [fixed('5000', '40000')],
    [perUserAnnual('60', '300'), perUserMonthly('5', '25')],
  ),
  flow: line(
    'care',
    'PATIENT_FLOW',
    ['48332000-4', '48814000-7'],
    ['Patient Flow', 'Bed Manager', 'Command Centre', 'Discharge Tracker'],
    [
      'Real-time bed state, discharge planning and site-wide capacity dashboards.',
      'Hospital command centre with predicted demand and escalation triggers.',
    ],
    [perSite('10000', '80000')],
    [perBedAnnual('300', '900'), perUserMonthly('4', '30')],
  ),
  portal: line(
    'care',
    'PATIENT_ENGAGEMENT',
    ['48180000-3', '72416000-9'],
    ['Patient Portal', 'Patient Messaging', 'Appointments App', 'Digital Letters'],
    [
      'Patient portal for appointments, letters and questionnaires, with NHS login.',
      'Two-way patient messaging and digital letters with print fallback.',
    ],
    [fixed('5000', '60000')],
    [perPatientAnnual('0.15', '3.00'), perTransactionMonthly('0.015', '0.09')],
  ),
  monitoring: line(
    'care',
    'PATIENT_ENGAGEMENT',
    ['48180000-3', '48814000-7'],
    ['Remote Monitoring', 'Virtual Ward', 'Home Observations', 'Care at Home'],
    [
      'Remote monitoring for virtual wards: patient-recorded observations and alerting.',
      'Home monitoring platform with clinician triage dashboard and device integration.',
    ],
    [fixed('5000', '60000')],
    [perPatientAnnual('0.50', '3.00'), perLicenceMonthly('8', '45')],
  ),
  networks: line(
    'infra',
    'INFRASTRUCTURE',
    ['32420000-3', '32413100-2', '32424000-1'],
    ['Core Switch', 'Wi-Fi', 'SD-WAN', 'Campus Network', 'Edge Router'],
    [
      'Local and wide area networking for hospital sites, supplied, installed and supported.',
      'Managed network service: design, installation and monitoring.',
    ],
    [perSite('5000', '250000')],
    [perSiteAnnual('2000', '60000')],
  ),
  datacentre: line(
    'infra',
    'INFRASTRUCTURE',
    ['48820000-2', '30233141-1', '48822000-6'],
    ['Storage Array', 'Hyperconverged Node', 'Server Platform', 'Backup Appliance'],
    [
      'On-premises compute and storage for trust data centres, with support.',
      'Hyperconverged infrastructure for clinical workloads, with replication between sites.',
    ],
    [fixed('10000', '250000')],
    [perLicenceAnnual('500', '15000'), perSiteAnnual('2000', '40000')],
  ),
  iaas: line(
    'infra',
    'CLOUD',
    ['72310000-1', '72317000-0'],
    ['Compute', 'Cloud Platform', 'Virtual Data Centre', 'Sovereign Cloud'],
    [
      'UK-hosted infrastructure as a service: virtual machines, storage and networking.',
      'Public-sector cloud platform with UK data residency.',
    ],
    [fixed('5000', '120000')],
    [perLicenceMonthly('40', '900'), perTransactionMonthly('0.015', '0.12')],
  ),
  hosting: line(
    'infra',
    'CLOUD',
    ['72415000-2', '72416000-9', '72514000-1'],
    ['Managed Hosting', 'Application Hosting', 'Clinical Cloud', 'Hosted Service'],
    [
      'Managed hosting for clinical systems, with patching, monitoring and 24/7 support.',
      'Application hosting and operations for trust-procured software.',
    ],
    [fixed('5000', '120000')],
    [perLicenceMonthly('60', '900'), perSiteAnnual('5000', '60000')],
  ),
  backup: line(
    'infra',
    'CLOUD',
    ['72910000-2', '72251000-9'],
    ['Cloud Backup', 'Disaster Recovery', 'Immutable Vault', 'Recovery Service'],
    [
      'Off-site backup with immutable copies and tested recovery.',
      'Disaster recovery as a service for critical clinical systems.',
    ],
    [fixed('5000', '80000')],
    [perTransactionMonthly('0.015', '0.10'), perLicenceMonthly('40', '400')],
  ),
  endpoint: line(
    'cyber',
    'CYBER_SECURITY',
    ['48730000-4', '48761000-0'],
    ['Endpoint Protect', 'Identity Guard', 'Threat Detect', 'Device Shield'],
    [
      'Endpoint detection and response with central policy and reporting.',
      'Identity protection and privileged access management.',
    ],
    [fixed('5000', '40000')],
    [perUserAnnual('20', '90'), perUserMonthly('2', '12')],
  ),
  soc: line(
    'cyber',
    'CYBER_SECURITY',
    ['48732000-8', '72500000-0'],
    ['SOC Service', 'Managed Detection', 'Security Monitoring', 'Threat Watch'],
    [
      'Managed security operations centre: 24/7 monitoring, triage and incident response.',
      'Managed detection and response across endpoints, network and cloud.',
    ],
    [fixed('5000', '50000')],
    [perSiteAnnual('10000', '60000'), perUserMonthly('2', '12')],
  ),
  assurance: line(
    'cyber',
    'CYBER_SECURITY',
    ['72810000-1', '72820000-4'],
    ['Penetration Testing', 'Security Assurance', 'Vulnerability Scanning', 'Red Team'],
    [
      'CREST-style penetration testing and remediation reports.',
      'Continuous vulnerability scanning and annual security assurance review.',
    ],
    [fixed('5000', '60000')],
    [perSiteAnnual('2000', '30000')],
  ),
  discovery: line(
    'services',
    'PROFESSIONAL_SERVICES',
    ['72221000-0', '72224000-1'],
    ['Discovery Service', 'Business Analysis Service', 'User Research Service', 'Benefits Service'],
    ['Discovery and business analysis for digital change, priced by the day.'],
    [],
    [],
    ['Business analyst', 'User researcher', 'Delivery manager', 'Product manager'],
  ),
  delivery: line(
    'services',
    'PROFESSIONAL_SERVICES',
    ['72262000-9', '72230000-6'],
    ['Agile Delivery Team', 'Software Engineering Service', 'Digital Delivery Service', 'Testing Service'],
    ['Multidisciplinary software delivery team, priced by the day.'],
    [],
    [],
    ['Developer', 'Test engineer', 'Delivery manager', 'Data engineer'],
  ),
  architecture: line(
    'services',
    'PROFESSIONAL_SERVICES',
    ['72227000-2', '72246000-1'],
    [
      'Architecture Service',
      'Integration Design Service',
      'Technical Design Authority',
      'Data Platform Service',
    ],
    ['Solution, technical and integration architecture, priced by the day.'],
    [],
    [],
    ['Solution architect', 'Technical architect', 'Data engineer', 'Developer'],
  ),
  safety: line(
    'services',
    'PROFESSIONAL_SERVICES',
    ['79417000-0', '72225000-8'],
    ['Clinical Safety Service', 'Clinical Risk Service', 'Assurance Service', 'Safety Case Service'],
    ['Clinical safety officers and assurance for DCB0129/DCB0160 safety cases, priced by the day.'],
    [],
    [],
    ['Clinical safety officer', 'Business analyst', 'Test engineer'],
  ),
  computers: line(
    'devices',
    'END_USER_DEVICES',
    ['30213100-6', '30213300-8'],
    ['14" Laptop', '16" Laptop', 'Compact Desktop', 'All-in-One', 'Thin Client'],
    [
      'Business laptop with three-year warranty, imaged to the trust build.',
      'Small-form-factor desktop for clinical and admin areas, with warranty.',
    ],
    [perDevice('250', '2200')],
    [perSite('5000', '40000')],
  ),
  tablets: line(
    'devices',
    'END_USER_DEVICES',
    ['30213200-7'],
    ['Clinical Tablet', 'Rugged Tablet', 'Ward Tablet', 'Handheld Computer'],
    [
      'Cleanable clinical tablet for bedside observations and medicines rounds.',
      'Rugged handheld for community staff, with mobile device management enrolment.',
    ],
    [perDevice('300', '2200')],
    [perSite('5000', '40000')],
  ),
  peripherals: line(
    'devices',
    'END_USER_DEVICES',
    ['30216130-6', '30231310-3', '30232110-8'],
    ['Barcode Scanner', 'Wristband Printer', '24" Monitor', 'Docking Station', 'Label Printer'],
    [
      'Healthcare-grade peripheral for ward and clinic use, with warranty.',
      'Scan4Safety-ready barcode and label hardware for point-of-care scanning.',
    ],
    [perDevice('250', '900')],
    [perSite('5000', '30000')],
  ),
} satisfies Record<string, Line>;
type LineId = keyof typeof LINES;

type LotSpec = { line: LineId; title: string; scope: string; standards: string[] };
type FrameworkSpec = Omit<DemoCatalogue['frameworks'][number], 'lots'> & { lots: LotSpec[] };

const CLINICAL = ['DCB0129', 'DSPT', 'NHS_NUMBER'];
const FRAMEWORKS: FrameworkSpec[] = [
  {
    reference: 'CDX-2026-001',
    title: 'Clinical Digital Systems 2',
    description: 'Core clinical and administrative systems for acute, community and mental health trusts.',
    ownerOdsCode: 'X24',
    startDate: '2026-01-05',
    endDate: '2029-12-31',
    status: 'PUBLISHED',
    lots: [
      {
        line: 'epr',
        title: 'Electronic patient records',
        scope: 'EPR software, implementation and support for acute, community and mental health settings.',
        standards: [...CLINICAL, 'DTAC', 'FHIR_UK_CORE', 'SNOMED_CT', 'NHS_CIS2', 'PRSB_CORE'],
      },
      {
        line: 'pas',
        title: 'Patient administration systems',
        scope: 'PAS software covering referrals, waiting lists, scheduling and national returns.',
        standards: [...CLINICAL, 'PDS_FHIR', 'HL7V2', 'NHS_CIS2'],
      },
      {
        line: 'epma',
        title: 'Electronic prescribing and medicines administration',
        scope: 'ePMA software for inpatient, outpatient and discharge prescribing.',
        standards: [...CLINICAL, 'DMD', 'SNOMED_CT', 'FHIR_UK_CORE'],
      },
      {
        line: 'lims',
        title: 'Laboratory information management',
        scope: 'LIMS for pathology networks across blood sciences, microbiology and cellular pathology.',
        standards: [...CLINICAL, 'HL7V2', 'SNOMED_CT'],
      },
      {
        line: 'pacs',
        title: 'Imaging: PACS and RIS',
        scope: 'Picture archiving, radiology information systems and vendor-neutral archives.',
        standards: [...CLINICAL, 'DICOM', 'IHE_XDS', 'HL7V2'],
      },
    ],
  },
  {
    reference: 'CDX-2025-002',
    title: 'Health Infrastructure and Integration',
    description: 'Networks, data-centre hardware and integration platforms for NHS organisations.',
    ownerOdsCode: 'CC-SBS',
    startDate: '2025-06-01',
    endDate: '2029-05-31',
    status: 'PUBLISHED',
    lots: [
      {
        line: 'networks',
        title: 'Local and wide area networks',
        scope: 'Wired and wireless networks, SD-WAN and their installation and support.',
        standards: ['CE_PLUS', 'ISO27001'],
      },
      {
        line: 'datacentre',
        title: 'Data-centre hardware and storage',
        scope: 'Servers, storage and hyperconverged infrastructure with maintenance.',
        standards: ['CE_PLUS', 'ISO27001'],
      },
      {
        line: 'integration',
        title: 'Integration engines and interoperability',
        scope: 'Integration engines and platforms connecting trust systems and national services.',
        standards: ['DSPT', 'FHIR_UK_CORE', 'HL7V2', 'MESH', 'ITK3'],
      },
    ],
  },
  {
    reference: 'CDX-2025-003',
    title: 'Cloud Hosting for Health 3',
    description: 'UK-hosted cloud infrastructure, managed hosting and recovery services.',
    ownerOdsCode: 'CC-CCS',
    startDate: '2025-09-01',
    endDate: '2028-08-31',
    status: 'PUBLISHED',
    lots: [
      {
        line: 'iaas',
        title: 'Infrastructure as a service',
        scope: 'Virtual machines, storage and networking hosted in the UK.',
        standards: ['ISO27001', 'CE_PLUS', 'DSPT'],
      },
      {
        line: 'hosting',
        title: 'Managed hosting for clinical systems',
        scope: 'Hosting and operation of clinical applications with service management.',
        standards: ['ISO27001', 'CE_PLUS', 'DSPT', 'DCB0129'],
      },
      {
        line: 'backup',
        title: 'Backup and disaster recovery',
        scope: 'Off-site and immutable backup, and disaster recovery as a service.',
        standards: ['ISO27001', 'CE_PLUS'],
      },
    ],
  },
  {
    reference: 'CDX-2026-004',
    title: 'Cyber Resilience Services',
    description: 'Security products and services to protect NHS organisations from cyber attack.',
    ownerOdsCode: 'X24',
    startDate: '2026-04-01',
    endDate: '2030-03-31',
    status: 'PUBLISHED',
    lots: [
      {
        line: 'endpoint',
        title: 'Endpoint and identity protection',
        scope: 'Endpoint detection and response, identity protection and privileged access.',
        standards: ['ISO27001', 'CE_PLUS'],
      },
      {
        line: 'soc',
        title: 'Managed security operations',
        scope: 'Security operations centre, managed detection and incident response.',
        standards: ['ISO27001', 'CE_PLUS', 'DSPT'],
      },
      {
        line: 'assurance',
        title: 'Security testing and assurance',
        scope: 'Penetration testing, vulnerability scanning and assurance reviews.',
        standards: ['ISO27001', 'CE'],
      },
    ],
  },
  {
    reference: 'CDX-2026-005',
    title: 'Digital and Technology Professional Services',
    description: 'Day-rate specialists for discovery, delivery, architecture and clinical safety.',
    ownerOdsCode: 'CC-LPP',
    startDate: '2026-03-01',
    endDate: '2030-02-28',
    status: 'PUBLISHED',
    lots: [
      {
        line: 'discovery',
        title: 'Discovery and business analysis',
        scope: 'Business analysis, user research and product management for digital change.',
        standards: ['CE', 'NHS_SERVICE_STANDARD'],
      },
      {
        line: 'delivery',
        title: 'Software delivery',
        scope: 'Agile teams to build, test and run digital services.',
        standards: ['CE_PLUS', 'DSPT', 'NHS_SERVICE_STANDARD'],
      },
      {
        line: 'architecture',
        title: 'Architecture and integration',
        scope: 'Solution, technical and data architecture, and integration design.',
        standards: ['CE_PLUS', 'FHIR_UK_CORE'],
      },
      {
        line: 'safety',
        title: 'Clinical safety and assurance',
        scope: 'Clinical safety officers, hazard logs and safety cases, and test assurance.',
        standards: ['DCB0129', 'DCB0160'],
      },
    ],
  },
  {
    reference: 'CDX-2025-006',
    title: 'End User Devices and Peripherals 3',
    description: 'Laptops, desktops, tablets and point-of-care peripherals, supplied and deployed.',
    ownerOdsCode: 'CC-NOECPC',
    startDate: '2025-04-01',
    endDate: '2028-03-31',
    status: 'PUBLISHED',
    lots: [
      {
        line: 'computers',
        title: 'Laptops and desktops',
        scope: 'Business laptops, desktops and thin clients with warranty and imaging.',
        standards: ['CE_PLUS'],
      },
      {
        line: 'tablets',
        title: 'Tablets and mobile clinical devices',
        scope: 'Clinical and rugged tablets and handhelds for ward and community use.',
        standards: ['CE_PLUS'],
      },
      {
        line: 'peripherals',
        title: 'Point-of-care peripherals',
        scope: 'Barcode scanners, wristband and label printers, monitors and docks.',
        standards: ['GS1'],
      },
    ],
  },
  {
    reference: 'CDX-2026-007',
    title: 'Digital Dictation and Patient Flow',
    description: 'Dictation, speech recognition and patient flow systems for hospital trusts.',
    ownerOdsCode: 'CC-EOECPH',
    startDate: '2026-07-01',
    endDate: '2029-06-30',
    status: 'PUBLISHED',
    lots: [
      {
        line: 'dictation',
        title: 'Digital dictation and speech recognition',
        scope: 'Dictation workflow, speech recognition and transcription integration.',
        standards: ['DCB0129', 'DSPT', 'NHS_CIS2'],
      },
      {
        line: 'flow',
        title: 'Patient flow and bed management',
        scope: 'Bed management, discharge planning and command-centre dashboards.',
        standards: ['DCB0129', 'DSPT', 'FHIR_UK_CORE', 'NHS_NUMBER'],
      },
    ],
  },
  {
    reference: 'CDX-2027-008',
    title: 'Patient Engagement Platforms',
    description: 'Patient portals, messaging and remote monitoring. In preparation: not yet open.',
    ownerOdsCode: 'CC-NHSCS',
    startDate: '2027-04-01',
    endDate: '2031-03-31',
    status: 'DRAFT',
    lots: [
      {
        line: 'portal',
        title: 'Patient portals and messaging',
        scope: 'Patient-facing portals, digital letters and two-way messaging.',
        standards: ['DTAC', 'DSPT', 'NHS_LOGIN', 'WCAG22_AA', 'NHS_SERVICE_STANDARD'],
      },
      {
        line: 'monitoring',
        title: 'Remote monitoring and virtual wards',
        scope: 'Remote monitoring platforms for virtual wards and long-term conditions.',
        standards: ['DTAC', 'DCB0129', 'DSPT', 'NHS_LOGIN', 'WCAG22_AA'],
      },
    ],
  },
];

/**
 * How many suppliers work in each sector (sums to SUPPLIER_COUNT), how their names read, and the
 * neighbouring sector where larger firms also sell, so the bigger lots draw more bidders.
 */
const SECTORS: Record<Sector, { suppliers: number; descriptors: readonly string[]; neighbour: Sector }> = {
  clinical: {
    suppliers: 14,
    descriptors: ['Health Systems', 'Clinical Software', 'Clinical Informatics'],
    neighbour: 'care',
  },
  care: {
    suppliers: 10,
    descriptors: ['Digital Care', 'Care Technologies', 'Patient Technologies'],
    neighbour: 'clinical',
  },
  infra: {
    suppliers: 12,
    descriptors: ['Networks', 'Infrastructure', 'Cloud Services', 'Data Centres'],
    neighbour: 'cyber',
  },
  cyber: {
    suppliers: 7,
    descriptors: ['Cyber Security', 'Secure Systems', 'Cyber Defence'],
    neighbour: 'infra',
  },
  services: {
    suppliers: 10,
    descriptors: ['Consulting', 'Digital Partners', 'Advisory'],
    neighbour: 'cyber',
  },
  devices: { suppliers: 7, descriptors: ['Devices', 'Computing', 'Technology Supply'], neighbour: 'infra' },
};

// Made-up place and nature words; 'Meridian' and 'Northwind' are taken by existing demo and test data.
// prettier-ignore
const SUPPLIER_WORDS = [
  'Harbourline', 'Bluebell', 'Kestrelmoor', 'Larkspur', 'Ashgrove', 'Brightwater', 'Copperbeech',
  'Greystone', 'Hollowmere', 'Thornfield', 'Wrenfield', 'Elderbrook', 'Foxglove', 'Marramby', 'Saltmarsh',
  'Heronsgate', 'Cloudberry', 'Millbeck', 'Oakhollow', 'Pennywort', 'Quillon', 'Ravensdale', 'Stonechat',
  'Tamarisk', 'Valewood', 'Willowmere', 'Yarrowby', 'Alderwick', 'Birchwell', 'Calderbrook', 'Dunmere',
  'Eastling', 'Fallowfield', 'Gorsehill', 'Hawthorne', 'Juniperhall', 'Kingsmere', 'Lindenfold', 'Moorcroft',
  'Orchardine', 'Pebblebank', 'Rushmere', 'Sedgewick', 'Teaselby', 'Vetchling', 'Wheatear', 'Amberlea',
  'Brackenholm', 'Dovecote', 'Embervale', 'Fernhollow', 'Glenmarsh', 'Hazelbrook', 'Larchmont', 'Oxlip',
  'Redwing', 'Sorrelby', 'Tidewater', 'Whinchat', 'Sandpiper', 'Skylark', 'Cinderford', 'Bramblecote',
  'Pippin',
] as const;

// prettier-ignore
const BRANDS = [
  'Aurora', 'Beacon', 'Cadence', 'Compass', 'Lumen', 'Nova', 'Orbit', 'Pulse', 'Quartz', 'Sentinel',
  'Tessera', 'Vantage', 'Zenith', 'Atlas', 'Helix', 'Keystone', 'Lattice', 'Mosaic', 'Nimbus', 'Prism',
  'Relay', 'Summit', 'Tandem', 'Vista', 'Apex', 'Bastion', 'Cirrus', 'Ember', 'Fathom', 'Gantry', 'Halo',
  'Indigo', 'Juno', 'Kinetic', 'Lodestar', 'Mirabel', 'Nexa', 'Opal', 'Pilot', 'Solace',
] as const;

const GRADES = [
  { grade: 'Junior', percent: 70 },
  { grade: 'Mid', percent: 85 },
  { grade: 'Senior', percent: 100 },
  { grade: 'Principal', percent: 125 },
] as const;
/** Senior day rate in whole pounds, before each supplier's variation. */
const ROLE_RATES: Record<string, number> = {
  'Business analyst': 760,
  'User researcher': 740,
  'Delivery manager': 820,
  'Product manager': 840,
  Developer: 720,
  'Test engineer': 650,
  'Data engineer': 780,
  'Solution architect': 1040,
  'Technical architect': 980,
  'Clinical safety officer': 920,
};
const DAY_RATE_MIN = 450;
const DAY_RATE_MAX = 1400;

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** An amount in [min, max] on the step grid. */
const amountIn = (r: Random, min: number, max: number, step: number) =>
  min + step * r.int(0, Math.floor((max - min) / step));

function versionsFor(r: Random): string[] {
  const count = r.int(1, 3);
  if (r.chance(0.5)) {
    // Calendar releases, two a year.
    let year = r.int(2023, 2025);
    let half = r.int(1, 2);
    return Array.from({ length: count }, () => {
      const version = `${year}.${half}`;
      [year, half] = half === 2 ? [year + 1, 1] : [year, 2];
      return version;
    });
  }
  let major = r.int(2, 9);
  let minor = r.int(0, 6);
  return Array.from({ length: count }, () => {
    const version = `${major}.${minor}`;
    [major, minor] = r.chance(0.25) ? [major + 1, 0] : [major, minor + 1];
    return version;
  });
}

function priceFor(r: Random, k: PriceKind, validFrom: string): DemoPrice {
  const base = {
    pricingUnit: k.unit,
    billingPeriod: k.period,
    role: null,
    grade: null,
    validFrom,
    validTo: null,
  };
  // Tiers on about a third of recurring prices. A tiered ceiling starts at twice the minimum, so even
  // after three 5-15% discounts every band stays within the realistic range.
  const tierFloor = Math.ceil((k.min * 2) / k.step) * k.step;
  if (k.bands && k.period !== 'ONE_OFF' && tierFloor <= k.max && r.chance(1 / 3)) {
    const ceiling = amountIn(r, tierFloor, k.max, k.step);
    const bounds = k.bands.slice(0, r.int(1, 3));
    const tiers: NonNullable<DemoPrice['tiers']> = [];
    let price = ceiling;
    bounds.forEach((to, i) => {
      tiers.push({ from: i === 0 ? 1 : bounds[i - 1]! + 1, to, unitPrice: formatUnits(price) });
      price = Math.floor((price * r.int(85, 95)) / (100 * k.step)) * k.step;
    });
    tiers.push({ from: bounds[bounds.length - 1]! + 1, to: null, unitPrice: formatUnits(price) });
    return {
      ...base,
      ceilingUnitPrice: formatUnits(ceiling),
      tiers,
      tierCalculation: r.chance(0.5) ? 'CUMULATIVE' : 'SINGLE_FIXED',
    };
  }
  return {
    ...base,
    ceilingUnitPrice: formatUnits(amountIn(r, k.min, k.max, k.step)),
    tiers: null,
    tierCalculation: null,
  };
}

function dayRates(r: Random, roles: readonly string[], validFrom: string): DemoPrice[] {
  const combos = r.shuffle(roles.flatMap((role) => GRADES.map((g) => ({ role, ...g }))));
  return combos.slice(0, r.int(1, 2)).map(({ role, grade, percent }) => {
    const raw = Math.round((ROLE_RATES[role]! * percent * r.int(92, 108)) / 10_000);
    const pounds = Math.min(DAY_RATE_MAX, Math.max(DAY_RATE_MIN, Math.round(raw / 5) * 5));
    return {
      pricingUnit: 'PER_DAY',
      billingPeriod: 'ONE_OFF',
      role,
      grade,
      ceilingUnitPrice: formatUnits(pounds * 10_000),
      tiers: null,
      tierCalculation: null,
      validFrom,
      validTo: null,
    };
  });
}

/** An offer's prices: usually a one-off charge and a recurring one, sometimes only one of them. */
function offerPrices(r: Random, l: Line, validFrom: string): DemoPrice[] {
  if (l.roles.length > 0) return dayRates(r, l.roles, validFrom);
  const oneOff = priceFor(r, r.pick(l.oneOff), validFrom);
  if (l.recurring.length === 0) return [oneOff];
  const recurring = priceFor(r, r.pick(l.recurring), validFrom);
  // Devices are always priced per device; the optional second line is deployment.
  if (l.category === 'END_USER_DEVICES') return r.chance(0.4) ? [oneOff, recurring] : [oneOff];
  const shape = r.int(1, 20);
  return shape <= 11 ? [oneOff, recurring] : shape <= 17 ? [recurring] : [oneOff];
}

/** Builds the demo catalogue. Pure: the same value on every call. */
export function demoCatalogue(): DemoCatalogue {
  const r = random(SEED);
  const lineIds = Object.keys(LINES) as LineId[];

  // Suppliers: each works in one sector and makes 2-4 of its lines (larger firms 0-2 more next door).
  // Supplier j always takes lines j and j+1 of its sector (round robin), so every line has at least
  // three makers for its lot.
  const words = r.shuffle(SUPPLIER_WORDS).slice(0, SUPPLIER_COUNT);
  const usedNumbers = new Set<number>();
  const suppliers: DemoCatalogue['suppliers'] = [];
  const supplierLines: { key: string; word: string; lines: LineId[] }[] = [];
  for (const [sector, { suppliers: count, descriptors, neighbour }] of Object.entries(SECTORS) as [
    Sector,
    (typeof SECTORS)[Sector],
  ][]) {
    const inSector = lineIds.filter((id) => LINES[id].sector === sector);
    for (let j = 0; j < count; j++) {
      const index = suppliers.length;
      const word = words[index]!;
      const descriptor = r.pick(descriptors);
      const sme = index % 5 < 2; // exactly 40%
      const suffix = sme ? r.pick(['Ltd', 'Limited']) : r.pick(['UK Ltd', 'Group Ltd', 'plc']);
      let number: number;
      do
        number = r.int(200_000, 999_999); // clear of ZZ000001 and the ZZ1xxxxx numbers tests use
      while (usedNumbers.has(number));
      usedNumbers.add(number);
      const key = slug(`${word} ${descriptor}`);
      suppliers.push({
        key,
        name: `${word} ${descriptor} ${suffix}`,
        companiesHouseNumber: `ZZ${number}`,
        sme,
        website: r.chance(0.1) ? null : `https://${key}.example`,
      });
      const fixedLines = [inSector[j % inSector.length]!, inSector[(j + 1) % inSector.length]!];
      const others = r.shuffle(inSector.filter((id) => !fixedLines.includes(id))).slice(0, r.int(0, 2));
      const chosen = [...fixedLines, ...others];
      const nextDoor = sme
        ? []
        : lineIds.filter((id) => LINES[id].sector === neighbour && !chosen.includes(id));
      supplierLines.push({ key, word, lines: [...chosen, ...r.shuffle(nextDoor).slice(0, r.int(0, 2))] });
    }
  }

  // Products: one for every (supplier, line) pair, then the rest spread at random over the pairs.
  const products: DemoCatalogue['products'] = [];
  const names = new Set<string>();
  const pairs = supplierLines.flatMap((s) => s.lines.map((lineId) => ({ ...s, lineId })));
  const productLine = new Map<string, LineId>();
  const addProduct = (pair: (typeof pairs)[number]): boolean => {
    const l = LINES[pair.lineId];
    for (let attempt = 0; attempt < 20; attempt++) {
      // Services are sold under the firm's own name; software and hardware under a brand.
      const prefix = l.roles.length > 0 ? pair.word : r.pick(BRANDS);
      const name = `${prefix} ${r.pick(l.nouns)}`;
      if (names.has(name)) continue;
      names.add(name);
      const key = `${pair.key}.${slug(name)}`;
      productLine.set(key, pair.lineId);
      products.push({
        key,
        supplierKey: pair.key,
        name,
        category: l.category,
        cpvCode: r.pick(l.cpv),
        description: r.pick(l.blurbs),
        versions: versionsFor(r),
      });
      return true;
    }
    return false; // this pair has run out of names; the caller tries another
  };
  for (const pair of pairs) if (!addProduct(pair)) throw new Error(`No product name for ${pair.key}`);
  for (let guard = 0; products.length < PRODUCT_COUNT; guard++) {
    if (guard > 10_000) throw new Error('Could not name enough demo products');
    addProduct(r.pick(pairs));
  }
  // Keep each supplier's products together, in the order they were made.
  const supplierOrder = new Map(suppliers.map((s, i) => [s.key, i]));
  products.sort((a, b) => supplierOrder.get(a.supplierKey)! - supplierOrder.get(b.supplierKey)!);

  const frameworks: DemoCatalogue['frameworks'] = FRAMEWORKS.map(({ lots, ...framework }) => ({
    ...framework,
    lots: lots.map((lot, i) => {
      const l = LINES[lot.line];
      const onLine = products.filter((p) => productLine.get(p.key) === lot.line);
      const makers = [...new Set(onLine.map((p) => p.supplierKey))];
      const awarded = r.shuffle(makers).slice(0, r.int(3, Math.min(12, makers.length)));
      awarded.sort((a, b) => supplierOrder.get(a)! - supplierOrder.get(b)!);
      return {
        number: i + 1,
        title: lot.title,
        scope: lot.scope,
        category: l.category,
        requiredStandardCodes: lot.standards,
        awards: awarded.map((supplierKey) => {
          const own = onLine.filter((p) => p.supplierKey === supplierKey);
          return {
            supplierKey,
            offers: r
              .shuffle(own)
              .slice(0, r.int(1, Math.min(3, own.length)))
              .map((p) => ({
                productKey: p.key,
                // Mostly the current release; sometimes the one before, as frameworks lag releases.
                version: p.versions.length > 1 && r.chance(0.25) ? p.versions.at(-2)! : p.versions.at(-1)!,
                prices: offerPrices(r, l, framework.startDate),
              })),
          };
        }),
      };
    }),
  }));

  return { suppliers, products, frameworks };
}
