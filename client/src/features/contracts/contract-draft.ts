import { ceilingAnnualUnitPrice, normaliseLine, PricingError, type NormalisedLine } from '@concord/pricing';
import type {
  BillingPeriod,
  ContractLineInput,
  CreateContractInput,
  PriceVisibility,
  PricingUnit,
  ProcurementRoute,
  ProductCategory,
  TierCalculation,
  UpdateContractInput,
} from '../../gql/graphql';
import { formatDate } from '../../shared/format/date';
import { readDate, toDateParts, type DateParts } from '../../shared/forms/dates';
import { put, type Problems } from '../../shared/forms/field-messages';
import { errorsFromServer, type FormErrors } from '../../shared/forms/form-errors';
import type { UserErrorLike } from '../../shared/graphql/mutation';

/**
 * The contract form's state and everything done with it, without React: loading a contract into
 * form values, the checks the server makes (so most mistakes are pointed out before a save), the
 * `CreateContractInput` or `UpdateContractInput` it becomes, each line's normalised price worked out
 * as the person types (with `@concord/pricing`, the code the server stores the figures with), and
 * where each of the server's `userErrors` lands.
 *
 * Field keys name a line by its key, not its position (`lines.n3.unitPrice`): removing a line never
 * moves another's message, and each key maps to one element id on the page (`fieldId`).
 */

export type LineKind = 'product' | 'service';
export type LineFlag = 'rebate' | 'bundle' | 'researchPartnership' | 'suppressed';
export const lineFlagOrder: LineFlag[] = ['rebate', 'bundle', 'researchPartnership', 'suppressed'];

export type LineDraft = {
  key: string;
  /** The saved line's id, so a save updates it rather than replacing it. */
  id: string | null;
  lineReference: string;
  kind: LineKind | '';
  productVersionId: string;
  /** "Ember PAS 9.4": how the chosen version reads, until the supplier's products load. */
  productLabel: string;
  description: string;
  category: ProductCategory | '';
  pricingUnit: PricingUnit | '';
  billingPeriod: BillingPeriod | '';
  role: string;
  grade: string;
  quantity: string;
  unitPrice: string;
  discountPercent: string;
  flags: LineFlag[];
  suppressionReason: string;
};

export type Basis = 'call-off' | 'off-framework';

export type ContractDraft = {
  /** Central users only, when recording: the trust that signed it. */
  buyerOdsCode: string;
  supplier: { id: string; name: string } | null;
  basis: Basis | '';
  lotId: string;
  route: ProcurementRoute | '';
  reference: string;
  title: string;
  startDate: DateParts;
  endDate: DateParts;
  maxEndDate: DateParts;
  totalValue: string;
  priceVisibility: PriceVisibility;
  notes: string;
  expectedAnnualBenefit: string;
  benefitsStatement: string;
  benefitsOwner: string;
  lines: LineDraft[];
};

let added = 0;
/** Keys for lines added on the page; loaded lines have positional keys (`l1`, `l2`, …). */
export const newLineKey = () => `n${++added}`;

export function newLine(key: string): LineDraft {
  return {
    key,
    id: null,
    lineReference: '',
    kind: '',
    productVersionId: '',
    productLabel: '',
    description: '',
    category: '',
    pricingUnit: '',
    billingPeriod: '',
    role: '',
    grade: '',
    quantity: '',
    unitPrice: '',
    discountPercent: '',
    flags: [],
    suppressionReason: '',
  };
}

export const emptyContract: ContractDraft = {
  buyerOdsCode: '',
  supplier: null,
  basis: '',
  lotId: '',
  route: '',
  reference: '',
  title: '',
  startDate: toDateParts(null),
  endDate: toDateParts(null),
  maxEndDate: toDateParts(null),
  totalValue: '',
  priceVisibility: 'ANONYMOUS',
  notes: '',
  expectedAnnualBenefit: '',
  benefitsStatement: '',
  benefitsOwner: '',
  lines: [],
};

// --- Loading ------------------------------------------------------------------------------------

