import { toCsv } from './csv-export.js';

/**
 * One template column. The template has one row per contract line; the contract's own columns
 * (`level: 'contract'`) are repeated on every line of that contract.
 */
type ColumnSpec = {
  name: string;
  /** What the value is, as messages name it: "contract reference". */
  label: string;
  level: 'contract' | 'line';
  /** `when`: required only in some cases, which `description` states. */
  required: 'yes' | 'no' | 'when';
  description: string;
  /** What is accepted, for the documentation and the messages. */
  format: string;
  maxLength: number | null;
  example: string;
};

const ROUTES = 'DIRECT_AWARD, FURTHER_COMPETITION, OPEN, RESTRICTED, COMPETITIVE_FLEXIBLE or OTHER';
const UNITS =
  'PER_USER, PER_BED, PER_SITE, PER_REGISTERED_PATIENT, PER_LICENCE, PER_TRANSACTION, PER_DEVICE, PER_DAY or FIXED';
const YES_NO = 'yes or no (also y/n, true/false, 1/0); blank means no';

const columns = [
  {
    name: 'contract_reference',
    label: 'contract reference',
    level: 'contract',
    required: 'yes',
    description: 'Your reference for the contract; every line of the contract repeats it.',
    format: 'Text, up to 60 characters.',
    maxLength: 60,
    example: 'RJ1-IT-2026-014',
  },
  {
    name: 'contract_title',
    label: 'contract title',
    level: 'contract',
    required: 'yes',
    description: 'A short title saying what the contract is for.',
    format: 'Text, up to 300 characters.',
    maxLength: 300,
    example: 'Electronic patient record licences and implementation',
  },
  {
    name: 'buyer_ods_code',
    label: 'buyer ODS code',
    level: 'contract',
    required: 'no',
    description: 'The ODS code of the trust that holds the contract; blank means your own trust.',
    format: 'Letters and digits, up to 16 characters; read in capitals.',
    maxLength: 16,
    example: 'RJ1',
  },
  {
    name: 'supplier_name',
    label: 'supplier name',
    level: 'contract',
    required: 'when',
    description: 'The supplier’s name; required unless supplier_companies_house_number is given.',
    format: 'Text, up to 200 characters.',
    maxLength: 200,
    example: 'Meridian Health Systems Ltd',
  },
  {
    name: 'supplier_companies_house_number',
    label: 'supplier’s Companies House number',
    level: 'contract',
    required: 'no',
    description: 'The supplier’s Companies House number; the surest way to match the supplier.',
    format:
      '8 characters: 8 digits (01234567) or two letters and 6 digits (SC123456). Missing leading zeros are added.',
    maxLength: null,
    example: '04512345',
  },
  {
    name: 'framework_reference',
    label: 'framework reference',
    level: 'contract',
    required: 'no',
    description: 'For a call-off, the reference of the framework it was called off from.',
    format: 'Text, up to 40 characters.',
    maxLength: 40,
    example: 'CDX-2026-001',
  },
  {
    name: 'lot_number',
    label: 'lot number',
    level: 'contract',
    required: 'when',
    description: 'For a call-off, the framework lot; required when framework_reference is given.',
    format: 'A whole number from 1.',
    maxLength: null,
    example: '2',
  },
  {
    name: 'route',
    label: 'procurement route',
    level: 'contract',
    required: 'when',
    description:
      'How the contract was awarded; required when there is no framework_reference, blank for a call-off.',
    format: `${ROUTES}; case and spaces do not matter ("direct award").`,
    maxLength: null,
    example: 'DIRECT_AWARD',
  },
  {
    name: 'start_date',
    label: 'start date',
    level: 'contract',
    required: 'yes',
    description: 'The day the contract starts.',
    format: '2026-04-01 or 01/04/2026 (day/month/year).',
    maxLength: null,
    example: '2026-04-01',
  },
  {
    name: 'end_date',
    label: 'end date',
    level: 'contract',
    required: 'yes',
    description: 'The day the contract ends, without extensions; on or after the start date.',
    format: '2026-04-01 or 01/04/2026 (day/month/year).',
    maxLength: null,
    example: '2029-03-31',
  },
  {
    name: 'max_end_date',
    label: 'maximum end date',
    level: 'contract',
    required: 'no',
    description: 'The latest the contract can end if every extension is taken; on or after the end date.',
    format: '2026-04-01 or 01/04/2026 (day/month/year).',
    maxLength: null,
    example: '2031-03-31',
  },
  {
    name: 'total_value',
    label: 'total value',
    level: 'contract',
    required: 'no',
    description: 'The whole contract’s value over its term, in pounds.',
    format: 'Pounds, £0 or more, up to 2 decimal places: 1234.56, £1,234.56.',
    maxLength: null,
    example: '923281.25',
  },
  {
    name: 'price_visibility',
    label: 'price visibility',
    level: 'contract',
    required: 'no',
    description: 'What other trusts may see of the prices; blank means ANONYMOUS.',
    format: 'NAMED, ANONYMOUS or PRIVATE.',
    maxLength: null,
    example: 'ANONYMOUS',
  },
  {
    name: 'notes',
    label: 'notes',
    level: 'contract',
    required: 'no',
    description: 'Anything else worth knowing about the contract.',
    format: 'Text, up to 20,000 characters.',
    maxLength: 20_000,
    example: 'Three years with two optional 12-month extensions.',
  },
  {
    name: 'expected_annual_saving',
    label: 'expected annual saving',
    level: 'contract',
    required: 'no',
    description: 'The saving the contract is expected to make each year, in pounds.',
    format: 'Pounds, £0 or more, up to 2 decimal places.',
    maxLength: null,
    example: '45000.00',
  },
  {
    name: 'benefits_owner',
    label: 'benefits owner',
    level: 'contract',
    required: 'no',
    description: 'Who is accountable for the contract’s benefits (a role or a name).',
    format: 'Text, up to 200 characters.',
    maxLength: 200,
    example: 'Chief Clinical Information Officer',
  },
  {
    name: 'line_reference',
    label: 'line reference',
    level: 'line',
    required: 'yes',
    description: 'Your reference for the line, different for each line of a contract.',
    format: 'Text, up to 60 characters.',
    maxLength: 60,
    example: 'L1',
  },
  {
    name: 'product_name',
    label: 'product name',
    level: 'line',
    required: 'when',
    description:
      'The product bought on this line; required unless there is a description or the line is PER_DAY.',
    format: 'Text, up to 200 characters.',
    maxLength: 200,
    example: 'Meridian EPR',
  },
  {
    name: 'product_version',
    label: 'product version',
    level: 'line',
    required: 'no',
    description: 'The product’s version, if it matters.',
    format: 'Text, up to 40 characters.',
    maxLength: 40,
    example: '24.2',
  },
  {
    name: 'description',
    label: 'description',
    level: 'line',
    required: 'when',
    description: 'What the line is for; required when there is no product_name (unless the line is PER_DAY).',
    format: 'Text, up to 500 characters.',
    maxLength: 500,
    example: 'Implementation and data migration',
  },
  {
    name: 'role',
    label: 'role',
    level: 'line',
    required: 'when',
    description: 'For a PER_DAY line, the role bought by the day; required for PER_DAY.',
    format: 'Text, up to 100 characters.',
    maxLength: 100,
    example: 'Business analyst',
  },
  {
    name: 'grade',
    label: 'grade',
    level: 'line',
    required: 'when',
    description: 'For a PER_DAY line, the grade of the role; required for PER_DAY.',
    format: 'Text, up to 100 characters.',
    maxLength: 100,
    example: 'SFIA level 5',
  },
  {
    name: 'pricing_unit',
    label: 'pricing unit',
    level: 'line',
    required: 'yes',
    description: 'What one unit of the price is.',
    format: `${UNITS}; case and spaces do not matter ("per user").`,
    maxLength: null,
    example: 'PER_LICENCE',
  },
  {
    name: 'billing_period',
    label: 'billing period',
    level: 'line',
    required: 'yes',
    description: 'How often the price is charged.',
    format: 'ONE_OFF, MONTHLY or ANNUAL; also one-off, monthly, annual, yearly.',
    maxLength: null,
    example: 'ANNUAL',
  },
  {
    name: 'quantity',
    label: 'quantity',
    level: 'line',
    required: 'yes',
    description: 'How many units are bought; a FIXED line has quantity 1.',
    format: 'A number, 0 or more, up to 2 decimal places.',
    maxLength: null,
    example: '4500',
  },
  {
    name: 'unit_price',
    label: 'unit price',
    level: 'line',
    required: 'yes',
    description: 'The price of one unit for one billing period, before any discount, in pounds.',
    format: 'Pounds, £0 or more, up to 4 decimal places: 62.5, £1,250.0000.',
    maxLength: null,
    example: '62.5000',
  },
  {
    name: 'discount_percent',
    label: 'discount',
    level: 'line',
    required: 'no',
    description: 'The discount off the unit price, as a percentage.',
    format: 'From 0 to 100, up to 2 decimal places: 12.5 or 12.5%.',
    maxLength: null,
    example: '12.5',
  },
  {
    name: 'rebate',
    label: 'rebate',
    level: 'line',
    required: 'no',
    description: 'Whether the supplier pays a rebate on this line.',
    format: `${YES_NO}.`,
    maxLength: null,
    example: 'no',
  },
  {
    name: 'bundle',
    label: 'bundle',
    level: 'line',
    required: 'no',
    description: 'Whether the price is part of a bundle with other lines, so not comparable alone.',
    format: `${YES_NO}.`,
    maxLength: null,
    example: 'yes',
  },
  {
    name: 'research_partnership',
    label: 'research partnership',
    level: 'line',
    required: 'no',
    description: 'Whether the price reflects a research or development partnership.',
    format: `${YES_NO}.`,
    maxLength: null,
    example: 'no',
  },
  {
    name: 'suppressed',
    label: 'suppressed',
    level: 'line',
    required: 'no',
    description: 'Whether the line is kept out of comparisons and benchmarks.',
    format: `${YES_NO}.`,
    maxLength: null,
    example: 'no',
  },
  {
    name: 'suppression_reason',
    label: 'suppression reason',
    level: 'line',
    required: 'when',
    description: 'Why the line is suppressed; required when suppressed is yes, blank otherwise.',
    format: 'Text, up to 2,000 characters.',
    maxLength: 2000,
    example: 'Price includes hardware that cannot be separated.',
  },
] as const satisfies readonly ColumnSpec[];

