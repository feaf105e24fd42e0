/**
 * Reading published OCDS 1.1 data (a release package, or a record package) into draft contracts for a
 * person to check and confirm. Pure, and total: whatever the input, it returns problems (the package
 * cannot be read), drafts, and warnings (what was guessed or left out), and never throws.
 */
import type { BillingPeriod, PricingUnit } from '../../catalogue/catalogue.enums.js';
import { recordPackageErrors, releasePackageErrors, type OcdsProblem } from './ocds-validation.js';

/** One OCDS contract, read into Concord's terms; nothing is saved until a person confirms it. */
export type OcdsDraftContract = {
  /** With `contractId`, the key of an idempotent re-import; `releaseId` says which version was read. */
  ocid: string;
  releaseId: string;
  contractId: string;
  /** The OCDS contract id, or the ocid if the contract has none. */
  reference: string;
  title: string;
  description: string | null;
  /** `odsCode` from a GB-NHS identifier on the buyer party, if there is one. */
  buyer: { odsCode: string | null; name: string };
  /** `companiesHouseNumber` from a GB-COH identifier, as 8 characters ("11111111.0" → "11111111"). */
  supplier: { companiesHouseNumber: string | null; name: string };
  /** ISO dates: the day in England of each OCDS date-time. */
  startDate: string | null;
  endDate: string | null;
  maxEndDate: string | null;
  /** A decimal string with 2 decimals; only a GBP value is read. */
  totalValue: string | null;
  lines: {
    itemId: string;
    description: string;
    /** 8 digits, without the check digit ("45233130.0" and "45233130-3" → "45233130"). */
    cpvCode: string | null;
    quantity: string | null;
    unitName: string | null;
    /** GBP, a decimal string with 4 decimals. */
    unitPrice: string | null;
    pricingUnitGuess: PricingUnit;
    billingPeriodGuess: BillingPeriod;
  }[];
};

export type OcdsImportWarning = { ocid: string; message: string };

export type OcdsImport = {
  problems: OcdsProblem[];
  drafts: OcdsDraftContract[];
  warnings: OcdsImportWarning[];
};

type Json = Record<string, unknown>;
type Line = OcdsDraftContract['lines'][number];
type Warn = (message: string) => void;

const isObject = (value: unknown): value is Json =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
const objects = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);
/** A non-empty string, trimmed; OCDS ids may also be integers. */
const textOf = (value: unknown): string | null =>
  typeof value === 'string' ? value.trim() || null : typeof value === 'number' ? String(value) : null;

const notAPackage = (message: string): OcdsImport => ({
  problems: [{ path: '/', message }],
  drafts: [],
  warnings: [],
});

/**
 * Reads an OCDS 1.1 release package (`releases`) or record package (`records`) into draft contracts.
 *
 * The package must pass the OCDS 1.1.5 schema first; if it does not, the problems say where and no
 * draft is made. Releases are grouped by ocid and compiled in date order, later ones overriding
 * (OCDS merging: objects field by field, arrays of objects with ids by id). A record contributes its
 * compiled release or, without one, its embedded releases compiled the same way. Every contract of
 * every contracting process becomes one draft; processes without contracts are ignored.
 */