/** A saved contract as the form needs it (any query's contract with these fields fits). */
export type LoadedContract = {
  reference: string;
  title: string;
  startDate: string;
  endDate: string;
  maxEndDate: string | null;
  route: ProcurementRoute | null;
  priceVisibility: PriceVisibility;
  notes: string;
  benefitsStatement: string;
  benefitsOwner: string;
  totalValue: { amount: string } | null;
  expectedAnnualBenefit: { amount: string } | null;
  supplier: { id: string; name: string };
  award: { id: string; lot: { id: string } } | null;
  lines: readonly LoadedLine[];
};

export type LoadedLine = {
  id: string;
  lineReference: string;
  description: string;
  category: ProductCategory;
  role: string | null;
  grade: string | null;
  pricingUnit: PricingUnit;
  billingPeriod: BillingPeriod;
  quantity: string;
  discountPercent: string;
  rebate: boolean;
  bundle: boolean;
  researchPartnership: boolean;
  suppressed: boolean;
  suppressionReason: string | null;
  unitPrice: { amount: string };
  productVersion: { id: string; version: string; product: { name: string } } | null;
};

/** `2045.0000` → `2045.00`, `12.5000` → `12.50`, `0.0150` → `0.015`: as a person would type it. */
export function amountForInput(amount: string): string {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(amount.trim());
  if (!match) return amount;
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  return `${match[1]}.${fraction.padEnd(2, '0')}`;
}

/** `12.50` → `12.5`, `0.00` → `0`: a quantity or percentage as typed. */
function numberForInput(value: string): string {
  const match = /^(\d+)(?:\.(\d+))?$/.exec(value.trim());
  if (!match) return value;
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  return fraction ? `${match[1]}.${fraction}` : (match[1] ?? value);
}

export function lineFromLoaded(line: LoadedLine, key: string): LineDraft {
  const product = line.productVersion;
  const productLabel = product ? `${product.product.name} ${product.version}` : '';
  const flags = lineFlagOrder.filter((flag) => line[flag]);
  return {
    key,
    id: line.id,
    lineReference: line.lineReference,
    kind: product ? 'product' : 'service',
    productVersionId: product?.id ?? '',
    productLabel,
    // The server names a product line after its product when no description was given.
    description: product && line.description === productLabel ? '' : line.description,
    category: product ? '' : line.category,
    pricingUnit: line.pricingUnit,
    billingPeriod: line.billingPeriod,
    role: line.role ?? '',
    grade: line.grade ?? '',
    quantity: numberForInput(line.quantity),
    unitPrice: amountForInput(line.unitPrice.amount),
    discountPercent: Number(line.discountPercent) > 0 ? numberForInput(line.discountPercent) : '',
    flags,
    suppressionReason: line.suppressionReason ?? '',
  };
}

/** A saved contract as the form shows it. */
export function draftFromContract(contract: LoadedContract): ContractDraft {
  return {
    buyerOdsCode: '',
    supplier: { id: contract.supplier.id, name: contract.supplier.name },
    basis: contract.award ? 'call-off' : 'off-framework',
    lotId: contract.award?.lot.id ?? '',
    route: contract.route ?? '',
    reference: contract.reference,
    title: contract.title,
    startDate: toDateParts(contract.startDate),
    endDate: toDateParts(contract.endDate),
    maxEndDate: toDateParts(contract.maxEndDate),
    totalValue: contract.totalValue ? amountForInput(contract.totalValue.amount) : '',
    priceVisibility: contract.priceVisibility,
    notes: contract.notes,
    expectedAnnualBenefit: contract.expectedAnnualBenefit
      ? amountForInput(contract.expectedAnnualBenefit.amount)
      : '',
    benefitsStatement: contract.benefitsStatement,
    benefitsOwner: contract.benefitsOwner,
    lines: contract.lines.map((line, index) => lineFromLoaded(line, `l${index + 1}`)),
  };
}

// --- Edits ------------------------------------------------------------------------------------------

export type ContractAction =
  | { type: 'set'; patch: Partial<Omit<ContractDraft, 'lines' | 'supplier'>> }
  /** A new supplier: its lots and product versions are not the last one's, so those choices go. */
  | { type: 'supplier'; supplier: { id: string; name: string } | null }
  | { type: 'addLine'; key: string }
  | { type: 'removeLine'; key: string }
  | { type: 'line'; key: string; patch: Partial<Omit<LineDraft, 'key' | 'id'>> };