export type RegisterColumnName = (typeof columns)[number]['name'];
export type RegisterColumn = Omit<ColumnSpec, 'name'> & { name: RegisterColumnName };

/** The template's columns in template order: documents the template and drives the checks. */
export const registerColumns: readonly RegisterColumn[] = columns;

export const registerColumnByName: ReadonlyMap<RegisterColumnName, RegisterColumn> = new Map(
  registerColumns.map((column) => [column.name, column]),
);

// One contract, two lines: the licences and their one-off implementation.
const exampleContract: Partial<Record<RegisterColumnName, string>> = {
  contract_reference: 'RJ1-IT-2026-014',
  contract_title: 'Electronic patient record licences and implementation',
  buyer_ods_code: 'RJ1',
  supplier_name: 'Meridian Health Systems Ltd',
  supplier_companies_house_number: '04512345',
  route: 'DIRECT_AWARD',
  start_date: '2026-04-01',
  end_date: '2029-03-31',
  max_end_date: '2031-03-31',
  total_value: '923281.25',
  price_visibility: 'ANONYMOUS',
  notes: 'Three years with two optional 12-month extensions.',
  expected_annual_saving: '45000.00',
  benefits_owner: 'Chief Clinical Information Officer',
};

const exampleLines: Partial<Record<RegisterColumnName, string>>[] = [
  {
    line_reference: 'L1',
    product_name: 'Meridian EPR',
    product_version: '24.2',
    pricing_unit: 'PER_LICENCE',
    billing_period: 'ANNUAL',
    quantity: '4500',
    unit_price: '62.5000',
    discount_percent: '12.5',
    rebate: 'no',
    bundle: 'no',
    research_partnership: 'no',
    suppressed: 'no',
  },
  {
    line_reference: 'L2',
    description: 'Implementation and data migration',
    pricing_unit: 'FIXED',
    billing_period: 'ONE_OFF',
    quantity: '1',
    unit_price: '185000.0000',
    rebate: 'no',
    bundle: 'no',
    research_partnership: 'no',
    suppressed: 'no',
  },
];

/** The template to download: the header and one example contract of two lines. */
export function registerTemplateCsv(): string {
  const rows = exampleLines.map((line) =>
    registerColumns.map((column) => line[column.name] ?? exampleContract[column.name] ?? ''),
  );
  // The byte order mark makes Excel read the file as UTF-8 (names with accents, £).
  return `\uFEFF${toCsv([registerColumns.map((column) => column.name), ...rows])}`;
}