export function readReleasePackage(json: unknown): OcdsImport {
  if (!isObject(json))
    return notAPackage(
      'This is not an OCDS package: expected a JSON object with "releases" (a release package) or "records" (a record package).',
    );
  const warnings: OcdsImportWarning[] = [];
  const processes = new Map<string, Json[]>();
  const add = (ocid: string, releases: Json[]) =>
    processes.set(ocid, [...(processes.get(ocid) ?? []), ...releases]);

  let kind: 'release' | 'record';
  if ('releases' in json) {
    kind = 'release';
    const problems = releasePackageErrors(json);
    if (problems.length > 0) return { problems, drafts: [], warnings: [] };
    for (const release of objects(json['releases'])) add(String(release['ocid']), [release]);
  } else if ('records' in json) {
    kind = 'record';
    const problems = recordPackageErrors(json);
    if (problems.length > 0) return { problems, drafts: [], warnings: [] };
    for (const record of objects(json['records'])) {
      const ocid = String(record['ocid']);
      if (isObject(record['compiledRelease'])) add(ocid, [record['compiledRelease']]);
      else {
        // Linked releases only point at the packages that hold them (url, date, tag).
        const embedded = objects(record['releases']).filter((r) => 'ocid' in r || 'id' in r);
        if (embedded.length > 0) add(ocid, embedded);
        else
          warnings.push({
            ocid,
            message:
              'This record has no compiled release and only links to its releases: import the release packages it lists instead.',
          });
      }
    }
  } else
    return notAPackage(
      'This is not an OCDS package: it has neither "releases" (a release package) nor "records" (a record package).',
    );

  const drafts: OcdsDraftContract[] = [];
  const tags = new Set<string>();
  for (const [ocid, releases] of processes) {
    const ordered = releases
      .map((release, i) => ({ release, i, at: Date.parse(String(release['date'])) }))
      .sort((a, b) => a.at - b.at || a.i - b.i)
      .map(({ release }) => release);
    for (const release of ordered) for (const tag of textArray(release['tag'])) tags.add(tag);
    const compiled = ordered.reduce<Json>((merged, release) => mergeRelease(merged, release), {});
    const releaseId = textOf(ordered.at(-1)?.['id']) ?? ocid;
    drafts.push(...draftsOf(ocid, releaseId, compiled, (message) => warnings.push({ ocid, message })));
  }

  if (drafts.length === 0) {
    const what = kind === 'release' ? count(json['releases'], 'release') : count(json['records'], 'record');
    const seen = tags.size > 0 ? ` (tagged ${[...tags].join(', ')})` : '';
    const message = `This package has no contracts: it holds ${what}${seen}, none with a "contracts" section, and Concord imports contracts only.`;
    return { problems: [{ path: '/', message }], drafts: [], warnings };
  }
  return { problems: [], drafts, warnings };
}

const count = (list: unknown, noun: string) => {
  const n = Array.isArray(list) ? list.length : 0;
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
};
const textArray = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];

/** OCDS merging, simplified: a later release overrides field by field; `null` removes a field. */
function mergeRelease(compiled: Json, release: Json): Json {
  // These describe the release, not the contracting process (OCDS `omitWhenMerged`).
  const { id: _id, date: _date, tag: _tag, ...process } = release;
  return merge(compiled, process);
}

function merge(target: Json, source: Json): Json {
  const out: Json = { ...target };
  for (const [key, value] of Object.entries(source)) {
    if (key === '__proto__') continue;
    if (value === null) delete out[key];
    else if (isObject(value)) out[key] = merge(isObject(out[key]) ? out[key] : {}, value);
    else if (
      Array.isArray(value) &&
      value.length > 0 &&
      value.every((v) => isObject(v) && textOf(v['id']) !== null)
    )
      out[key] = mergeById(Array.isArray(out[key]) ? out[key] : [], value as Json[]);
    else out[key] = value;
  }
  return out;
}

/** Arrays of objects with ids (parties, awards, contracts, items) merge entry by entry. */
function mergeById(earlier: unknown[], later: Json[]): Json[] {
  const byId = new Map<string, Json>();
  for (const entry of [...objects(earlier), ...later]) {
    const id = textOf(entry['id']) ?? '';
    byId.set(id, merge(byId.get(id) ?? {}, entry));
  }
  return [...byId.values()];
}