export function contractReducer(state: ContractDraft, action: ContractAction): ContractDraft {
  switch (action.type) {
    case 'set':
      return { ...state, ...action.patch };
    case 'supplier':
      if (action.supplier?.id === state.supplier?.id) return state;
      return {
        ...state,
        supplier: action.supplier,
        lotId: '',
        lines: state.lines.map((line) => ({ ...line, productVersionId: '', productLabel: '' })),
      };
    case 'addLine':
      return { ...state, lines: [...state.lines, newLine(action.key)] };
    case 'removeLine':
      return { ...state, lines: state.lines.filter((line) => line.key !== action.key) };
    case 'line':
      return {
        ...state,
        lines: state.lines.map((line) => (line.key === action.key ? { ...line, ...action.patch } : line)),
      };
  }
}

// --- Amounts as typed ----------------------------------------------------------------------------------

/** What was typed as a decimal the API accepts: `£1,200.50` → `1200.50`. */
export const plainNumber = (text: string) =>
  text.trim().replace(/^£/, '').replace(/[,\s]/g, '').replace(/%$/, '');

/**
 * Why a typed amount is not one the server accepts (its own rules and words), or null: a number,
 * not negative, with at most `places` decimal places.
 */
export function amountProblem(text: string, places: number, what: string): string | null {
  const value = plainNumber(text);
  if (value.startsWith('-')) return `The ${what} cannot be negative`;
  const match = /^(\d{1,12})(?:\.(\d+))?$/.exec(value);
  if (!match) return `Enter the ${what} as a number, like ${places ? '12.50' : '12'}`;
  if ((match[2] ?? '').length > places) {
    return places === 0
      ? `The ${what} must be a whole number`
      : `The ${what} can have at most ${places} decimal place${places === 1 ? '' : 's'}`;
  }
  return null;
}

const isoOf = (parts: DateParts): string | null => {
  const reading = readDate(parts, 'Date');
  return reading.kind === 'date' ? reading.iso : null;
};

/** The contract's term, when both dates are real and in order: what every line is normalised over. */
export function termOf(state: Pick<ContractDraft, 'startDate' | 'endDate'>) {
  const startDate = isoOf(state.startDate);
  const endDate = isoOf(state.endDate);
  return startDate && endDate && endDate >= startDate ? { startDate, endDate } : null;
}

// --- Checks ---------------------------------------------------------------------------------------------

/** A framework lot the supplier is approved on, as the checks and the ceiling preview need it. */
export type LotChoice = {
  lotId: string;
  framework: { reference: string; startDate: string; endDate: string };
  /** The lot's ceiling prices for the supplier. */
  prices: readonly CeilingPrice[];
};

export type CeilingPrice = {
  productVersionId: string;
  pricingUnit: PricingUnit;
  billingPeriod: BillingPeriod;
  role: string | null;
  grade: string | null;
  validFrom: string;
  validTo: string | null;
  ceilingUnitPrice: string;
  tiers: readonly { from: number; to: number | null; unitPrice: string }[] | null;
  tierCalculation: TierCalculation | null;
};

export type CheckOptions = {
  /** Central users name the trust when recording. */
  askBuyer: boolean;
  /** Saving as a draft: lines may come later. */
  asDraft: boolean;
  /** The supplier's lots, once loaded: a call-off must start while its framework is in force. */
  lots?: readonly LotChoice[];
};

const textTooLong = (problems: Problems, key: string, value: string, max: number, label: string) => {
  if (value.length > max)
    put(problems, key, `${label} must be ${max.toLocaleString('en-GB')} characters or fewer`);
};

function dateProblem(problems: Problems, key: string, parts: DateParts, label: string, required: boolean) {
  const reading = readDate(parts, label);
  if (reading.kind === 'empty' && required) put(problems, key, `Enter the ${label.toLowerCase()}`, true);
  if (reading.kind === 'invalid') put(problems, key, reading.message);
  return reading.kind === 'date' ? reading.iso : null;
}

