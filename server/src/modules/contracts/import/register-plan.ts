import { ReferenceKind, type EntityName } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/sql';
import { arrayConstant } from '../../../core/bulk-insert.js';
import type { UserError } from '../../../core/user-error.js';
import { ProductVersion, type Product } from '../../catalogue/product.entity.js';
import { Framework } from '../../frameworks/framework.entity.js';
import { Organisation } from '../../organisations/organisation.entity.js';
import { OrganisationKind } from '../../organisations/organisation.enums.js';
import { Supplier } from '../../suppliers/supplier.entity.js';
import { awardKey, contractProblems, lineFields, type ContractLookups } from '../contract-rules.js';
import { ContractLine } from '../contract-line.entity.js';
import { Contract } from '../contract.entity.js';
import { ContractStatus } from '../contract.enums.js';
import { contractFields, contractLookups } from '../contract.service.js';
import type { ContractDraftInput, ContractLineInput } from '../contract.types.js';
import { buildMatchIndex, matchByNameOrNumber, nameKey } from './company-match.js';
import type { ImportSummary, MatchReview } from './contract-import.entity.js';
import type { RegisterRow, RowProblem } from './register-csv.js';

/** One contract of the file, ready to apply: what it becomes and what it was. */
export type PlannedContract = {
  buyer: Organisation;
  draft: ContractDraftInput;
  /** The file row of each line, in the draft's line order. */
  rows: number[];
  existing: StoredContract | null;
  change: 'CREATE' | 'UPDATE' | 'UNCHANGED';
};

export type RegisterPlan = {
  problems: RowProblem[];
  reviews: MatchReview[];
  contracts: PlannedContract[];
  lookups: ContractLookups;
  summary: ImportSummary;
};

/** A stored record's columns by property name, references as ids: what it is, without an entity. */
type StoredRecord = Record<string, unknown> & { id: string };

type StoredContractRow = StoredRecord & { buyer: string; reference: string; status: string };
/** A contract as stored, with its lines. */
export type StoredContract = StoredContractRow & { lines: StoredLine[] };
type StoredLine = StoredRecord & { contract: string; lineReference: string };

/** Who is importing: a trust's user imports its own register, a central user any trust's. */
export type Importer = { trust: Organisation | null };

// Where each field of a contract draft lives in the template, to report a rule's message by cell.
const contractColumns: Record<string, string> = {
  reference: 'contract_reference',
  title: 'contract_title',
  startDate: 'start_date',
  endDate: 'end_date',
  maxEndDate: 'max_end_date',
  totalValue: 'total_value',
  supplierId: 'supplier_name',
  lotId: 'lot_number',
  route: 'route',
  notes: 'notes',
  benefits: 'expected_annual_saving',
  lines: 'line_reference',
};
const lineColumns: Record<string, string> = {
  lineReference: 'line_reference',
  productVersionId: 'product_name',
  description: 'description',
  role: 'role',
  grade: 'grade',
  quantity: 'quantity',
  unitPrice: 'unit_price',
  discountPercent: 'discount_percent',
  suppressionReason: 'suppression_reason',
};

const MAX_CANDIDATES = 10;

/**
 * Turns checked rows into contracts to create or update, looking up every trust, supplier,
 * framework lot and product the file names in a handful of queries, and checking each contract
 * with the same rules as the form. Names that match nothing or several records become reviews;
 * `choices` (review key → chosen id) settles them.
 */