/** The contracts of one compiled contracting process, as drafts. */
function draftsOf(ocid: string, releaseId: string, compiled: Json, warn: Warn): OcdsDraftContract[] {
  const parties = new Map(objects(compiled['parties']).map((p) => [textOf(p['id']) ?? '', p]));
  const withRole = (role: string) => {
    const found = [...parties.values()].filter((p) => textArray(p['roles']).includes(role));
    return found.length === 1 ? found[0] : undefined;
  };
  const awards = objects(compiled['awards']);
  const tender = isObject(compiled['tender']) ? compiled['tender'] : {};

  const buyerRef = isObject(compiled['buyer']) ? compiled['buyer'] : {};
  const buyerParty = parties.get(textOf(buyerRef['id']) ?? '') ?? withRole('buyer') ?? {};
  const buyerName = textOf(buyerParty['name']) ?? textOf(buyerRef['name']) ?? legalName(buyerParty);
  if (!buyerName) warn('No buyer is named: enter the buyer before confirming.');
  const buyer = { odsCode: identifier(buyerParty, 'GB-NHS')?.toUpperCase() ?? null, name: buyerName ?? '' };

  return objects(compiled['contracts']).map((contract) => {
    const contractId = textOf(contract['id']) ?? ocid;
    const award =
      awards.find((a) => textOf(a['id']) === textOf(contract['awardID'])) ??
      (awards.length === 1 ? awards[0] : undefined);
    const about = `Contract "${contractId}"`;

    const supplierRefs = objects(award?.['suppliers']);
    if (supplierRefs.length > 1)
      warn(
        `${about} names ${supplierRefs.length} suppliers; the first, ${textOf(supplierRefs[0]!['name']) ?? textOf(supplierRefs[0]!['id'])}, was taken.`,
      );
    const supplierRef = supplierRefs[0] ?? {};
    const supplierParty = parties.get(textOf(supplierRef['id']) ?? '') ?? withRole('supplier') ?? {};
    const supplierName =
      textOf(supplierParty['name']) ?? textOf(supplierRef['name']) ?? legalName(supplierParty);
    if (!supplierName) warn(`${about} names no supplier: enter the supplier before confirming.`);
    const rawNumber = identifier(supplierParty, 'GB-COH');
    const companiesHouseNumber = rawNumber ? companyNumber(rawNumber) : null;
    if (rawNumber && !companiesHouseNumber)
      warn(`${about}: the supplier's Companies House number "${rawNumber}" is not one; check it.`);

    const period = isObject(contract['period'])
      ? contract['period']
      : isObject(award?.['contractPeriod'])
        ? award['contractPeriod']
        : {};
    const value = isObject(contract['value']) ? contract['value'] : award?.['value'];
    const contractItems = objects(contract['items']);
    const items = contractItems.length > 0 ? contractItems : objects(award?.['items']);

    return {
      ocid,
      releaseId,
      contractId,
      reference: contractId,
      title: textOf(contract['title']) ?? textOf(award?.['title']) ?? textOf(tender['title']) ?? contractId,
      description: textOf(contract['description']) ?? textOf(award?.['description']) ?? null,
      buyer,
      supplier: { companiesHouseNumber, name: supplierName ?? '' },
      startDate: dayInEngland(period['startDate']),
      endDate: dayInEngland(period['endDate']),
      maxEndDate: dayInEngland(period['maxExtentDate']),
      totalValue: totalOf(value, (problem) =>
        warn(`${about}: the total value ${problem}, so it was left out.`),
      ),
      lines: items.flatMap((item) => lineOf(item, warn) ?? []),
    };
  });
}

