import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/sql';
import { policy } from '../../core/auth/policy.js';
import type { Viewer } from '../../core/auth/viewer.js';
import type { Context } from '../../core/context.js';
import { readableDate, todayInEngland } from '../../core/dates.js';
import { DomainError, ErrorCode } from '../../core/errors.js';
import { isUuid } from '../../core/ids.js';
import { paginate, type ConnectionShape } from '../../core/pagination.js';
import { containsPattern, searchText } from '../../core/search.js';
import { toQueryOrder } from '../../core/sorting.js';
import { saveChange, staleVersion } from '../../core/unit-of-work.js';
import { userError, type UserError } from '../../core/user-error.js';
import { recordAudit } from '../audit/audit.service.js';
import { ProductVersion } from '../catalogue/product.entity.js';
import { LotAward } from '../frameworks/lot-award.entity.js';
import { Role } from '../identity/role.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { OrganisationKind } from '../organisations/organisation.enums.js';
import { Supplier } from '../suppliers/supplier.entity.js';
import { ContractLine } from './contract-line.entity.js';
import {
  awardKey,
  contractProblems,
  decimalAmount,
  lineFields,
  storedLineFields,
  type ContractLookups,
} from './contract-rules.js';
import { Contract } from './contract.entity.js';
import { ContractStatus } from './contract.enums.js';
import type {
  ContractDraftInput,
  ContractPayload,
  ContractsArgs,
  ContractVersionInput,
  CreateContractInput,
  DeleteContractPayload,
  EndContractEarlyInput,
  UpdateContractInput,
} from './contract.types.js';

/** The status people see: an active contract past its end date has expired, without anyone acting. */
export function effectiveStatus(contract: Contract, today = todayInEngland()): ContractStatus {
  return contract.status === ContractStatus.ACTIVE && contract.endDate < today
    ? ContractStatus.EXPIRED
    : contract.status;
}

function statusCondition(status: ContractStatus, today: string): FilterQuery<Contract> {
  switch (status) {
    case ContractStatus.ACTIVE:
      return { status: ContractStatus.ACTIVE, endDate: { $gte: today } };
    case ContractStatus.EXPIRED:
      return { status: ContractStatus.ACTIVE, endDate: { $lt: today } };
    default:
      return { status };
  }
}

const TRUST_ROLES = [Role.TRUST_PROCUREMENT, Role.TRUST_COMPLIANCE] as const;

/**
 * The contracts a viewer may read in full: central users all of them, a trust's users their
 * trust's. Other trusts see prices only through the comparison figures, never the register.
 */
export function readableContracts(viewer: Viewer): FilterQuery<Contract> {
  const acting = policy.actingAs(viewer, [Role.CENTRAL_COMMERCIAL, ...TRUST_ROLES]);
  if (acting.membership.role === Role.CENTRAL_COMMERCIAL) return {};
  return { buyer: acting.membership.organisation!.id };
}

/** Whether the viewer may change the contract: the buyer's procurement users, or central users. */
export function viewerCanEdit(viewer: Viewer, contract: Contract): boolean {
  if (viewer.kind !== 'user' || !viewer.membership) return false;
  const { role, organisation } = viewer.membership;
  return (
    role === Role.CENTRAL_COMMERCIAL ||
    (role === Role.TRUST_PROCUREMENT && organisation?.id === contract.buyer.id)
  );
}

const sortKeys = {
  REFERENCE: ['reference'],
  TITLE: ['title', 'reference'],
  START_DATE: ['startDate', 'reference'],
  END_DATE: ['endDate', 'reference'],
  TOTAL_VALUE: ['totalValue', 'reference'],
  UPDATED_AT: ['updatedAt', 'reference'],
} as const;

export const describeContract = (c: Contract) => ({
  reference: c.reference,
  title: c.title,
  supplierId: c.supplier.id,
  awardId: c.award?.id ?? null,
  route: c.route,
  startDate: c.startDate,
  endDate: c.endDate,
  maxEndDate: c.maxEndDate,
  totalValue: c.totalValue,
  status: c.status,
  priceVisibility: c.priceVisibility,
  lines: c.lines.isInitialized() ? c.lines.length : undefined,
});