export async function planRegister(
  em: EntityManager,
  rows: RegisterRow[],
  importer: Importer,
  choices: Map<string, string>,
): Promise<RegisterPlan> {
  const problems: RowProblem[] = [];
  const problem = (row: number, column: string | null, message: string) =>
    problems.push({ row, column, message });

  // Buyers.
  const codes = [...new Set(rows.map((r) => r.buyerOdsCode).filter((c): c is string => c !== null))];
  const trusts = new Map(
    (codes.length
      ? await em.find(Organisation, { odsCode: { $in: codes }, kind: OrganisationKind.TRUST })
      : []
    ).map((o) => [o.odsCode, o]),
  );
  if (importer.trust) trusts.set(importer.trust.odsCode, importer.trust);
  const buyerOf = (row: RegisterRow): Organisation | null => {
    const code = row.buyerOdsCode ?? importer.trust?.odsCode ?? null;
    if (!code) {
      problem(row.row, 'buyer_ods_code', 'Give the ODS code of the trust that signed the contract.');
      return null;
    }
    if (importer.trust && code !== importer.trust.odsCode) {
      problem(
        row.row,
        'buyer_ods_code',
        `You can import only ${importer.trust.name}’s contracts (${importer.trust.odsCode}); this row is for ${code}.`,
      );
      return null;
    }
    const trust = trusts.get(code);
    if (!trust) problem(row.row, 'buyer_ods_code', `There is no NHS trust with the ODS code ${code}.`);
    return trust ?? null;
  };

  // Suppliers: by Companies House number, then by name.
  const suppliers = await em.find(Supplier, {});
  const supplierIndex = buildMatchIndex(suppliers);
  const supplierById = new Map(suppliers.map((s) => [s.id, s]));
  const reviews = new Map<string, MatchReview>();
  const review = (entry: Omit<MatchReview, 'rows' | 'rowCount' | 'chosenId'>, row: number): string | null => {
    const known = reviews.get(entry.key);
    const chosen = choices.get(entry.key) ?? null;
    if (known) {
      known.rowCount += 1;
      if (known.rows.length < 20) known.rows.push(row);
    } else {
      reviews.set(entry.key, { ...entry, rows: [row], rowCount: 1, chosenId: chosen });
    }
    return chosen;
  };
  const supplierOf = (row: RegisterRow): Supplier | null => {
    const found = matchByNameOrNumber(
      { name: row.supplierName, companiesHouseNumber: row.supplierCompaniesHouseNumber },
      supplierIndex,
    );
    if (found.kind === 'matched') return found.match;
    const name = row.supplierName ?? row.supplierCompaniesHouseNumber ?? '';
    const key = `SUPPLIER|${row.supplierCompaniesHouseNumber ?? ''}|${nameKey(name)}`;
    const candidates =
      found.kind === 'ambiguous'
        ? found.candidates
        : nearest(suppliers, name, (s) => s.name).slice(0, MAX_CANDIDATES);
    const chosen = review(
      {
        kind: 'SUPPLIER',
        key,
        name,
        context: row.supplierCompaniesHouseNumber,
        candidates: candidates.map((s) => ({ id: s.id, name: s.name, detail: s.companiesHouseNumber })),
      },
      row.row,
    );
    return chosen ? (supplierById.get(chosen) ?? null) : null;
  };

  // Framework lots, by framework reference and lot number.
  const references = [
    ...new Set(rows.map((r) => r.frameworkReference?.toUpperCase()).filter((r): r is string => !!r)),
  ];
  const frameworks = new Map(
    (references.length
      ? await em.find(
          Framework,
          { reference: { $in: references }, status: { $ne: 'DRAFT' } },
          { populate: ['lots'] },
        )
      : []
    ).map((f) => [f.reference, f]),
  );
  const lotOf = (row: RegisterRow): string | null | undefined => {
    if (!row.frameworkReference) return null;
    const framework = frameworks.get(row.frameworkReference.toUpperCase());
    if (!framework) {
      problem(row.row, 'framework_reference', `There is no published framework ${row.frameworkReference}.`);
      return undefined;
    }
    const lot = framework.lots.getItems().find((l) => l.number === row.lotNumber);
    if (!lot) {
      problem(row.row, 'lot_number', `${framework.reference} has no lot ${row.lotNumber}.`);
      return undefined;
    }
    return lot.id;
  };

  // Group the rows into contracts, resolving what each names.
  type Group = { buyer: Organisation; supplier: Supplier; lotId: string | null; rows: RegisterRow[] };
  const groups = new Map<string, Group | null>();
  for (const row of rows) {
    const key = `${row.buyerOdsCode ?? ''}|${row.contractReference}`;
    if (groups.has(key)) {
      const group = groups.get(key);
      group?.rows.push(row);
      continue;
    }
    const buyer = buyerOf(row);
    const supplier = supplierOf(row);
    const lotId = lotOf(row);
    groups.set(
      key,
      buyer && supplier && lotId !== undefined ? { buyer, supplier, lotId, rows: [row] } : null,
    );
  }
  const resolved = [...groups.values()].filter((g): g is Group => g !== null);

  // Products of the suppliers named, matched by name within the supplier; then the version.
  const supplierIds = [...new Set(resolved.map((g) => g.supplier.id))];
  const versions = supplierIds.length
    ? await em.find(
        ProductVersion,
        { product: { supplier: { $in: supplierIds } } },
        { populate: ['product'], orderBy: { product: { name: 'asc' }, releasedOn: 'asc', createdAt: 'asc' } },
      )
    : [];
  const productsBySupplier = new Map<string, Map<string, { product: Product; versions: ProductVersion[] }>>();
  for (const version of versions) {
    const product = version.product.unwrap();
    const bySupplier = productsBySupplier.get(product.supplier.id) ?? new Map();
    productsBySupplier.set(product.supplier.id, bySupplier);
    const entry = bySupplier.get(product.id) ?? { product, versions: [] };
    entry.versions.push(version);
    bySupplier.set(product.id, entry);
  }
  const versionOf = (row: RegisterRow, supplier: Supplier): ProductVersion | null | undefined => {
    if (!row.productName) return null;
    const products = [...(productsBySupplier.get(supplier.id)?.values() ?? [])];
    const wanted = nameKey(row.productName);
    const named = products.filter((p) => nameKey(p.product.name) === wanted);
    let entry = named.length === 1 ? named[0] : undefined;
    if (!entry) {
      const chosen = review(
        {
          kind: 'PRODUCT',
          key: `PRODUCT|${supplier.id}|${wanted}`,
          name: row.productName,
          context: supplier.name,
          candidates: (named.length ? named : nearest(products, row.productName, (p) => p.product.name))
            .slice(0, MAX_CANDIDATES)
            .map((p) => ({
              id: p.product.id,
              name: p.product.name,
              detail: p.versions.map((v) => v.version).join(', '),
            })),
        },
        row.row,
      );
      entry = chosen ? products.find((p) => p.product.id === chosen) : undefined;
      if (!entry) return undefined;
    }
    if (!row.productVersion) return entry.versions.at(-1)!;
    const version = entry.versions.find((v) => v.version.toLowerCase() === row.productVersion!.toLowerCase());
    if (!version) {
      problem(
        row.row,
        'product_version',
        `${entry.product.name} has no version ${row.productVersion}; it has ${entry.versions.map((v) => v.version).join(', ')}.`,
      );
    }
    return version;
  };

  const planned: { buyer: Organisation; draft: ContractDraftInput; rows: number[] }[] = [];
  for (const group of resolved) {
    const lines: ContractLineInput[] = [];
    let complete = true;
    for (const row of group.rows) {
      const version = versionOf(row, group.supplier);
      if (version === undefined) complete = false;
      lines.push(lineInput(row, version ?? null));
    }
    if (complete)
      planned.push({
        buyer: group.buyer,
        draft: draftOf(group.rows[0]!, group, lines),
        rows: group.rows.map((r) => r.row),
      });
  }

  // The form's rules, each message put in its row and column.
  const lookups = await contractLookups(
    em,
    planned.map((p) => p.draft),
  );
  for (const p of planned) {
    for (const error of contractProblems(p.draft, lookups)) problems.push(cellOf(error, p.rows));
  }

  // What is there already: contracts by buyer and reference, with their lines.
  const existing = await existingContracts(em, planned);
  const contracts: PlannedContract[] = planned.map((p) => {
    const current = existing.get(`${p.buyer.id}|${p.draft.reference}`) ?? null;
    if (current) {
      const byReference = new Map(current.lines.map((l) => [l.lineReference.toLowerCase(), l.id]));
      p.draft.lines.forEach((line) => {
        line.id = byReference.get(line.lineReference!.toLowerCase()) ?? null;
      });
    }
    return { ...p, existing: current, change: current ? 'UPDATE' : 'CREATE' };
  });
  const summary: ImportSummary = {
    contracts: { create: 0, update: 0, unchanged: 0 },
    lines: { create: 0, update: 0, unchanged: 0, remove: 0 },
  };
  if (!problems.length) {
    for (const c of contracts) {
      if (!c.existing) {
        summary.contracts.create += 1;
        summary.lines.create += c.draft.lines.length;
        continue;
      }
      if (c.existing.status === ContractStatus.TERMINATED) {
        problems.push({
          row: c.rows[0]!,
          column: 'contract_reference',
          message: `${c.draft.reference} has ended early and can no longer be changed; leave it out of the file.`,
        });
        continue;
      }
      const lineChanges = compareLines(c, lookups);
      const contractChanged = !sameFields(c.existing, contractFields(c.draft, lookups));
      c.change = contractChanged || lineChanges.changed ? 'UPDATE' : 'UNCHANGED';
      summary.contracts[c.change === 'UPDATE' ? 'update' : 'unchanged'] += 1;
      summary.lines.create += lineChanges.create;
      summary.lines.update += lineChanges.update;
      summary.lines.unchanged += lineChanges.unchanged;
      summary.lines.remove += lineChanges.remove;
    }
  }
  problems.sort((a, b) => a.row - b.row);
  return { problems, reviews: [...reviews.values()], contracts, lookups, summary };
}

