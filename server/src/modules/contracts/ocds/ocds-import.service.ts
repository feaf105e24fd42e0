import type { EntityManager } from '@mikro-orm/sql';
import { policy } from '../../../core/auth/policy.js';
import type { Context } from '../../../core/context.js';
import { clipText, describeUnstorable, findUnstorableText } from '../../../core/storable-text.js';
import { saveChange } from '../../../core/unit-of-work.js';
import { userError, type UserError } from '../../../core/user-error.js';
import { recordAudit } from '../../audit/audit.service.js';
import { PricingUnit } from '../../catalogue/catalogue.enums.js';
import { Role } from '../../identity/role.js';
import { Organisation } from '../../organisations/organisation.entity.js';
import { OrganisationKind } from '../../organisations/organisation.enums.js';
import { Supplier } from '../../suppliers/supplier.entity.js';
import { contractProblems } from '../contract-rules.js';
import { Contract } from '../contract.entity.js';
import { ContractSource, ContractStatus, ProcurementRoute } from '../contract.enums.js';
import { applyLines, contractFields, contractLookups, describeContract } from '../contract.service.js';
import type { ContractDraftInput } from '../contract.types.js';
import { buildMatchIndex, matchByNameOrNumber, nameKey } from '../import/company-match.js';
import type { MatchReview } from '../import/contract-import.entity.js';
import { readReleasePackage, type OcdsDraftContract } from './release-import.js';

export type OcdsImportResult = {
  contracts: Contract[];
  warnings: string[];
  reviews: MatchReview[];
  userErrors: UserError[];
};

const MAX_BYTES = 20 * 1024 * 1024;

/**
 * Imports an OCDS 1.1 release (or record) package as DRAFT contracts for the importer to review and
 * confirm. Buyers are matched by ODS code (GB-NHS) or name, suppliers by Companies House number
 * (GB-COH) or name; a supplier that matches nothing or several comes back for the importer to
 * choose, and nothing is saved until every one is settled. Importing the same package again
 * updates the drafts it made (keyed by ocid and contract id); confirmed contracts are left alone.
 */
export class OcdsImportService {
  constructor(private readonly ctx: Context) {}

  private get em(): EntityManager {
    return this.ctx.em;
  }