function lineOf(item: Json, warn: Warn): Line | null {
  const itemId = textOf(item['id']) ?? '';
  const description = textOf(item['description']) ?? '';
  const about = `Item "${itemId}"${description ? ` (${description})` : ''}`;
  const unit = isObject(item['unit']) ? item['unit'] : {};
  if (!isObject(unit['value']) || typeof unit['value']['amount'] !== 'number') {
    warn(`${about} has no unit price, so it was left out.`);
    return null;
  }
  const price = gbpAmount(unit['value'], UNIT_PRICE);
  if ('problem' in price) {
    warn(`${about} was left out: its unit price ${price.problem}.`);
    return null;
  }
  if (price.text.startsWith('-')) {
    warn(`${about} was left out: its unit price is negative (${price.text}).`);
    return null;
  }
  if (price.rounded) warn(`${about}: the unit price was rounded to ${price.text} (4 decimal places).`);

  const rawQuantity = item['quantity'];
  let quantity: string | null = null;
  if (rawQuantity != null) {
    quantity = typeof rawQuantity === 'number' && rawQuantity >= 0 ? plainNumber(rawQuantity) : null;
    if (quantity === null) {
      warn(
        `${about} was left out: its quantity, ${JSON.stringify(rawQuantity)}, is not a number of 0 or more.`,
      );
      return null;
    }
  }

  const unitName = textOf(unit['name']);
  const unitId = textOf(unit['id'])?.toUpperCase() ?? null;
  const words = `${unitName ?? ''} ${unitId ?? ''}`.toLowerCase();
  const known = UNIT_WORDS.find(([pattern]) => pattern.test(words))?.[1];
  if (!known)
    warn(
      `${about}: the unit ${unitName ? `"${unitName}"` : '(none given)'} was not recognised, so it was taken as per licence; check it.`,
    );
  return {
    itemId,
    description,
    cpvCode: cpvCode(item, (message) => warn(`${about}: ${message}`)),
    quantity,
    unitName,
    unitPrice: price.text,
    pricingUnitGuess: known ?? 'PER_LICENCE',
    billingPeriodGuess:
      /\b(months?|monthly)\b/.test(words) || unitId === 'MON'
        ? 'MONTHLY'
        : /\b(years?|yearly|annual|annually|annum)\b/.test(words) || unitId === 'ANN'
          ? 'ANNUAL'
          : 'ONE_OFF',
  };
}

/** Words in a unit's name (or UN/CEFACT id, such as DAY) that say what one unit is; first match wins. */
const UNIT_WORDS: [RegExp, PricingUnit][] = [
  [/\busers?\b/, 'PER_USER'],
  [/\blicen[cs]es?\b/, 'PER_LICENCE'],
  [/\bbeds?\b/, 'PER_BED'],
  [/\bsites?\b/, 'PER_SITE'],
  [/\bpatients?\b/, 'PER_REGISTERED_PATIENT'],
  [/\b(devices?|laptops?|desktops?|tablets?|hardware)\b/, 'PER_DEVICE'],
  [/\btransactions?\b/, 'PER_TRANSACTION'],
  [/\b(days?|daily)\b/, 'PER_DAY'],
  [/\b(fixed|lump sum)\b/, 'FIXED'],
];

/** The id of a party's identifier in `scheme`, main or additional, else from a `<scheme>-` party id. */
function identifier(party: Json, scheme: string): string | null {
  const candidates = [party['identifier'], ...objects(party['additionalIdentifiers'])].filter(isObject);
  const found = candidates.find((i) => textOf(i['scheme'])?.toUpperCase() === scheme);
  if (found) return textOf(found['id']);
  const id = textOf(party['id']);
  return id?.toUpperCase().startsWith(`${scheme}-`) ? id.slice(scheme.length + 1) || null : null;
}

const legalName = (party: Json) =>
  isObject(party['identifier']) ? textOf(party['identifier']['legalName']) : null;

/**
 * A Companies House number as the register writes it: 8 characters, digits padded with zeros after
 * any two-letter prefix (SC, NI...). Spreadsheets turn numbers into floats: "9506232.0" → "09506232".
 */
function companyNumber(raw: string): string | null {
  const compact = raw.replace(/\s+/g, '').toUpperCase().replace(/\.0+$/, '');
  const match = /^([A-Z]{2})?(\d{1,8})$/.exec(compact);
  if (!match) return null;
  const prefix = match[1] ?? '';
  const number = prefix + match[2]!.padStart(8 - prefix.length, '0');
  return number.length === 8 ? number : null;
}