/** Everything the server would refuse in `createContract` or `updateContract`, by field key. */
export function contractProblems(state: ContractDraft, options: CheckOptions): Problems {
  const problems: Problems = {};
  if (options.askBuyer) {
    const code = state.buyerOdsCode.trim();
    if (!code)
      put(problems, 'buyerOdsCode', 'Enter the ODS code of the trust that signed the contract', true);
    else if (!/^[A-Za-z0-9-]{3,10}$/.test(code)) {
      put(problems, 'buyerOdsCode', 'Enter an ODS code of 3 to 10 letters and digits, like RAL');
    }
  }
  if (!state.supplier) put(problems, 'supplierId', 'Choose the supplier', true);
  if (!state.basis) put(problems, 'basis', 'Select how the contract was bought', true);
  if (state.basis === 'call-off' && !state.lotId) {
    put(
      problems,
      'lotId',
      state.supplier ? 'Choose the framework lot it was called off from' : 'Choose the supplier first',
      true,
    );
  }
  if (state.basis === 'off-framework' && !state.route) {
    put(problems, 'route', 'Select how the contract was awarded', true);
  }

  const reference = state.reference.trim();
  if (!reference) put(problems, 'reference', 'Enter the contract’s reference', true);
  textTooLong(problems, 'reference', reference, 60, 'The reference');
  const title = state.title.trim();
  if (!title) put(problems, 'title', 'Enter a title', true);
  textTooLong(problems, 'title', title, 300, 'The title');

  const start = dateProblem(problems, 'startDate', state.startDate, 'Start date', true);
  const end = dateProblem(problems, 'endDate', state.endDate, 'End date', true);
  const latest = dateProblem(problems, 'maxEndDate', state.maxEndDate, 'Latest end date', false);
  if (start && end && end < start)
    put(problems, 'endDate', 'The end date must be on or after the start date');
  if (end && latest && latest < end) {
    put(problems, 'maxEndDate', 'The latest end date with extensions cannot be before the end date');
  }
  const lot =
    state.basis === 'call-off' ? options.lots?.find((choice) => choice.lotId === state.lotId) : undefined;
  if (lot && start && (start < lot.framework.startDate || start > lot.framework.endDate)) {
    put(
      problems,
      'startDate',
      `A call-off must start while ${lot.framework.reference} is in force (${formatDate(lot.framework.startDate)} to ${formatDate(lot.framework.endDate)})`,
    );
  }

  for (const [key, value, what] of [
    ['totalValue', state.totalValue, 'total value'],
    ['expectedAnnualBenefit', state.expectedAnnualBenefit, 'expected benefit'],
  ] as const) {
    const problem = value.trim() ? amountProblem(value, 2, what) : null;
    if (problem) put(problems, key, problem);
  }
  textTooLong(problems, 'notes', state.notes, 20000, 'Notes');
  textTooLong(problems, 'benefitsStatement', state.benefitsStatement, 20000, 'The benefits');
  textTooLong(problems, 'benefitsOwner', state.benefitsOwner.trim(), 200, 'The owner');

  if (!options.asDraft && state.lines.length === 0) {
    put(problems, 'lines', 'Add at least one line, or save the contract as a draft', true);
  }
  const references = new Map<string, string>();
  state.lines.forEach((line, index) => {
    lineProblems(line, problems);
    const ref = line.lineReference.trim() || `L${index + 1}`;
    const before = references.get(ref.toLowerCase());
    if (before) put(problems, `${linePrefix(line)}.lineReference`, `Line reference ${ref} is used twice`);
    references.set(ref.toLowerCase(), line.key);
  });
  return problems;
}

export const linePrefix = (line: Pick<LineDraft, 'key'>) => `lines.${line.key}`;