function lineInput(row: RegisterRow, version: ProductVersion | null): ContractLineInput {
  return {
    id: null,
    lineReference: row.lineReference,
    productVersionId: version?.id ?? null,
    description: row.description,
    category: null,
    cpvCode: null,
    role: row.role,
    grade: row.grade,
    pricingUnit: row.pricingUnit,
    billingPeriod: row.billingPeriod,
    quantity: row.quantity,
    unitPrice: row.unitPrice,
    discountPercent: row.discountPercent,
    rebate: row.rebate,
    bundle: row.bundle,
    researchPartnership: row.researchPartnership,
    suppressed: row.suppressed,
    suppressionReason: row.suppressionReason,
  };
}

function draftOf(
  first: RegisterRow,
  group: { supplier: Supplier; lotId: string | null },
  lines: ContractLineInput[],
): ContractDraftInput {
  return {
    supplierId: group.supplier.id,
    lotId: group.lotId,
    route: group.lotId ? null : first.route,
    reference: first.contractReference,
    title: first.contractTitle,
    startDate: first.startDate,
    endDate: first.endDate,
    maxEndDate: first.maxEndDate,
    totalValue: first.totalValue,
    priceVisibility: first.priceVisibility,
    notes: first.notes,
    benefits: {
      expectedAnnualBenefit: first.expectedAnnualSaving,
      owner: first.benefitsOwner,
      statement: null,
    },
    lines,
  };
}