/** The item's CPV code in 8 digits: from its classification, else an additional one. */
function cpvCode(item: Json, warn: (message: string) => void): string | null {
  const classifications = [item['classification'], ...objects(item['additionalClassifications'])].filter(
    isObject,
  );
  const cpv = classifications.find((c) => textOf(c['scheme'])?.toUpperCase() === 'CPV');
  const raw = cpv ? textOf(cpv['id']) : null;
  if (!raw) return null;
  // "45233130.0" (a float in a spreadsheet) and "45233130-3" (with its check digit) are both 45233130.
  const digits = /^(\d{1,8})(?:\.0+|-\d)?$/.exec(raw.trim())?.[1]?.padStart(8, '0') ?? null;
  if (!digits) warn(`the CPV code "${raw}" is not one, so it was left out.`);
  return digits;
}

const londonDay = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The day in England of an OCDS date-time: `2026-03-31T23:00:00Z` is 1 April (midnight in summer
 * time, written in UTC). A time that marks a day's start or end (00:00, 23:59) keeps the day it is
 * written with, whatever the offset: `2011-06-30T23:59:00Z` means the end of 30 June, not 00:59 on
 * 1 July in summer time.
 */
function dayInEngland(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const at = Date.parse(value);
  if (Number.isNaN(at)) return null;
  const written = /^(\d{4}-\d{2}-\d{2})T(00:00|23:59)(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i.exec(
    value.trim(),
  );
  return written ? written[1]! : londonDay.format(at);
}

/** How Concord keeps amounts (contract and contract_line columns): integer digits and decimals. */
const UNIT_PRICE = { whole: 10, places: 4 };
const TOTAL = { whole: 14, places: 2 };

/** The GBP amount of an OCDS Value with an amount, as a decimal string, or why it cannot be read. */
function gbpAmount(
  value: Json,
  size: { whole: number; places: number },
): { text: string; rounded: boolean } | { problem: string } {
  const currency = textOf(value['currency']);
  if (currency !== 'GBP') return { problem: `is in ${currency ?? 'no stated currency'}, not GBP` };
  const amount = value['amount'];
  const decimal = typeof amount === 'number' ? decimalOf(amount, size.places) : null;
  const whole = decimal?.text.replace(/^-/, '').split('.')[0]!.length ?? Infinity;
  return decimal && whole <= size.whole
    ? decimal
    : { problem: `(${String(amount)}) is larger than Concord holds (${size.whole} digits before the point)` };
}

/** A contract's total value in GBP with 2 decimals; null if there is none, or it cannot be read. */
function totalOf(value: unknown, warn: (problem: string) => void): string | null {
  if (!isObject(value) || value['amount'] == null) return null;
  const total = gbpAmount(value, TOTAL);
  if ('problem' in total) warn(total.problem);
  return 'text' in total ? total.text : null;
}

/**
 * A JSON number as a decimal string with `places` decimals, rounded half away from zero. It starts
 * from the shortest text that reads back as the number, which is what the publisher wrote (0.1, not
 * the 0.1000000000000000055… the double holds). Null beyond 1e21, where that text has an exponent.
 */
function decimalOf(n: number, places: number): { text: string; rounded: boolean } | null {
  if (!Number.isFinite(n)) return null;
  const written = Math.abs(n) < 1e-6 ? n.toFixed(20) : String(n);
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(written);
  if (!match) return null;
  const [, sign, whole, fraction = ''] = match;
  const scaled = BigInt(whole! + fraction.slice(0, places).padEnd(places, '0'));
  const rounded = /[1-9]/.test(fraction.slice(places));
  const units = scaled + (Number(fraction[places] ?? '0') >= 5 ? 1n : 0n);
  const digits = units.toString().padStart(places + 1, '0');
  const text = places > 0 ? `${digits.slice(0, -places)}.${digits.slice(-places)}` : digits;
  return { text: units === 0n ? text : sign + text, rounded };
}

/** A quantity as plain decimal text: 8 → "8", 2.5 → "2.5". */
function plainNumber(n: number): string | null {
  const decimal = decimalOf(n, 6);
  return decimal ? decimal.text.replace(/\.?0+$/, '') : null;
}