function lineProblems(line: LineDraft, problems: Problems) {
  const at = linePrefix(line);
  textTooLong(problems, `${at}.lineReference`, line.lineReference.trim(), 60, 'The line reference');
  if (!line.kind) put(problems, `${at}.kind`, 'Select what was bought', true);
  if (line.kind === 'product' && !line.productVersionId) {
    put(problems, `${at}.productVersionId`, 'Choose the product version', true);
  }
  if (line.kind === 'service') {
    if (!line.description.trim()) put(problems, `${at}.description`, 'Describe what was bought', true);
    if (!line.category) put(problems, `${at}.category`, 'Choose the kind of product or service', true);
  }
  textTooLong(problems, `${at}.description`, line.description.trim(), 500, 'The description');
  if (!line.pricingUnit) put(problems, `${at}.pricingUnit`, 'Choose what one unit is', true);
  if (!line.billingPeriod) put(problems, `${at}.billingPeriod`, 'Choose how often it is charged', true);
  if (line.pricingUnit === 'PER_DAY') {
    if (!line.role.trim()) put(problems, `${at}.role`, 'Name the role this day rate is for', true);
    if (!line.grade.trim()) put(problems, `${at}.grade`, 'Name the grade this day rate is for', true);
    textTooLong(problems, `${at}.role`, line.role.trim(), 100, 'The role');
    textTooLong(problems, `${at}.grade`, line.grade.trim(), 100, 'The grade');
  }
  if (line.pricingUnit !== 'FIXED') {
    if (!line.quantity.trim()) put(problems, `${at}.quantity`, 'Enter the quantity', true);
    else {
      const problem = amountProblem(line.quantity, 2, 'quantity');
      if (problem) put(problems, `${at}.quantity`, problem);
    }
  }
  if (!line.unitPrice.trim()) put(problems, `${at}.unitPrice`, 'Enter the unit price', true);
  else {
    const problem = amountProblem(line.unitPrice, 4, 'unit price');
    if (problem) put(problems, `${at}.unitPrice`, problem);
  }
  if (line.discountPercent.trim()) {
    const problem = amountProblem(line.discountPercent, 2, 'discount');
    if (problem) put(problems, `${at}.discountPercent`, problem);
    else if (Number(plainNumber(line.discountPercent)) > 100) {
      put(problems, `${at}.discountPercent`, 'The discount cannot be more than 100%');
    }
  }
  if (line.flags.includes('suppressed')) {
    if (!line.suppressionReason.trim()) {
      put(problems, `${at}.suppressionReason`, 'Say why the line is kept out of comparisons', true);
    }
    textTooLong(problems, `${at}.suppressionReason`, line.suppressionReason.trim(), 2000, 'The reason');
  }
}

// --- To the API ---------------------------------------------------------------------------------------

const orNull = (text: string) => (text.trim() ? text.trim() : null);
const amountOrNull = (text: string) => (text.trim() ? plainNumber(text) : null);

export function lineInput(line: LineDraft): ContractLineInput {
  const perDay = line.pricingUnit === 'PER_DAY';
  const suppressed = line.flags.includes('suppressed');
  return {
    ...(line.id ? { id: line.id } : {}),
    ...(line.lineReference.trim() ? { lineReference: line.lineReference.trim() } : {}),
    productVersionId: line.kind === 'product' ? line.productVersionId || null : null,
    description: orNull(line.description),
    category: line.kind === 'service' && line.category ? line.category : null,
    pricingUnit: line.pricingUnit as PricingUnit,
    billingPeriod: line.billingPeriod as BillingPeriod,
    role: perDay ? orNull(line.role) : null,
    grade: perDay ? orNull(line.grade) : null,
    quantity: line.pricingUnit === 'FIXED' ? '1' : plainNumber(line.quantity),
    unitPrice: plainNumber(line.unitPrice),
    discountPercent: amountOrNull(line.discountPercent) ?? '0',
    rebate: line.flags.includes('rebate'),
    bundle: line.flags.includes('bundle'),
    researchPartnership: line.flags.includes('researchPartnership'),
    suppressed,
    suppressionReason: suppressed ? orNull(line.suppressionReason) : null,
  };
}

/** The fields `createContract` and `updateContract` share, from answers that passed the checks. */
function contractFields(state: ContractDraft) {
  const callOff = state.basis === 'call-off';
  return {
    supplierId: state.supplier?.id ?? '',
    lotId: callOff ? state.lotId : null,
    route: callOff ? null : state.route || null,
    reference: state.reference.trim(),
    title: state.title.trim(),
    startDate: isoOf(state.startDate) ?? '',
    endDate: isoOf(state.endDate) ?? '',
    maxEndDate: isoOf(state.maxEndDate),
    totalValue: amountOrNull(state.totalValue),
    priceVisibility: state.priceVisibility,
    notes: state.notes.trim(),
    benefits: {
      expectedAnnualBenefit: amountOrNull(state.expectedAnnualBenefit),
      statement: state.benefitsStatement.trim(),
      owner: state.benefitsOwner.trim(),
    },
    lines: state.lines.map(lineInput),
  };
}

