import { readableDate } from '../../core/dates.js';
import { ceilingAnnualUnitPrice, normaliseLine } from '@concord/pricing';
import { userError, type UserError } from '../../core/user-error.js';
import type { ProductVersion } from '../catalogue/product.entity.js';
import { PricingUnit, ProductCategory } from '../catalogue/catalogue.enums.js';
import type { CataloguePrice } from '../frameworks/catalogue-price.entity.js';
import type { LotAward } from '../frameworks/lot-award.entity.js';
import type { Supplier } from '../suppliers/supplier.entity.js';
import type { ContractLine } from './contract-line.entity.js';
import type { ContractDraftInput, ContractLineInput } from './contract.types.js';

/**
 * The rules of a contract and its lines, shared by the form, the API and the imports: each
 * returns every problem at once with the path of the field at fault, so a form or an import
 * report can put each message beside its field or cell.
 */

/** What a draft refers to, looked up in batches by the caller (one contract or a whole file). */
export type ContractLookups = {
  suppliers: Map<string, Supplier>;
  versions: Map<string, ProductVersion>;
  /** Call-offs: the supplier's award on the lot, with its prices populated; keyed `lotId|supplierId`. */
  awards: Map<string, LotAward>;
};

export const awardKey = (lotId: string, supplierId: string) => `${lotId}|${supplierId}`;

const MAX_LINES = 5000;

/**
 * A decimal amount as stored, or why it is not acceptable. Accepts `12`, `12.5`, `012.50`; refuses
 * signs, exponents and more decimal places than allowed. Never goes through a float.
 */
export function decimalAmount(
  value: string,
  places: number,
  what: string,
): { value: string } | { problem: string } {
  const text = value.trim();
  if (text.startsWith('-')) return { problem: `The ${what} cannot be negative.` };
  const match = /^(\d{1,12})(?:\.(\d+))?$/.exec(text);
  if (!match) return { problem: `Enter the ${what} as a number, like ${places ? '12.50' : '12'}.` };
  const fraction = match[2] ?? '';
  if (fraction.length > places) {
    return {
      problem:
        places === 0
          ? `The ${what} must be a whole number.`
          : `The ${what} can have at most ${places} decimal place${places === 1 ? '' : 's'}.`,
    };
  }
  const whole = match[1]!.replace(/^0+(?=\d)/, '');
  return { value: places ? `${whole}.${fraction.padEnd(places, '0')}` : whole };
}

function textProblems(
  value: string | null | undefined,
  max: number,
  label: string,
  field: string[],
): UserError[] {
  return (value ?? '').length > max
    ? [userError('INVALID', `${label} must be ${max.toLocaleString('en-GB')} characters or fewer.`, field)]
    : [];
}

/** Every problem with the contract-level fields (not the buyer, not uniqueness: those need the database). */
export function contractProblems(input: ContractDraftInput, lookups: ContractLookups): UserError[] {
  const errors: UserError[] = [];
  const reference = input.reference.trim();
  if (!reference) errors.push(userError('INVALID', 'Enter the contract reference.', ['reference']));
  errors.push(...textProblems(reference, 60, 'The reference', ['reference']));
  if (!input.title.trim()) errors.push(userError('INVALID', 'Enter a title.', ['title']));
  errors.push(...textProblems(input.title.trim(), 300, 'The title', ['title']));
  if (input.endDate < input.startDate) {
    errors.push(userError('INVALID', 'The end date must be on or after the start date.', ['endDate']));
  }
  if (input.maxEndDate != null && input.maxEndDate < input.endDate) {
    errors.push(
      userError('INVALID', 'The latest end date with extensions cannot be before the end date.', [
        'maxEndDate',
      ]),
    );
  }
  for (const [value, field, what] of [
    [input.totalValue, ['totalValue'], 'total value'],
    [input.benefits?.expectedAnnualBenefit, ['benefits', 'expectedAnnualBenefit'], 'expected annual benefit'],
  ] as const) {
    if (value == null || value.trim() === '') continue;
    const amount = decimalAmount(value.replace(/^£/, ''), 2, what);
    if ('problem' in amount) errors.push(userError('INVALID', amount.problem, [...field]));
  }
  errors.push(...textProblems(input.notes, 20000, 'Notes', ['notes']));
  errors.push(
    ...textProblems(input.benefits?.statement, 20000, 'The benefits statement', ['benefits', 'statement']),
  );
  errors.push(
    ...textProblems(input.benefits?.owner?.trim(), 200, 'The benefits owner', ['benefits', 'owner']),
  );

  const supplier = lookups.suppliers.get(input.supplierId);
  if (!supplier) errors.push(userError('NOT_FOUND', 'There is no such supplier.', ['supplierId']));
  if (input.lotId != null && input.route != null) {
    errors.push(
      userError(
        'INVALID',
        'A call-off from a framework lot has no off-framework route: choose one or the other.',
        ['route'],
      ),
    );
  }
  if (input.lotId == null && input.route == null) {
    errors.push(
      userError('INVALID', 'Choose the framework lot it was called off from, or how it was awarded.', [
        'route',
      ]),
    );
  }
  const award = input.lotId != null ? lookups.awards.get(awardKey(input.lotId, input.supplierId)) : undefined;
  if (input.lotId != null && supplier) {
    if (!award) {
      errors.push(
        userError('INVALID', `${supplier.name} is not an approved supplier on that lot.`, ['lotId']),
      );
    } else {
      const framework = award.lot.unwrap().framework.unwrap();
      if (framework.status === 'DRAFT') {
        errors.push(userError('NOT_FOUND', 'There is no such framework lot.', ['lotId']));
      } else if (input.startDate < framework.startDate || input.startDate > framework.endDate) {
        errors.push(
          userError(
            'INVALID',
            `A call-off must start while ${framework.reference} is in force (${readableDate(framework.startDate)} to ${readableDate(framework.endDate)}).`,
            ['startDate'],
          ),
        );
      }
    }
  }

  if (input.lines.length > MAX_LINES) {
    errors.push(userError('INVALID', `A contract can have at most ${MAX_LINES} lines.`, ['lines']));
  }
  const references = new Set<string>();
  input.lines.forEach((line, i) => {
    const at = ['lines', String(i)];
    errors.push(...lineProblems(line, at, { supplier, award, lookups }));
    errors.push(...sizeProblems(line, at, input));
    const ref = lineReferenceOf(line, i);
    if (references.has(ref.toLowerCase())) {
      errors.push(userError('CONFLICT', `Line reference ${ref} is used twice.`, [...at, 'lineReference']));
    }
    references.add(ref.toLowerCase());
  });
  return errors;
}