  async import(input: {
    fileName: string;
    json: string;
    buyerOdsCode?: string | null;
    choices?: { key: string; chosenId: string | null }[] | null;
  }): Promise<OcdsImportResult> {
    const viewer = policy.actingAs(this.ctx.viewer, [Role.TRUST_PROCUREMENT, Role.CENTRAL_COMMERCIAL]);
    const own =
      viewer.membership.role === Role.TRUST_PROCUREMENT
        ? ((await viewer.membership.organisation!.load()) as Organisation)
        : null;
    const refused = (message: string, field = 'json'): OcdsImportResult => ({
      contracts: [],
      warnings: [],
      reviews: [],
      userErrors: [userError('INVALID', message, [field])],
    });
    if (Buffer.byteLength(input.json) > MAX_BYTES) return refused('The file is larger than 20 MB.');
    let json: unknown;
    try {
      json = JSON.parse(input.json);
    } catch {
      return refused('This file is not JSON: an OCDS release package is a JSON file (.json).');
    }
    const unstorable = findUnstorableText(json);
    if (unstorable)
      return refused(
        `${describeUnstorable(unstorable.problem)}: the file has it at /${unstorable.path.join('/')}.`,
      );
    const read = readReleasePackage(json);
    if (read.problems.length) {
      return {
        contracts: [],
        warnings: [],
        reviews: [],
        userErrors: read.problems.map((p) =>
          userError('INVALID', `The file is not valid OCDS 1.1 at ${p.path}: ${p.message}.`, ['json']),
        ),
      };
    }
    const warnings = read.warnings.map((w) => `${w.ocid}: ${w.message}`);

    // The trust the contracts are for when the package's buyer is not one Concord knows.
    let fallback = own;
    const fallbackCode = input.buyerOdsCode?.trim().toUpperCase();
    if (!own && fallbackCode) {
      fallback = await this.em.findOne(Organisation, { odsCode: fallbackCode, kind: OrganisationKind.TRUST });
      if (!fallback)
        return refused(`There is no NHS trust with the ODS code ${fallbackCode}.`, 'buyerOdsCode');
    }
    const trusts = await this.trustsFor(read.drafts);
    const suppliers = await this.em.find(Supplier, {});
    const supplierIndex = buildMatchIndex(suppliers);
    const byId = new Map(suppliers.map((s) => [s.id, s]));
    const choices = new Map((input.choices ?? []).filter((c) => c.chosenId).map((c) => [c.key, c.chosenId!]));
    const reviews = new Map<string, MatchReview>();

    const planned: { buyer: Organisation; draft: ContractDraftInput; source: OcdsDraftContract }[] = [];
    for (const d of read.drafts) {
      const label = `${d.ocid} (${d.title})`;
      const matched =
        (d.buyer.odsCode && trusts.byCode.get(d.buyer.odsCode.toUpperCase())) ||
        trusts.byName.get(nameKey(d.buyer.name));
      const buyer = matched ?? fallback;
      if (!buyer) {
        return refused(
          `The buyer ${d.buyer.name} is not an NHS trust in Concord: choose the trust these contracts are for.`,
          'buyerOdsCode',
        );
      }
      if (own && buyer.id !== own.id) {
        warnings.push(`${label}: its buyer is ${buyer.name}, not your trust, so it was not imported.`);
        continue;
      }
      if (!matched)
        warnings.push(
          `${label}: the buyer ${d.buyer.name} is not an NHS trust in Concord; imported for ${buyer.name}.`,
        );
      if (!d.startDate || !d.endDate) {
        warnings.push(`${label}: it has no contract period (start and end dates), so it was not imported.`);
        continue;
      }
      if (!d.lines.length) {
        warnings.push(`${label}: it has no items with a unit price, so it was not imported.`);
        continue;
      }
      const found = matchByNameOrNumber(d.supplier, supplierIndex);
      let supplier = found.kind === 'matched' ? found.match : null;
      if (!supplier) {
        const key = `SUPPLIER|${d.supplier.companiesHouseNumber ?? ''}|${nameKey(d.supplier.name)}`;
        const candidates = found.kind === 'ambiguous' ? found.candidates : suppliers;
        const chosen = choices.get(key);
        supplier = chosen ? (byId.get(chosen) ?? null) : null;
        const review = reviews.get(key);
        if (review) review.rowCount += 1;
        else
          reviews.set(key, {
            kind: 'SUPPLIER',
            key,
            name: d.supplier.name,
            context: d.supplier.companiesHouseNumber,
            rows: [],
            rowCount: 1,
            candidates: candidates
              .slice()
              .sort((a, b) => a.name.localeCompare(b.name))
              .map((s) => ({ id: s.id, name: s.name, detail: s.companiesHouseNumber })),
            chosenId: supplier?.id ?? null,
          });
        if (!supplier) continue;
      }
      planned.push({ buyer, draft: draftOf(d, supplier.id), source: d });
    }
    const open = [...reviews.values()].filter((r) => r.chosenId === null);
    if (open.length) return { contracts: [], warnings, reviews: [...reviews.values()], userErrors: [] };

    const lookups = await contractLookups(
      this.em,
      planned.map((p) => p.draft),
    );
    const existing = await this.em.find(
      Contract,
      {
        source: ContractSource.OCDS_IMPORT,
        sourceKey: { $in: planned.map((p) => sourceKeyOf(p.source)) },
      },
      { populate: ['lines'] },
    );
    const bySource = new Map(existing.map((c) => [`${c.buyer.id}|${c.sourceKey}`, c]));
    const saving: {
      buyer: Organisation;
      draft: ContractDraftInput;
      source: OcdsDraftContract;
      current: Contract | null;
    }[] = [];
    for (const p of planned) {
      const label = `${p.source.ocid} (${p.source.title})`;
      const current = bySource.get(`${p.buyer.id}|${sourceKeyOf(p.source)}`) ?? null;
      if (current && current.status !== ContractStatus.DRAFT) {
        warnings.push(`${label}: already imported and confirmed as ${current.reference}; left as it is.`);
        continue;
      }
      const problems = contractProblems(p.draft, lookups);
      const clash =
        !current && (await this.em.count(Contract, { buyer: p.buyer, reference: p.draft.reference }));
      if (clash)
        problems.push(
          userError('CONFLICT', `${p.buyer.name} already has a contract ${p.draft.reference}.`, [
            'reference',
          ]),
        );
      if (problems.length) {
        warnings.push(`${label}: not imported: ${problems.map((e) => e.message).join(' ')}`);
        continue;
      }
      if (current) {
        const byReference = new Map(
          current.lines.getItems().map((l) => [l.lineReference.toLowerCase(), l.id]),
        );
        for (const line of p.draft.lines)
          line.id = byReference.get(line.lineReference!.toLowerCase()) ?? null;
      }
      saving.push({ ...p, current });
    }
    if (!saving.length) return { contracts: [], warnings, reviews: [...reviews.values()], userErrors: [] };

    const { saved, userErrors } = await saveChange(this.em, 'contract', async (tx) => {
      const contracts: Contract[] = [];
      for (const s of saving) {
        const before = s.current ? describeContract(s.current) : null;
        const contract = s.current
          ? tx.assign(s.current, contractFields(s.draft, lookups))
          : tx.create(Contract, {
              buyer: s.buyer,
              status: ContractStatus.DRAFT,
              source: ContractSource.OCDS_IMPORT,
              sourceKey: sourceKeyOf(s.source),
              ...contractFields(s.draft, lookups),
            });
        applyLines(tx, contract, s.draft, lookups);
        contract.updatedAt = new Date();
        recordAudit(tx, viewer, this.ctx.requestId, {
          action: 'importOcdsContract',
          entityType: 'Contract',
          entityId: contract.id,
          before,
          after: {
            ...describeContract(contract),
            ocid: s.source.ocid,
            fileName: clipText(input.fileName, 255),
          },
        });
        contracts.push(contract);
      }
      await tx.flush();
      return contracts;
    });
    return { contracts: saved ?? [], warnings, reviews: [...reviews.values()], userErrors };
  }