const money2 = (value: string | null | undefined): string | null => {
  if (value == null || value.trim() === '') return null;
  return (decimalAmount(value.trim().replace(/^£/, ''), 2, 'amount') as { value: string }).value;
};

/** The contract register: reading it, and the buyer's editing workflow. */
export class ContractService {
  constructor(private readonly ctx: Context) {}

  private get em(): EntityManager {
    return this.ctx.em;
  }

  list(args: ContractsArgs): Promise<ConnectionShape<Contract>> {
    const where: FilterQuery<Contract>[] = [readableContracts(this.ctx.viewer)];
    const f = args.filter ?? {};
    const today = todayInEngland();
    if (f.search != null && searchText(f.search)) {
      const pattern = containsPattern(searchText(f.search));
      where.push({
        $or: [
          { reference: { $ilike: pattern } },
          { title: { $ilike: pattern } },
          { supplier: { name: { $ilike: pattern } } },
        ],
      });
    }
    if (f.buyerOdsCodes?.length) {
      where.push({ buyer: { odsCode: { $in: f.buyerOdsCodes.map((c) => c.trim().toUpperCase()) } } });
    }
    if (f.supplierIds?.length) where.push({ supplier: { $in: f.supplierIds.filter(isUuid) } });
    if (f.productIds?.length) {
      where.push({ lines: { productVersion: { product: { $in: f.productIds.filter(isUuid) } } } });
    }
    if (f.categories?.length) where.push({ lines: { category: { $in: f.categories } } });
    if (f.statuses?.length) where.push({ $or: f.statuses.map((s) => statusCondition(s, today)) });
    if (f.endingBefore) where.push({ endDate: { $lte: f.endingBefore } });
    if (f.endingAfter) where.push({ endDate: { $gte: f.endingAfter } });
    if (f.onFramework != null) where.push({ award: f.onFramework ? { $ne: null } : null });
    const order = args.orderBy ?? { field: 'END_DATE', direction: 'ASC' };
    const direction = toQueryOrder(order.direction);
    const orderBy = Object.fromEntries([...sortKeys[order.field], 'id'].map((k) => [k, direction]));
    return paginate(this.em, Contract, args, { where: { $and: where }, orderBy });
  }

  async byId(id: string): Promise<Contract | null> {
    if (!isUuid(id)) return null;
    return this.em.findOne(Contract, { $and: [{ id }, readableContracts(this.ctx.viewer)] });
  }

  // --- Editing -------------------------------------------------------------------------------

  private requireEditor() {
    return policy.actingAs(this.ctx.viewer, [Role.TRUST_PROCUREMENT, Role.CENTRAL_COMMERCIAL]);
  }

  /** The buyer a new contract is for: the viewer's own trust, or (central users) the one named. */
  private async buyerFor(input: CreateContractInput): Promise<Organisation | UserError> {
    const viewer = this.requireEditor();
    const code = input.buyerOdsCode?.trim().toUpperCase() || null;
    if (viewer.membership.role === Role.TRUST_PROCUREMENT) {
      const own = await viewer.membership.organisation!.load();
      if (code && code !== own!.odsCode) {
        throw new DomainError(ErrorCode.FORBIDDEN, 'You can only record contracts for your own trust.');
      }
      return own!;
    }
    if (!code) return userError('INVALID', 'Choose the trust that signed the contract.', ['buyerOdsCode']);
    const buyer = await this.em.findOne(Organisation, { odsCode: code, kind: OrganisationKind.TRUST });
    return buyer ?? userError('NOT_FOUND', `There is no trust with the ODS code ${code}.`, ['buyerOdsCode']);
  }

  /** Loads a contract the viewer may edit, checking the version they loaded. */
  private async editable(
    input: ContractVersionInput,
  ): Promise<{ contract: Contract } | { errors: UserError[] }> {
    this.requireEditor();
    const contract = isUuid(input.id)
      ? await this.em.findOne(
          Contract,
          { $and: [{ id: input.id }, readableContracts(this.ctx.viewer)] },
          { populate: ['lines.productVersion.product'] },
        )
      : null;
    if (!contract) return { errors: [userError('NOT_FOUND', 'There is no such contract.', ['id'])] };
    if (!viewerCanEdit(this.ctx.viewer, contract)) {
      throw new DomainError(
        ErrorCode.FORBIDDEN,
        'Only the trust’s procurement users may change its contracts.',
      );
    }
    if (contract.rowVersion !== input.expectedRowVersion) return { errors: [staleVersion('contract')] };
    return { contract };
  }