/** A line's figures (docs/price-normalisation.md) from its checked amounts, over the term. */
function lineFigures(
  line: ContractLineInput,
  amounts: { quantity: string; unitPrice: string; discountPercent: string },
  term: { startDate: string; endDate: string },
) {
  return normaliseLine(
    { billingPeriod: line.billingPeriod, perUnit: line.pricingUnit !== PricingUnit.FIXED, ...amounts },
    term,
  );
}

/** Whole digits the stored figures hold: unit prices numeric(14,4), costs numeric(16,2). */
const UNIT_PRICE_DIGITS = 10;
const COST_DIGITS = 14;
const wholeDigits = (amount: string) => amount.replace(/^-/, '').split('.')[0]!.length;

/**
 * A line whose price or cost a year is larger than the register can hold (a quantity and a price
 * of billions, say): refused on its fields rather than failing when saved. Checked only once the
 * amounts and the term are themselves valid.
 */
function sizeProblems(line: ContractLineInput, at: string[], term: { startDate: string; endDate: string }) {
  const quantity = decimalAmount(line.quantity, 2, 'quantity');
  const price = decimalAmount(line.unitPrice.replace(/^£/, ''), 4, 'unit price');
  const discount = decimalAmount(line.discountPercent?.trim().replace(/%$/, '') || '0', 2, 'discount');
  if ('problem' in quantity || 'problem' in price || 'problem' in discount || term.endDate < term.startDate) {
    return [];
  }
  if (wholeDigits(price.value) > UNIT_PRICE_DIGITS) {
    return [userError('INVALID', 'The unit price can be at most £9,999,999,999.9999.', [...at, 'unitPrice'])];
  }
  if (Number(discount.value) > 100) return [];
  const figures = lineFigures(
    line,
    { quantity: quantity.value, unitPrice: price.value, discountPercent: discount.value },
    term,
  );
  const tooLarge =
    wholeDigits(figures.annualUnitPrice) > UNIT_PRICE_DIGITS ||
    wholeDigits(figures.annualCost) > COST_DIGITS ||
    wholeDigits(figures.totalCost) > COST_DIGITS;
  return tooLarge
    ? [
        userError(
          'INVALID',
          'This line comes to more than the register can hold (over £99 trillion, or a unit over £9.9 billion a year): check the quantity and the unit price.',
          [...at, 'quantity'],
        ),
      ]
    : [];
}

/** The line's reference as given, or its position: L1, L2… */
export const lineReferenceOf = (line: ContractLineInput, index: number): string =>
  line.lineReference?.trim() || `L${index + 1}`;