  /** Every trust (a few hundred), by ODS code and by name ignoring case and punctuation. */
  private async trustsFor(drafts: OcdsDraftContract[]) {
    if (!drafts.length)
      return { byCode: new Map<string, Organisation>(), byName: new Map<string, Organisation>() };
    const trusts = await this.em.find(Organisation, { kind: OrganisationKind.TRUST });
    return {
      byCode: new Map(trusts.map((o) => [o.odsCode, o])),
      byName: new Map(trusts.map((o) => [nameKey(o.name), o])),
    };
  }
}

const sourceKeyOf = (d: OcdsDraftContract) => clipText(`${d.ocid}/${d.contractId}`, 300);

function draftOf(d: OcdsDraftContract, supplierId: string): ContractDraftInput {
  return {
    supplierId,
    lotId: null,
    route: ProcurementRoute.OTHER,
    reference: clipText(d.reference, 60),
    title: clipText(d.title || d.description || d.reference, 300),
    startDate: d.startDate!,
    endDate: d.endDate!,
    maxEndDate: d.maxEndDate && d.endDate && d.maxEndDate >= d.endDate ? d.maxEndDate : null,
    totalValue: d.totalValue,
    priceVisibility: 'ANONYMOUS',
    notes: [`Imported from OCDS ${d.ocid}.`, d.description ?? ''].join(' ').trim(),
    benefits: null,
    lines: d.lines.map((line, i) => ({
      id: null,
      lineReference: clipText(line.itemId, 60) || `L${i + 1}`,
      productVersionId: null,
      description: clipText(line.description, 500) || line.unitName || 'Item',
      category: null,
      cpvCode: line.cpvCode,
      role: line.pricingUnitGuess === PricingUnit.PER_DAY ? 'Not stated' : null,
      grade: line.pricingUnitGuess === PricingUnit.PER_DAY ? 'Not stated' : null,
      pricingUnit: line.pricingUnitGuess,
      billingPeriod: line.billingPeriodGuess,
      quantity: line.pricingUnitGuess === PricingUnit.FIXED ? '1' : (line.quantity ?? '1'),
      unitPrice: line.unitPrice ?? '0',
      discountPercent: null,
      rebate: false,
      bundle: false,
      researchPartnership: false,
      suppressed: false,
      suppressionReason: null,
    })),
  };
}