  async create(input: CreateContractInput): Promise<ContractPayload> {
    const viewer = this.requireEditor();
    const buyer = await this.buyerFor(input);
    const buyerErrors = buyer instanceof Organisation ? [] : [buyer];
    const { errors, lookups } = await this.check(input, buyer instanceof Organisation ? buyer : null, null);
    if (buyerErrors.length || errors.length)
      return { contract: null, userErrors: [...buyerErrors, ...errors] };
    return this.save(async (tx) => {
      const contract = tx.create(Contract, {
        buyer: buyer as Organisation,
        status: input.asDraft ? ContractStatus.DRAFT : ContractStatus.ACTIVE,
        ...contractFields(input, lookups),
      });
      applyLines(tx, contract, input, lookups);
      await tx.flush();
      recordAudit(tx, viewer, this.ctx.requestId, {
        action: 'createContract',
        entityType: 'Contract',
        entityId: contract.id,
        after: describeContract(contract),
      });
      return contract;
    });
  }

  async update(input: UpdateContractInput): Promise<ContractPayload> {
    const viewer = this.requireEditor();
    const found = await this.editable(input);
    if ('errors' in found) return { contract: null, userErrors: found.errors };
    const { contract } = found;
    if (contract.status === ContractStatus.TERMINATED) {
      return fail('INVALID', 'This contract has ended early and can no longer be edited.', ['id']);
    }
    const buyer = await contract.buyer.loadOrFail();
    const { errors, lookups } = await this.check(input, buyer, contract);
    if (errors.length) return { contract: null, userErrors: errors };
    const before = describeContract(contract);
    return this.save(async (tx) => {
      tx.assign(contract, contractFields(input, lookups));
      applyLines(tx, contract, input, lookups);
      contract.updatedAt = new Date(); // a new version even when only lines changed
      await tx.flush();
      recordAudit(tx, viewer, this.ctx.requestId, {
        action: 'updateContract',
        entityType: 'Contract',
        entityId: contract.id,
        before,
        after: describeContract(contract),
      });
      return contract;
    });
  }

  async confirm(input: ContractVersionInput): Promise<ContractPayload> {
    const viewer = this.requireEditor();
    const found = await this.editable(input);
    if ('errors' in found) return { contract: null, userErrors: found.errors };
    const { contract } = found;
    if (contract.status !== ContractStatus.DRAFT)
      return fail('INVALID', 'Only a draft can be confirmed.', ['id']);
    if (!contract.lines.length) return fail('INVALID', 'Add at least one line before confirming.', ['lines']);
    return this.save(async (tx) => {
      contract.status = ContractStatus.ACTIVE;
      await tx.flush();
      recordAudit(tx, viewer, this.ctx.requestId, {
        action: 'confirmContract',
        entityType: 'Contract',
        entityId: contract.id,
        before: { status: ContractStatus.DRAFT },
        after: { status: ContractStatus.ACTIVE },
      });
      return contract;
    });
  }

  async endEarly(input: EndContractEarlyInput): Promise<ContractPayload> {
    const viewer = this.requireEditor();
    const found = await this.editable(input);
    if ('errors' in found) return { contract: null, userErrors: found.errors };
    const { contract } = found;
    const reason = input.reason.trim();
    const errors: UserError[] = [];
    if (effectiveStatus(contract) !== ContractStatus.ACTIVE) {
      errors.push(userError('INVALID', 'Only an active contract can be ended early.', ['id']));
    }
    if (input.endDate < contract.startDate || input.endDate >= contract.endDate) {
      errors.push(
        userError(
          'INVALID',
          `The last day must be from the start (${readableDate(contract.startDate)}) to before the current end date (${readableDate(contract.endDate)}).`,
          ['endDate'],
        ),
      );
    }
    if (!reason) errors.push(userError('INVALID', 'Say why the contract ended early.', ['reason']));
    if (reason.length > 2000)
      errors.push(userError('INVALID', 'The reason must be 2,000 characters or fewer.', ['reason']));
    if (errors.length) return { contract: null, userErrors: errors };
    const before = describeContract(contract);
    return this.save(async (tx) => {
      const award = contract.award ? await this.awardWithPrices(contract.award.id) : undefined;
      contract.endDate = input.endDate;
      contract.status = ContractStatus.TERMINATED;
      contract.terminationReason = reason;
      // One-off prices are spread over the term, so a shorter term changes the figures.
      renormalise(contract, award);
      await tx.flush();
      recordAudit(tx, viewer, this.ctx.requestId, {
        action: 'endContractEarly',
        entityType: 'Contract',
        entityId: contract.id,
        before,
        after: { ...describeContract(contract), reason },
      });
      return contract;
    });
  }