function lineProblems(
  line: ContractLineInput,
  at: string[],
  context: { supplier: Supplier | undefined; award: LotAward | undefined; lookups: ContractLookups },
): UserError[] {
  const errors: UserError[] = [];
  errors.push(
    ...textProblems(line.lineReference?.trim(), 60, 'The line reference', [...at, 'lineReference']),
  );
  const quantity = decimalAmount(line.quantity, 2, 'quantity');
  if ('problem' in quantity) errors.push(userError('INVALID', quantity.problem, [...at, 'quantity']));
  else if (line.pricingUnit === PricingUnit.FIXED && Number(quantity.value) !== 1) {
    errors.push(userError('INVALID', 'A fixed price is for a quantity of 1.', [...at, 'quantity']));
  }
  const price = decimalAmount(line.unitPrice.replace(/^£/, ''), 4, 'unit price');
  if ('problem' in price) errors.push(userError('INVALID', price.problem, [...at, 'unitPrice']));
  if (line.discountPercent != null && line.discountPercent.trim() !== '') {
    const discount = decimalAmount(line.discountPercent.replace(/%$/, ''), 2, 'discount');
    if ('problem' in discount)
      errors.push(userError('INVALID', discount.problem, [...at, 'discountPercent']));
    else if (Number(discount.value) > 100) {
      errors.push(userError('INVALID', 'The discount cannot be more than 100%.', [...at, 'discountPercent']));
    }
  }
  const version =
    line.productVersionId != null ? context.lookups.versions.get(line.productVersionId) : undefined;
  if (line.productVersionId != null && !version) {
    errors.push(userError('NOT_FOUND', 'There is no such product version.', [...at, 'productVersionId']));
  }
  if (version && context.supplier && version.product.unwrap().supplier.id !== context.supplier.id) {
    errors.push(
      userError('INVALID', `This product is not ${context.supplier.name}’s.`, [...at, 'productVersionId']),
    );
  } else if (
    version &&
    context.award &&
    !context.award.prices.getItems().some((p) => p.productVersion.id === version.id)
  ) {
    const lot = context.award.lot.unwrap();
    errors.push(
      userError(
        'INVALID',
        `${version.product.unwrap().name} is not offered on lot ${lot.number} of ${lot.framework.unwrap().reference}: a call-off can only buy what the lot offers.`,
        [...at, 'productVersionId'],
      ),
    );
  }
  if (line.productVersionId == null && !line.description?.trim()) {
    errors.push(
      userError('INVALID', 'Choose a product, or describe what the line is for.', [...at, 'description']),
    );
  }
  errors.push(...textProblems(line.description?.trim(), 500, 'The description', [...at, 'description']));
  if (line.cpvCode != null && line.cpvCode.trim() !== '' && !/^\d{8}(-\d)?$/.test(line.cpvCode.trim())) {
    errors.push(userError('INVALID', 'Enter a CPV code of 8 digits, like 48180000.', [...at, 'cpvCode']));
  }
  if (line.pricingUnit === PricingUnit.PER_DAY) {
    if (!line.role?.trim())
      errors.push(userError('INVALID', 'Name the role this day rate is for.', [...at, 'role']));
    if (!line.grade?.trim())
      errors.push(userError('INVALID', 'Name the grade this day rate is for.', [...at, 'grade']));
  }
  errors.push(...textProblems(line.role?.trim(), 100, 'The role', [...at, 'role']));
  errors.push(...textProblems(line.grade?.trim(), 100, 'The grade', [...at, 'grade']));
  if (line.suppressed && !line.suppressionReason?.trim()) {
    errors.push(
      userError('INVALID', 'Say why the line is kept out of comparisons.', [...at, 'suppressionReason']),
    );
  }
  errors.push(
    ...textProblems(line.suppressionReason?.trim(), 2000, 'The reason', [...at, 'suppressionReason']),
  );
  return errors;
}

/** The framework price a call-off line falls under: same product, unit (and role and grade), in force at the start. */
export function ceilingFor(
  award: LotAward | undefined,
  line: {
    productVersionId: string | null;
    pricingUnit: PricingUnit;
    billingPeriod: string;
    role: string | null;
    grade: string | null;
  },
  startDate: string,
): CataloguePrice | null {
  if (!award || !line.productVersionId) return null;
  const candidates = award.prices
    .getItems()
    .filter(
      (p) =>
        p.productVersion.id === line.productVersionId &&
        p.pricingUnit === line.pricingUnit &&
        (p.billingPeriod === 'ONE_OFF') === (line.billingPeriod === 'ONE_OFF') &&
        (line.pricingUnit !== PricingUnit.PER_DAY ||
          (p.role?.toLowerCase() === line.role?.toLowerCase() &&
            p.grade?.toLowerCase() === line.grade?.toLowerCase())),
    )
    // In force at the start first, then the same billing period, then the latest.
    .sort(
      (a, b) =>
        Number(inForce(b, startDate)) - Number(inForce(a, startDate)) ||
        Number(b.billingPeriod === line.billingPeriod) - Number(a.billingPeriod === line.billingPeriod) ||
        b.validFrom.localeCompare(a.validFrom),
    );
  return candidates[0] ?? null;
}