/** A rule's message at its cell: line fields on the line's row, contract fields on the first row. */
function cellOf(error: UserError, rows: number[]): RowProblem {
  const [head, index, field] = error.field ?? [];
  if (head === 'lines' && index !== undefined && field !== undefined) {
    return {
      row: rows[Number(index)] ?? rows[0]!,
      column: lineColumns[field] ?? null,
      message: error.message,
    };
  }
  return { row: rows[0]!, column: contractColumns[head ?? ''] ?? null, message: error.message };
}

/**
 * The contracts already stored under the file's buyers and references, with their lines, as plain
 * records: a register imported again is 100,000 lines, which as entities would take seconds to
 * build and track only to be compared. Read in the caller's transaction, if any.
 */
async function existingContracts(
  em: EntityManager,
  planned: { buyer: Organisation; draft: ContractDraftInput }[],
): Promise<Map<string, StoredContract>> {
  const connection = em.getConnection();
  const context = em.getTransactionContext();
  const query = <T>(sql: string) => connection.execute<T[]>(sql, [], 'all', context);
  const found = new Map<string, StoredContract>();
  for (let i = 0; i < planned.length; i += 10_000) {
    const chunk = planned.slice(i, i + 10_000);
    const contracts = await query<StoredContractRow>(
      `select ${columnsOf(em, Contract)} from "contract" t join unnest(` +
        `${arrayConstant(chunk.map((p) => p.buyer.id))}::uuid[], ${arrayConstant(chunk.map((p) => p.draft.reference))}::text[]` +
        `) as k(buyer_id, reference) on t.buyer_id = k.buyer_id and t.reference = k.reference`,
    );
    if (!contracts.length) continue;
    const byId = new Map(contracts.map((c): [string, StoredContract] => [c.id, { ...c, lines: [] }]));
    const lines = await query<StoredLine>(
      `select ${columnsOf(em, ContractLine)} from "contract_line" t ` +
        `where t.contract_id = any(${arrayConstant([...byId.keys()])}::uuid[]) order by t.position`,
    );
    for (const line of lines) byId.get(line.contract)!.lines.push(line);
    for (const c of byId.values()) found.set(`${c.buyer}|${c.reference}`, c);
  }
  return found;
}