  async delete(input: ContractVersionInput): Promise<DeleteContractPayload> {
    const viewer = this.requireEditor();
    const found = await this.editable(input);
    if ('errors' in found) return { deletedContractId: null, userErrors: found.errors };
    const { contract } = found;
    if (contract.status !== ContractStatus.DRAFT) {
      return {
        deletedContractId: null,
        userErrors: [
          userError('INVALID', 'Only a draft can be deleted; end a signed contract early instead.', ['id']),
        ],
      };
    }
    const id = contract.id;
    const before = describeContract(contract);
    const { saved, userErrors } = await saveChange(this.em, 'contract', async (tx) => {
      tx.remove(contract);
      recordAudit(tx, viewer, this.ctx.requestId, {
        action: 'deleteContract',
        entityType: 'Contract',
        entityId: id,
        before,
      });
      await tx.flush();
      return id;
    });
    return { deletedContractId: saved, userErrors };
  }

  // --- Checking ------------------------------------------------------------------------------

  private async awardWithPrices(id: string): Promise<LotAward | undefined> {
    return (await this.em.findOne(LotAward, { id }, { populate: ['prices', 'lot.framework'] })) ?? undefined;
  }

  private async check(
    input: ContractDraftInput,
    buyer: Organisation | null,
    existing: Contract | null,
  ): Promise<{ errors: UserError[]; lookups: ContractLookups }> {
    const lookups = await contractLookups(this.em, [input]);
    const errors = contractProblems(input, lookups);
    const reference = input.reference.trim();
    if (buyer && reference) {
      const clash = await this.em.count(Contract, {
        buyer,
        reference,
        ...(existing ? { id: { $ne: existing.id } } : {}),
      });
      if (clash) {
        errors.push(
          userError('CONFLICT', `${buyer.name} already has a contract with the reference ${reference}.`, [
            'reference',
          ]),
        );
      }
    }
    const known = new Set(existing?.lines.getItems().map((l) => l.id) ?? []);
    input.lines.forEach((line, i) => {
      if (line.id != null && !known.has(line.id)) {
        errors.push(
          userError('NOT_FOUND', 'There is no such line on this contract.', ['lines', String(i), 'id']),
        );
      }
    });
    return { errors, lookups };
  }

  private async save(work: (tx: EntityManager) => Promise<Contract>): Promise<ContractPayload> {
    const { saved, userErrors } = await saveChange(
      this.em,
      'contract',
      work,
      userError('CONFLICT', 'Another contract with this reference was saved at the same time.', [
        'reference',
      ]),
    );
    return { contract: saved, userErrors };
  }
}

/**
 * Looks up what drafts refer to (suppliers, product versions, call-off awards with their prices)
 * in a few queries whatever their number: one contract from the form, or a whole imported file.
 */