const inForce = (price: CataloguePrice, day: string) =>
  price.validFrom <= day && (price.validTo === null || price.validTo >= day);

/** A line's stored fields, derived figures included, from checked input. */
export function lineFields(
  line: ContractLineInput,
  index: number,
  context: {
    startDate: string;
    endDate: string;
    version: ProductVersion | null;
    award: LotAward | undefined;
  },
) {
  const perDay = line.pricingUnit === PricingUnit.PER_DAY;
  const quantity = (decimalAmount(line.quantity, 2, 'quantity') as { value: string }).value;
  const unitPrice = (decimalAmount(line.unitPrice.replace(/^£/, ''), 4, 'unit price') as { value: string })
    .value;
  const discountText = line.discountPercent?.trim().replace(/%$/, '') || '0';
  const discountPercent = (decimalAmount(discountText, 2, 'discount') as { value: string }).value;
  const role = perDay ? line.role?.trim() || null : null;
  const grade = perDay ? line.grade?.trim() || null : null;
  const term = { startDate: context.startDate, endDate: context.endDate };
  const normalised = lineFigures(line, { quantity, unitPrice, discountPercent }, term);
  const ceiling = ceilingFor(
    context.award,
    {
      productVersionId: context.version?.id ?? null,
      pricingUnit: line.pricingUnit,
      billingPeriod: line.billingPeriod,
      role,
      grade,
    },
    context.startDate,
  );
  const ceilingAnnual = ceiling
    ? ceilingAnnualUnitPrice(
        {
          billingPeriod: ceiling.billingPeriod,
          perUnit: ceiling.pricingUnit !== PricingUnit.FIXED,
          unitPrice: ceiling.ceilingUnitPrice,
          tiers: ceiling.tiers,
          tierCalculation: ceiling.tierCalculation,
        },
        quantity,
        term,
      )
    : null;
  return {
    lineReference: lineReferenceOf(line, index),
    position: index,
    productVersion: context.version,
    description: line.description?.trim() || (context.version ? productLabel(context.version) : ''),
    category:
      context.version?.product.unwrap().category ??
      line.category ??
      (perDay ? ProductCategory.PROFESSIONAL_SERVICES : ProductCategory.OTHER),
    cpvCode: context.version ? null : line.cpvCode?.trim().slice(0, 8) || null,
    role,
    grade,
    pricingUnit: line.pricingUnit,
    billingPeriod: line.billingPeriod,
    quantity,
    unitPrice,
    discountPercent,
    rebate: line.rebate ?? false,
    bundle: line.bundle ?? false,
    researchPartnership: line.researchPartnership ?? false,
    suppressed: line.suppressed ?? false,
    suppressionReason: line.suppressed ? line.suppressionReason?.trim() || null : null,
    netUnitPrice: normalised.netUnitPrice,
    annualUnitPrice: normalised.annualUnitPrice,
    oneOffUnitPrice: normalised.oneOffUnitPrice,
    annualCost: normalised.annualCost,
    totalCost: normalised.totalCost,
    ceilingPrice: ceiling,
    ceilingAnnualUnitPrice: ceilingAnnual,
    aboveCeiling: ceilingAnnual !== null && compareDecimal(normalised.annualUnitPrice, ceilingAnnual) > 0,
  };
}

const productLabel = (version: ProductVersion) => `${version.product.unwrap().name} ${version.version}`;

/** Compares two non-negative decimal strings with 4 places exactly (no float). */
function compareDecimal(a: string, b: string): number {
  const [aw = '0', af = ''] = a.split('.');
  const [bw = '0', bf = ''] = b.split('.');
  return aw.length - bw.length || aw.localeCompare(bw) || af.padEnd(4, '0').localeCompare(bf.padEnd(4, '0'));
}

/**
 * A stored line's fields derived again, as `lineFields` would save them now: after the contract's
 * term changed, or to check what was stored. The line's contract and product version must be loaded.
 */
export function storedLineFields(line: ContractLine, award: LotAward | undefined) {
  const contract = line.contract.unwrap();
  return lineFields(
    {
      lineReference: line.lineReference,
      productVersionId: line.productVersion?.id ?? null,
      description: line.description,
      category: line.category,
      cpvCode: line.cpvCode,
      role: line.role,
      grade: line.grade,
      pricingUnit: line.pricingUnit,
      billingPeriod: line.billingPeriod,
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      discountPercent: line.discountPercent,
      rebate: line.rebate,
      bundle: line.bundle,
      researchPartnership: line.researchPartnership,
      suppressed: line.suppressed,
      suppressionReason: line.suppressionReason,
    },
    line.position,
    {
      startDate: contract.startDate,
      endDate: contract.endDate,
      version: line.productVersion?.unwrap() ?? null,
      award,
    },
  );
}