export function createInput(
  state: ContractDraft,
  options: { askBuyer: boolean; asDraft: boolean },
): CreateContractInput {
  return {
    ...(options.askBuyer ? { buyerOdsCode: state.buyerOdsCode.trim().toUpperCase() } : {}),
    asDraft: options.asDraft,
    ...contractFields(state),
  };
}

export function updateInput(
  state: ContractDraft,
  saved: { id: string; rowVersion: number },
): UpdateContractInput {
  return { id: saved.id, expectedRowVersion: saved.rowVersion, ...contractFields(state) };
}

// --- The page: ids, order and names of fields -----------------------------------------------------------

/** The element id of a field key: `lines.n3.unitPrice` → `cf-lines-n3-unitPrice`. */
export const fieldId = (key: string) => `cf-${key.replaceAll('.', '-')}`;

const lineFieldOrder = [
  'kind',
  'productVersionId',
  'description',
  'category',
  'pricingUnit',
  'billingPeriod',
  'role',
  'grade',
  'quantity',
  'unitPrice',
  'discountPercent',
  'suppressionReason',
  'lineReference',
];

/** Every field key in the order the fields appear on the page, for the error summary. */
export function fieldOrder(state: ContractDraft): string[] {
  return [
    'buyerOdsCode',
    'supplierId',
    'basis',
    'lotId',
    'route',
    'reference',
    'title',
    'startDate',
    'endDate',
    'maxEndDate',
    'totalValue',
    'priceVisibility',
    ...state.lines.flatMap((line) => lineFieldOrder.map((field) => `${linePrefix(line)}.${field}`)),
    'lines',
    'expectedAnnualBenefit',
    'benefitsStatement',
    'benefitsOwner',
    'notes',
  ];
}

/** Where a field sits, for the error summary: "Line 2". */
export function fieldContext(key: string, state: ContractDraft): string | null {
  const [head, lineKey, field] = key.split('.');
  if (head !== 'lines' || !lineKey || !field) return null;
  const index = state.lines.findIndex((line) => line.key === lineKey);
  return index >= 0 ? `Line ${index + 1}` : null;
}

// --- The server's answers -------------------------------------------------------------------------------

const topLeaves: Record<string, string> = {
  buyerOdsCode: 'buyerOdsCode',
  supplierId: 'supplierId',
  lotId: 'lotId',
  route: 'route',
  reference: 'reference',
  title: 'title',
  startDate: 'startDate',
  endDate: 'endDate',
  maxEndDate: 'maxEndDate',
  totalValue: 'totalValue',
  priceVisibility: 'priceVisibility',
  notes: 'notes',
  lines: 'lines',
};
const benefitLeaves: Record<string, string> = {
  expectedAnnualBenefit: 'expectedAnnualBenefit',
  statement: 'benefitsStatement',
  owner: 'benefitsOwner',
};
const lineLeaves = new Set(lineFieldOrder);

/**
 * The field key a server path names, against the lines as they were sent: `["lines","1","unitPrice"]`
 * → `lines.n4.unitPrice`. Undefined for paths that name no field on the page (`["id"]`): their
 * messages go in the summary.
 */
export function serverFieldKey(
  path: readonly string[],
  sent: Pick<ContractDraft, 'basis' | 'lines'>,
): string | undefined {
  const [head, second, leaf] = path;
  if (head === undefined) return undefined;
  if (head === 'benefits') return second ? benefitLeaves[second] : undefined;
  if (head === 'lines' && second !== undefined) {
    const line = sent.lines[Number(second)];
    if (!line) return 'lines';
    if (leaf && lineLeaves.has(leaf)) return `${linePrefix(line)}.${leaf}`;
    return undefined;
  }
  if (path.length !== 1) return undefined;
  // "Choose the lot or how it was awarded" is about the choice itself while neither is made.
  if (head === 'route' && !sent.basis) return 'basis';
  return topLeaves[head];
}

/** The server's `userErrors` for the contract sent, each on the field its path names. */
export function serverErrors(
  userErrors: readonly UserErrorLike[],
  sent: Pick<ContractDraft, 'basis' | 'lines'>,
): FormErrors<string> {
  return errorsFromServer(userErrors, (path) => serverFieldKey(path, sent));
}