export async function contractLookups(
  em: EntityManager,
  drafts: ContractDraftInput[],
): Promise<ContractLookups> {
  const ids = (values: (string | null | undefined)[]) => [
    ...new Set(values.filter((v): v is string => isUuid(v ?? ''))),
  ];
  const supplierIds = ids(drafts.map((d) => d.supplierId));
  const versionIds = ids(drafts.flatMap((d) => d.lines.map((l) => l.productVersionId)));
  const lotIds = ids(drafts.map((d) => d.lotId));
  const [suppliers, versions, awards] = await Promise.all([
    inChunks(supplierIds, (chunk) => em.find(Supplier, { id: { $in: chunk } })),
    inChunks(versionIds, (chunk) =>
      em.find(ProductVersion, { id: { $in: chunk } }, { populate: ['product'] }),
    ),
    inChunks(lotIds, (chunk) =>
      em.find(
        LotAward,
        { lot: { $in: chunk }, supplier: { $in: supplierIds } },
        { populate: ['prices', 'lot.framework'] },
      ),
    ),
  ]);
  return {
    suppliers: new Map(suppliers.map((s) => [s.id, s])),
    versions: new Map(versions.map((v) => [v.id, v])),
    awards: new Map(awards.map((a) => [awardKey(a.lot.id, a.supplier.id), a])),
  };
}

/** Runs a lookup over a long id list a few thousand at a time (bind parameters are limited). */
async function inChunks<T>(
  ids: string[],
  find: (chunk: string[]) => Promise<T[]>,
  size = 5000,
): Promise<T[]> {
  const results: T[] = [];
  for (let i = 0; i < ids.length; i += size) results.push(...(await find(ids.slice(i, i + size))));
  return results;
}

const fail = (code: UserError['code'], message: string, field: string[]): ContractPayload => ({
  contract: null,
  userErrors: [userError(code, message, field)],
});

/** The contract's own fields from checked input. */
export function contractFields(input: ContractDraftInput, lookups: ContractLookups) {
  return {
    supplier: lookups.suppliers.get(input.supplierId)!,
    award: input.lotId != null ? lookups.awards.get(awardKey(input.lotId, input.supplierId))! : null,
    route: input.lotId != null ? null : (input.route ?? null),
    reference: input.reference.trim(),
    title: input.title.trim(),
    startDate: input.startDate,
    endDate: input.endDate,
    maxEndDate: input.maxEndDate ?? null,
    totalValue: money2(input.totalValue),
    priceVisibility: input.priceVisibility ?? 'ANONYMOUS',
    notes: input.notes?.trim() ?? '',
    expectedAnnualBenefit: money2(input.benefits?.expectedAnnualBenefit),
    benefitsStatement: input.benefits?.statement?.trim() ?? '',
    benefitsOwner: input.benefits?.owner?.trim() ?? '',
  };
}

/** Makes the contract's lines match the input: updates by id, adds the new, removes the rest. */
export function applyLines(
  tx: EntityManager,
  contract: Contract,
  input: ContractDraftInput,
  lookups: ContractLookups,
) {
  const award = input.lotId != null ? lookups.awards.get(awardKey(input.lotId, input.supplierId)) : undefined;
  const existing = new Map(
    contract.lines.isInitialized() ? contract.lines.getItems().map((l) => [l.id, l]) : [],
  );
  const kept = new Set<string>();
  input.lines.forEach((lineInput, index) => {
    const fields = lineFields(lineInput, index, {
      startDate: input.startDate,
      endDate: input.endDate,
      version:
        lineInput.productVersionId != null
          ? (lookups.versions.get(lineInput.productVersionId) ?? null)
          : null,
      award,
    });
    const line = lineInput.id != null ? existing.get(lineInput.id) : undefined;
    if (line) {
      tx.assign(line, fields);
      kept.add(line.id);
    } else {
      contract.lines.add(tx.create(ContractLine, { contract, ...fields }));
    }
  });
  for (const [id, line] of existing) if (!kept.has(id)) tx.remove(line);
}

/** Derives every line's figures again after the term changed (lines and products populated). */
function renormalise(contract: Contract, award: LotAward | undefined) {
  for (const line of contract.lines.getItems()) {
    const fields = storedLineFields(line, award);
    Object.assign(line, {
      netUnitPrice: fields.netUnitPrice,
      annualUnitPrice: fields.annualUnitPrice,
      oneOffUnitPrice: fields.oneOffUnitPrice,
      annualCost: fields.annualCost,
      totalCost: fields.totalCost,
      ceilingPrice: fields.ceilingPrice,
      ceilingAnnualUnitPrice: fields.ceilingAnnualUnitPrice,
      aboveCeiling: fields.aboveCeiling,
    });
  }
}