/** An entity's columns, each named for its property (a reference for its id), to select from `t`. */
function columnsOf(em: EntityManager, entity: EntityName<object>): string {
  return em
    .getMetadata()
    .get(entity)
    .props.filter(
      (p) =>
        p.fieldNames?.length === 1 &&
        (p.kind === ReferenceKind.SCALAR || p.kind === ReferenceKind.MANY_TO_ONE),
    )
    .map((p) => `t."${p.fieldNames[0]}" as "${p.name}"`)
    .join(', ');
}

/** Whether the stored record already holds these values (references compared by id). */
function sameFields(stored: Record<string, unknown>, fields: Record<string, unknown>): boolean {
  return Object.entries(fields).every(([key, value]) => {
    const current = stored[key];
    const id = (v: unknown) => (v && typeof v === 'object' && 'id' in v ? (v as { id: unknown }).id : v);
    return id(current ?? null) === id(value ?? null);
  });
}

function compareLines(c: PlannedContract, lookups: ContractLookups) {
  const existing = new Map(c.existing!.lines.map((l) => [l.id, l]));
  const award = c.draft.lotId ? lookups.awards.get(awardKey(c.draft.lotId, c.draft.supplierId)) : undefined;
  let create = 0;
  let update = 0;
  let unchanged = 0;
  c.draft.lines.forEach((line, index) => {
    const current = line.id ? existing.get(line.id) : undefined;
    if (!current) {
      create += 1;
      return;
    }
    existing.delete(current.id);
    const fields = lineFields(line, index, {
      startDate: c.draft.startDate,
      endDate: c.draft.endDate,
      version: line.productVersionId ? (lookups.versions.get(line.productVersionId) ?? null) : null,
      award,
    });
    if (sameFields(current, fields)) unchanged += 1;
    else update += 1;
  });
  const remove = existing.size;
  return { create, update, unchanged, remove, changed: create + update + remove > 0 };
}

/** Records whose name shares the most words with `name`: the likeliest choices for a name that matched nothing. */
function nearest<T>(items: T[], name: string, nameOf: (item: T) => string): T[] {
  const words = new Set(
    nameKey(name)
      .split(' ')
      .filter((w) => w.length > 1),
  );
  return items
    .map((item) => ({
      item,
      score: nameKey(nameOf(item))
        .split(' ')
        .filter((w) => words.has(w)).length,
    }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || nameOf(a.item).localeCompare(nameOf(b.item)))
    .map((x) => x.item);
}