// --- A line's price, as typed ---------------------------------------------------------------------------

export type LinePreview =
  { kind: 'priced'; figures: NormalisedLine; ceiling: string | null } | { kind: 'waiting'; reason: string };

/**
 * The framework ceiling a call-off line falls under, as the server finds it: the same product
 * version and unit (and role and grade for day rates), one-off against one-off; in force at the
 * start first, then the same billing period, then the latest.
 */
export function ceilingFor(
  prices: readonly CeilingPrice[],
  line: Pick<LineDraft, 'productVersionId' | 'pricingUnit' | 'billingPeriod' | 'role' | 'grade'>,
  startDate: string,
): CeilingPrice | null {
  if (!line.productVersionId || !line.pricingUnit || !line.billingPeriod) return null;
  const same = (a: string | null, b: string) => (a ?? '').trim().toLowerCase() === b.trim().toLowerCase();
  const inForce = (price: CeilingPrice) =>
    price.validFrom <= startDate && (price.validTo === null || price.validTo >= startDate);
  const candidates = prices
    .filter(
      (price) =>
        price.productVersionId === line.productVersionId &&
        price.pricingUnit === line.pricingUnit &&
        (price.billingPeriod === 'ONE_OFF') === (line.billingPeriod === 'ONE_OFF') &&
        (line.pricingUnit !== 'PER_DAY' || (same(price.role, line.role) && same(price.grade, line.grade))),
    )
    .sort(
      (a, b) =>
        Number(inForce(b)) - Number(inForce(a)) ||
        Number(b.billingPeriod === line.billingPeriod) - Number(a.billingPeriod === line.billingPeriod) ||
        b.validFrom.localeCompare(a.validFrom),
    );
  return candidates[0] ?? null;
}

/**
 * What a line comes to on the footing every comparison uses, worked out as the person types (the
 * server stores the same figures when it is saved); or what is still needed to work it out.
 */
export function linePreview(
  line: LineDraft,
  term: { startDate: string; endDate: string } | null,
  ceilingPrices: readonly CeilingPrice[] = [],
): LinePreview {
  if (!line.pricingUnit || !line.billingPeriod) {
    return { kind: 'waiting', reason: 'Choose what one unit is and how often it is charged' };
  }
  if (!term) return { kind: 'waiting', reason: 'Enter the contract’s start and end dates' };
  const quantity = line.pricingUnit === 'FIXED' ? '1' : plainNumber(line.quantity);
  if (
    line.pricingUnit !== 'FIXED' &&
    (!line.quantity.trim() || amountProblem(line.quantity, 2, 'quantity'))
  ) {
    return { kind: 'waiting', reason: 'Enter the quantity' };
  }
  if (!line.unitPrice.trim() || amountProblem(line.unitPrice, 4, 'unit price')) {
    return { kind: 'waiting', reason: 'Enter the unit price' };
  }
  const discount = line.discountPercent.trim() ? plainNumber(line.discountPercent) : '0';
  if (
    line.discountPercent.trim() &&
    (amountProblem(line.discountPercent, 2, 'discount') || Number(discount) > 100)
  ) {
    return { kind: 'waiting', reason: 'Correct the discount' };
  }
  try {
    const figures = normaliseLine(
      {
        billingPeriod: line.billingPeriod,
        perUnit: line.pricingUnit !== 'FIXED',
        quantity,
        unitPrice: plainNumber(line.unitPrice),
        discountPercent: discount,
      },
      term,
    );
    const price = line.kind === 'product' ? ceilingFor(ceilingPrices, line, term.startDate) : null;
    let ceiling: string | null = null;
    if (price) {
      try {
        ceiling = ceilingAnnualUnitPrice(
          {
            billingPeriod: price.billingPeriod,
            perUnit: price.pricingUnit !== 'FIXED',
            unitPrice: price.ceilingUnitPrice,
            tiers: price.tiers,
            tierCalculation: price.tierCalculation,
          },
          quantity,
          term,
        );
      } catch (error) {
        if (!(error instanceof PricingError)) throw error;
      }
    }
    return { kind: 'priced', figures, ceiling };
  } catch (error) {
    if (error instanceof PricingError) return { kind: 'waiting', reason: error.message.replace(/\.$/, '') };
    throw error;
  }
}
