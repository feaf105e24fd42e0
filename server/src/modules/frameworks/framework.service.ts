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
import { PricingUnit } from '../catalogue/catalogue.enums.js';
import { Role } from '../identity/role.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Standard } from '../standards/standard.entity.js';
import { Supplier } from '../suppliers/supplier.entity.js';
import { missingConformance, needKey } from '../compliance/compliance-gate.js';
import { CataloguePrice } from './catalogue-price.entity.js';
import { FrameworkAmendment } from './framework-amendment.entity.js';
import { Framework } from './framework.entity.js';
import { AmendmentKind, FrameworkStatus } from './framework.enums.js';
import type {
  AmendFrameworkInput,
  AwardInput,
  CreateFrameworkInput,
  FrameworkDraftInput,
  FrameworkPayload,
  FrameworksArgs,
  FrameworkVersionInput,
  PriceInput,
  UpdateFrameworkInput,
  WithdrawFrameworkInput,
} from './framework.types.js';
import { LotAward } from './lot-award.entity.js';
import { Lot } from './lot.entity.js';
import { fixed4, normaliseTiers, priceTermsProblems } from './price-rules.js';

const REFERENCE = /^[A-Za-z0-9][A-Za-z0-9./-]{1,39}$/;

/** The status people see: a published framework past its end date has expired, without anyone acting. */
export function effectiveStatus(framework: Framework, today = todayInEngland()): FrameworkStatus {
  return framework.status === FrameworkStatus.PUBLISHED && framework.endDate < today
    ? FrameworkStatus.EXPIRED
    : framework.status;
}

function statusCondition(status: FrameworkStatus, today: string): FilterQuery<Framework> {
  switch (status) {
    case FrameworkStatus.PUBLISHED:
      return { status: FrameworkStatus.PUBLISHED, endDate: { $gte: today } };
    case FrameworkStatus.EXPIRED:
      return { status: FrameworkStatus.PUBLISHED, endDate: { $lt: today } };
    default:
      return { status };
  }
}

/** The central body the viewer acts for, if they act as a central commercial user. */
function centralBodyId(viewer: Viewer): string | null {
  if (viewer.kind !== 'user' || viewer.membership?.role !== Role.CENTRAL_COMMERCIAL) return null;
  return viewer.membership.organisation?.id ?? null;
}

/** Drafts are seen only by central users of the owning body; everything else is public. */
export function visibleFrameworks(viewer: Viewer): FilterQuery<Framework> {
  const body = centralBodyId(viewer);
  return body
    ? { $or: [{ status: { $ne: FrameworkStatus.DRAFT } }, { owner: body }] }
    : { status: { $ne: FrameworkStatus.DRAFT } };
}

export const viewerOwns = (viewer: Viewer, framework: Framework): boolean =>
  centralBodyId(viewer) === framework.owner.id;

const sortKeys = {
  REFERENCE: ['reference'],
  TITLE: ['title', 'reference'],
  END_DATE: ['endDate', 'reference'],
  START_DATE: ['startDate', 'reference'],
} as const;

/** What a draft's lots, awards and prices look like once checked: the entities they point at. */
/** One product version offered by one award, at the first price that names it, against its lot's standards. */
type Offered = {
  path: string[];
  lotNumber: number;
  version: ProductVersion;
  standards: readonly Standard[];
};

/** Each version an award's prices name, once, at the first price naming it. */
function offeredBy(
  prices: readonly { versionId: string }[],
  path: string[],
  lotNumber: number,
  versions: (id: string) => ProductVersion | undefined,
  standards: readonly Standard[],
): Offered[] {
  const seen = new Set<string>();
  return prices.flatMap((price, k) => {
    const version = versions(price.versionId);
    if (!version || seen.has(version.id) || !standards.length) return [];
    seen.add(version.id);
    return [{ path: [...path, 'prices', String(k), 'productVersionId'], lotNumber, version, standards }];
  });
}

const listed = (standards: readonly Standard[]) =>
  standards.map((s) => (s.name === s.code ? s.code : `${s.name} (${s.code})`)).join(', ');

type Lookups = {
  standards: Map<string, Standard>;
  suppliers: Map<string, Supplier>;
  versions: Map<string, ProductVersion>;
};

const describe = (f: Framework) => ({
  reference: f.reference,
  title: f.title,
  startDate: f.startDate,
  endDate: f.endDate,
  status: f.status,
});

/** Frameworks: the catalogue's read side and the owner's publishing workflow. */
export class FrameworkService {
  constructor(private readonly ctx: Context) {}

  private get em(): EntityManager {
    return this.ctx.em;
  }

  list(args: FrameworksArgs): Promise<ConnectionShape<Framework>> {
    const f = args.filter ?? {};
    const today = todayInEngland();
    const where: FilterQuery<Framework>[] = [visibleFrameworks(this.ctx.viewer)];
    if (f.search != null) {
      const pattern = containsPattern(searchText(f.search));
      where.push({
        $or: [
          { reference: { $ilike: pattern } },
          { title: { $ilike: pattern } },
          { description: { $ilike: pattern } },
        ],
      });
    }
    const statuses = f.statuses?.length ? f.statuses : [FrameworkStatus.PUBLISHED];
    where.push({ $or: statuses.map((s) => statusCondition(s, today)) });
    if (f.ownerOdsCodes?.length)
      where.push({ owner: { odsCode: { $in: f.ownerOdsCodes.map((c) => c.trim().toUpperCase()) } } });
    if (f.categories?.length) where.push({ lots: { category: { $in: f.categories } } });
    const order = args.orderBy ?? { field: 'TITLE', direction: 'ASC' };
    const direction = toQueryOrder(order.direction);
    const orderBy = Object.fromEntries([...sortKeys[order.field], 'id'].map((k) => [k, direction]));
    return paginate(this.em, Framework, args, { where: { $and: where }, orderBy });
  }

  async byIdOrReference(
    id: string | null | undefined,
    reference: string | null | undefined,
  ): Promise<Framework | null> {
    if ((id == null) === (reference == null)) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, 'Give either "id" or "reference".', { argument: 'id' });
    }
    const key: FilterQuery<Framework> | null =
      id != null ? (isUuid(id) ? { id } : null) : { reference: reference!.trim().toUpperCase() };
    if (!key) return null;
    return this.em.findOne(Framework, { $and: [key, visibleFrameworks(this.ctx.viewer)] });
  }

  // --- The owner's workflow -------------------------------------------------------------------

  private requireCentral() {
    return policy.actingAs(this.ctx.viewer, [Role.CENTRAL_COMMERCIAL]);
  }

  /** Loads a framework the viewer's body owns, with the version check every edit makes. */
  private async owned(
    input: FrameworkVersionInput,
  ): Promise<{ framework: Framework } | { errors: UserError[] }> {
    const framework = isUuid(input.id)
      ? await this.em.findOne(
          Framework,
          { id: input.id },
          { populate: ['lots.awards.prices', 'lots.awards.supplier', 'lots.requiredStandards'] },
        )
      : null;
    if (!framework || !visibleOrOwned(this.ctx.viewer, framework)) {
      return { errors: [userError('NOT_FOUND', 'There is no such framework.', ['id'])] };
    }
    if (!viewerOwns(this.ctx.viewer, framework)) {
      throw new DomainError(
        ErrorCode.FORBIDDEN,
        'Only central users of the owning body may change this framework.',
      );
    }
    if (framework.rowVersion !== input.expectedRowVersion) return { errors: [stale()] };
    return { framework };
  }

  async create(input: CreateFrameworkInput): Promise<FrameworkPayload> {
    const viewer = this.requireCentral();
    const ownerId = viewer.membership.organisation?.id;
    if (!ownerId) throw new DomainError(ErrorCode.FORBIDDEN, 'Act for a central body to create frameworks.');
    const { errors, lookups } = await this.checkDraft(input, null);
    if (errors.length) return { framework: null, userErrors: errors };
    return this.save(async (tx) => {
      const framework = tx.create(Framework, {
        owner: tx.getReference(Organisation, ownerId),
        ...draftFields(input),
      });
      this.applyLots(tx, framework, input, lookups);
      await tx.flush();
      recordAudit(tx, viewer, this.ctx.requestId, {
        action: 'createFramework',
        entityType: 'Framework',
        entityId: framework.id,
        after: { ...describe(framework), lots: framework.lots.length },
      });
      return framework;
    });
  }

  async update(input: UpdateFrameworkInput): Promise<FrameworkPayload> {
    const viewer = this.requireCentral();
    const found = await this.owned(input);
    if ('errors' in found) return { framework: null, userErrors: found.errors };
    const { framework } = found;
    if (framework.status !== FrameworkStatus.DRAFT) return { framework: null, userErrors: [notDraft()] };
    const { errors, lookups } = await this.checkDraft(input, framework);
    if (errors.length) return { framework: null, userErrors: errors };
    const before = describe(framework);
    return this.save(async (tx) => {
      Object.assign(framework, draftFields(input));
      this.applyLots(tx, framework, input, lookups);
      framework.updatedAt = new Date(); // always a new version, even if only lots changed
      await tx.flush();
      recordAudit(tx, viewer, this.ctx.requestId, {
        action: 'updateFramework',
        entityType: 'Framework',
        entityId: framework.id,
        before,
        after: { ...describe(framework), lots: framework.lots.length },
      });
      return framework;
    });
  }

  async publish(input: FrameworkVersionInput): Promise<FrameworkPayload> {
    const viewer = this.requireCentral();
    const found = await this.owned(input);
    if ('errors' in found) return { framework: null, userErrors: found.errors };
    const { framework } = found;
    if (framework.status !== FrameworkStatus.DRAFT) {
      return {
        framework: null,
        userErrors: [userError('INVALID', 'Only a draft can be published.', ['id'])],
      };
    }
    const errors: UserError[] = [];
    // Paths index lots and awards in the order the API lists them (lots by number, awards by
    // supplier name), so the editor can put each message beside the right item.
    const lots = [...framework.lots.getItems()].sort((a, b) => a.number - b.number);
    if (!lots.length) errors.push(userError('INVALID', 'Add at least one lot before publishing.', ['lots']));
    // Declarations can lapse or be superseded while a framework is a draft: the gate is checked again.
    const offered: Offered[] = [];
    await this.em.populate(framework, ['lots.awards.prices.productVersion.product']);
    lots.forEach((lot, i) => {
      const at = ['lots', String(i)];
      if (!lot.awards.length) {
        errors.push(
          userError('INVALID', `Lot ${lot.number} has no approved suppliers: award at least one.`, [
            ...at,
            'awards',
          ]),
        );
      }
      const awards = [...lot.awards.getItems()].sort(
        (a, b) =>
          a.supplier.unwrap().name.localeCompare(b.supplier.unwrap().name) || a.id.localeCompare(b.id),
      );
      awards.forEach((award, j) => {
        const prices = [...award.prices.getItems()];
        offered.push(
          ...offeredBy(
            prices.map((p) => ({ versionId: p.productVersion.id })),
            [...at, 'awards', String(j)],
            lot.number,
            (id) => prices.find((p) => p.productVersion.id === id)?.productVersion.getEntity(),
            lot.requiredStandards.getItems(),
          ),
        );
        if (!award.prices.length) {
          errors.push(
            userError(
              'INVALID',
              `Lot ${lot.number}: ${award.supplier.unwrap().name} needs at least one price.`,
              [...at, 'awards', String(j), 'prices'],
            ),
          );
        }
      });
    });
    if (framework.endDate < todayInEngland()) {
      errors.push(userError('INVALID', 'The end date has passed: change it before publishing.', ['endDate']));
    }
    errors.push(...(await this.conformanceProblems(offered)));
    if (errors.length) return { framework: null, userErrors: errors };
    return this.save(async (tx) => {
      framework.status = FrameworkStatus.PUBLISHED;
      framework.publishedAt = new Date();
      await tx.flush();
      recordAudit(tx, viewer, this.ctx.requestId, {
        action: 'publishFramework',
        entityType: 'Framework',
        entityId: framework.id,
        before: { status: FrameworkStatus.DRAFT },
        after: { status: FrameworkStatus.PUBLISHED },
      });
      return framework;
    });
  }

  async withdraw(input: WithdrawFrameworkInput): Promise<FrameworkPayload> {
    const viewer = this.requireCentral();
    const found = await this.owned(input);
    if ('errors' in found) return { framework: null, userErrors: found.errors };
    const { framework } = found;
    const reason = input.reason.trim();
    const errors: UserError[] = [];
    if (effectiveStatus(framework) !== FrameworkStatus.PUBLISHED) {
      errors.push(userError('INVALID', 'Only a published framework in force can be withdrawn.', ['id']));
    }
    if (!reason) errors.push(userError('INVALID', 'Say why the framework is withdrawn.', ['reason']));
    if (reason.length > 2000)
      errors.push(userError('INVALID', 'The reason must be 2,000 characters or fewer.', ['reason']));
    if (errors.length) return { framework: null, userErrors: errors };
    return this.save(async (tx) => {
      framework.status = FrameworkStatus.WITHDRAWN;
      framework.withdrawnReason = reason;
      await tx.flush();
      recordAudit(tx, viewer, this.ctx.requestId, {
        action: 'withdrawFramework',
        entityType: 'Framework',
        entityId: framework.id,
        before: { status: FrameworkStatus.PUBLISHED },
        after: { status: FrameworkStatus.WITHDRAWN, reason },
      });
      return framework;
    });
  }

  async amend(input: AmendFrameworkInput): Promise<FrameworkPayload> {
    const viewer = this.requireCentral();
    const found = await this.owned(input);
    if ('errors' in found) return { framework: null, userErrors: found.errors };
    const { framework } = found;
    const today = todayInEngland();
    const effectiveFrom = input.effectiveFrom ?? today;
    const reason = input.reason.trim();
    const errors: UserError[] = [];
    if (effectiveStatus(framework, today) !== FrameworkStatus.PUBLISHED) {
      errors.push(
        userError('INVALID', 'Only a published framework in force can be amended; edit a draft directly.', [
          'id',
        ]),
      );
    }
    if (!reason) errors.push(userError('INVALID', 'Say why the change is made.', ['reason']));
    if (reason.length > 2000)
      errors.push(userError('INVALID', 'The reason must be 2,000 characters or fewer.', ['reason']));
    const given = [input.addAward, input.changePrice, input.extend].filter((x) => x != null).length;
    if (given !== 1) {
      errors.push(
        userError('INVALID', 'Make exactly one change: add a supplier, change a price or extend.', []),
      );
    }
    if (effectiveFrom < framework.startDate || effectiveFrom > framework.endDate) {
      errors.push(
        userError('INVALID', 'The change must take effect while the framework is in force.', [
          'effectiveFrom',
        ]),
      );
    }
    if (errors.length) return { framework: null, userErrors: errors };

    let apply:
      | ((tx: EntityManager) => { kind: AmendmentKind; summary: string; details: Record<string, unknown> })
      | null = null;
    if (input.extend) {
      const endDate = input.extend.endDate;
      if (endDate <= framework.endDate) {
        return fail('INVALID', `The new end date must be after ${readableDate(framework.endDate)}.`, [
          'extend',
          'endDate',
        ]);
      }
      const previous = framework.endDate;
      apply = () => {
        framework.endDate = endDate;
        return {
          kind: AmendmentKind.EXTEND,
          summary: `Extended from ${previous} to ${endDate}.`,
          details: { before: { endDate: previous }, after: { endDate } },
        };
      };
    } else if (input.addAward) {
      const { lotId, award } = input.addAward;
      const lot = framework.lots.getItems().find((l) => l.id === lotId);
      if (!lot) return fail('NOT_FOUND', 'There is no such lot on this framework.', ['addAward', 'lotId']);
      const path = ['addAward', 'award'];
      const lookups = await this.lookups([award], []);
      const awardErrors = this.checkAward(award, path, lookups, framework);
      if (!awardErrors.length) {
        awardErrors.push(
          ...(await this.conformanceProblems(
            offeredBy(
              award.prices.map((p) => ({ versionId: p.productVersionId })),
              path,
              lot.number,
              (id) => lookups.versions.get(id),
              lot.requiredStandards.getItems(),
            ),
          )),
        );
      }
      if (lot.awards.getItems().some((a) => a.supplier.id === award.supplierId)) {
        awardErrors.push(
          userError('CONFLICT', 'This supplier is already approved on the lot.', [...path, 'supplierId']),
        );
      }
      if (awardErrors.length) return { framework: null, userErrors: awardErrors };
      apply = (tx) => {
        const created = this.createAward(
          tx,
          lot,
          { ...award, awardedOn: award.awardedOn ?? effectiveFrom },
          lookups,
        );
        const supplier = lookups.suppliers.get(award.supplierId)!;
        return {
          kind: AmendmentKind.ADD_AWARD,
          summary: `Added ${supplier.name} to lot ${lot.number} (${lot.title}) with ${award.prices.length} price${award.prices.length === 1 ? '' : 's'}.`,
          details: { lotId: lot.id, awardId: created.id, supplierId: supplier.id },
        };
      };
    } else if (input.changePrice) {
      const change = input.changePrice;
      const old = framework.lots
        .getItems()
        .flatMap((l) => l.awards.getItems().flatMap((a) => a.prices.getItems()))
        .find((p) => p.id === change.priceId);
      if (!old)
        return fail('NOT_FOUND', 'There is no such price on this framework.', ['changePrice', 'priceId']);
      if (old.validTo !== null && old.validTo < effectiveFrom) {
        return fail('INVALID', 'That price has already ended; change the price that replaced it.', [
          'changePrice',
          'priceId',
        ]);
      }
      if (effectiveFrom <= old.validFrom) {
        return fail('INVALID', `A price change must take effect after the price began (${old.validFrom}).`, [
          'effectiveFrom',
        ]);
      }
      const termErrors = priceTermsProblems({ ...change, pricingUnit: old.pricingUnit }, ['changePrice']);
      if (termErrors.length) return { framework: null, userErrors: termErrors };
      apply = (tx) => {
        const previousTo = old.validTo;
        old.validTo = dayBefore(effectiveFrom);
        const replacement = tx.create(CataloguePrice, {
          award: old.award,
          productVersion: old.productVersion,
          pricingUnit: old.pricingUnit,
          billingPeriod: old.billingPeriod,
          role: old.role,
          grade: old.grade,
          ceilingUnitPrice: fixed4(change.ceilingUnitPrice),
          tiers: normaliseTiers(change.tiers),
          tierCalculation: change.tiers?.length ? (change.tierCalculation ?? null) : null,
          validFrom: effectiveFrom,
          validTo: previousTo,
          replaces: old,
        });
        return {
          kind: AmendmentKind.CHANGE_PRICE,
          summary: `Changed a ceiling price from ${pounds(old.ceilingUnitPrice)} to ${pounds(replacement.ceilingUnitPrice)} per unit.`,
          details: {
            priceId: old.id,
            replacementId: replacement.id,
            before: { ceilingUnitPrice: old.ceilingUnitPrice, tiers: old.tiers },
            after: { ceilingUnitPrice: replacement.ceilingUnitPrice, tiers: replacement.tiers },
          },
        };
      };
    }
    const change = apply!;
    return this.save(async (tx) => {
      const { kind, summary, details } = change(tx);
      const amendment = tx.create(FrameworkAmendment, {
        framework,
        kind,
        summary,
        reason,
        effectiveFrom,
        madeByUserId: viewer.user.id,
        details,
      });
      framework.updatedAt = new Date();
      await tx.flush();
      recordAudit(tx, viewer, this.ctx.requestId, {
        action: 'amendFramework',
        entityType: 'Framework',
        entityId: framework.id,
        after: { amendmentId: amendment.id, kind, summary, reason, effectiveFrom },
      });
      return framework;
    });
  }

  // --- Checking and applying a draft --------------------------------------------------------------

  /**
   * The framework gate: a product version is offered on a lot only with a current declaration of
   * conformance with each of the lot's required product standards (see `missingConformance`). One
   * message per award and version, on the first price naming it, naming what is missing.
   */
  private async conformanceProblems(offered: readonly Offered[]): Promise<UserError[]> {
    const needs = offered.flatMap((o) =>
      o.standards.map((s) => ({ versionId: o.version.id, standardId: s.id })),
    );
    const missing = await missingConformance(
      this.em,
      needs,
      todayInEngland(),
      this.ctx.config.compliancePlannedWindowDays,
    );
    return offered.flatMap((o) => {
      const lacking = o.standards.filter((s) => missing.has(needKey(o.version.id, s.id)));
      if (!lacking.length) return [];
      const name = `${o.version.product.getEntity().name} ${o.version.version}`;
      return [
        userError(
          'INVALID',
          `${name} has no current declaration of conformance with ${listed(lacking)}: its supplier must declare ${lacking.length === 1 ? 'it' : 'them'} before it can be offered on lot ${o.lotNumber}.`,
          o.path,
        ),
      ];
    });
  }

  private async lookups(awards: AwardInput[], standardCodes: string[]): Promise<Lookups> {
    const supplierIds = [...new Set(awards.map((a) => a.supplierId).filter(isUuid))];
    const versionIds = [
      ...new Set(awards.flatMap((a) => a.prices.map((p) => p.productVersionId)).filter(isUuid)),
    ];
    const codes = [...new Set(standardCodes.map((c) => c.trim().toUpperCase()))];
    const [suppliers, versions, standards] = await Promise.all([
      supplierIds.length ? this.em.find(Supplier, { id: { $in: supplierIds } }) : [],
      versionIds.length
        ? this.em.find(ProductVersion, { id: { $in: versionIds } }, { populate: ['product'] })
        : [],
      codes.length ? this.em.find(Standard, { code: { $in: codes } }) : [],
    ]);
    return {
      suppliers: new Map(suppliers.map((s) => [s.id, s])),
      versions: new Map(versions.map((v) => [v.id, v])),
      standards: new Map(standards.map((s) => [s.code, s])),
    };
  }

  /** Every problem with a draft at once, each naming its field, so a form can show them together. */
  private async checkDraft(
    input: FrameworkDraftInput,
    existing: Framework | null,
  ): Promise<{ errors: UserError[]; lookups: Lookups }> {
    const errors: UserError[] = [];
    const reference = input.reference.trim().toUpperCase();
    if (!REFERENCE.test(reference)) {
      errors.push(
        userError(
          'INVALID',
          'Enter a reference of 2 to 40 letters, digits, hyphens, dots or slashes, like RM6221.',
          ['reference'],
        ),
      );
    } else if (
      await this.em.count(Framework, { reference, ...(existing ? { id: { $ne: existing.id } } : {}) })
    ) {
      errors.push(
        userError('CONFLICT', `Another framework already has the reference ${reference}.`, ['reference']),
      );
    }
    const title = input.title.trim();
    if (!title) errors.push(userError('INVALID', 'Enter a title.', ['title']));
    if (title.length > 300)
      errors.push(userError('INVALID', 'The title must be 300 characters or fewer.', ['title']));
    if ((input.description ?? '').length > 20000) {
      errors.push(
        userError('INVALID', 'The description must be 20,000 characters or fewer.', ['description']),
      );
    }
    if (input.endDate <= input.startDate) {
      errors.push(userError('INVALID', 'The end date must be after the start date.', ['endDate']));
    }
    const lots = input.lots ?? [];
    const lookups = await this.lookups(
      lots.flatMap((l) => l.awards ?? []),
      lots.flatMap((l) => l.requiredStandardCodes ?? []),
    );
    const existingLots = new Set(existing?.lots.getItems().map((l) => l.id) ?? []);
    const numbers = new Set<number>();
    const offered: Offered[] = [];
    lots.forEach((lot, i) => {
      const at = ['lots', String(i)];
      if (lot.id != null && !existingLots.has(lot.id))
        errors.push(userError('NOT_FOUND', 'There is no such lot on this framework.', [...at, 'id']));
      if (!Number.isInteger(lot.number) || lot.number < 1 || lot.number > 999) {
        errors.push(userError('INVALID', 'Lot numbers run from 1 to 999.', [...at, 'number']));
      } else if (numbers.has(lot.number)) {
        errors.push(userError('CONFLICT', `Lot number ${lot.number} is used twice.`, [...at, 'number']));
      }
      numbers.add(lot.number);
      if (!lot.title.trim()) errors.push(userError('INVALID', 'Enter the lot’s title.', [...at, 'title']));
      if (lot.title.length > 300)
        errors.push(userError('INVALID', 'The title must be 300 characters or fewer.', [...at, 'title']));
      (lot.requiredStandardCodes ?? []).forEach((code, k) => {
        if (!lookups.standards.has(code.trim().toUpperCase())) {
          errors.push(
            userError('NOT_FOUND', `There is no standard ${code} in the catalogue.`, [
              ...at,
              'requiredStandardCodes',
              String(k),
            ]),
          );
        }
      });
      const awarded = new Set<string>();
      const required = (lot.requiredStandardCodes ?? []).flatMap((code) => {
        const standard = lookups.standards.get(code.trim().toUpperCase());
        return standard ? [standard] : [];
      });
      (lot.awards ?? []).forEach((award, j) => {
        const path = [...at, 'awards', String(j)];
        const awardErrors = this.checkAward(award, path, lookups, {
          startDate: input.startDate,
          endDate: input.endDate,
        });
        errors.push(...awardErrors);
        if (
          !awardErrors.some((e) => e.field?.at(-1) === 'productVersionId' || e.field?.at(-1) === 'supplierId')
        ) {
          offered.push(
            ...offeredBy(
              award.prices.map((p) => ({ versionId: p.productVersionId })),
              path,
              lot.number,
              (id) => lookups.versions.get(id),
              required,
            ),
          );
        }
        if (awarded.has(award.supplierId)) {
          errors.push(
            userError('CONFLICT', 'This supplier is already approved on the lot.', [...path, 'supplierId']),
          );
        }
        awarded.add(award.supplierId);
      });
    });
    errors.push(...(await this.conformanceProblems(offered)));
    return { errors, lookups };
  }

  private checkAward(
    award: AwardInput,
    path: string[],
    lookups: Lookups,
    dates: { startDate: string; endDate: string },
  ): UserError[] {
    const errors: UserError[] = [];
    const supplier = lookups.suppliers.get(award.supplierId);
    if (!supplier) errors.push(userError('NOT_FOUND', 'There is no such supplier.', [...path, 'supplierId']));
    const keys = new Set<string>();
    award.prices.forEach((price, k) => {
      const at = [...path, 'prices', String(k)];
      const version = lookups.versions.get(price.productVersionId);
      if (!version) {
        errors.push(userError('NOT_FOUND', 'There is no such product version.', [...at, 'productVersionId']));
      } else if (supplier && version.product.unwrap().supplier.id !== supplier.id) {
        errors.push(
          userError(
            'INVALID',
            `This product is not ${supplier.name}’s: a supplier can only offer its own products.`,
            [...at, 'productVersionId'],
          ),
        );
      }
      errors.push(...priceTermsProblems(price, at));
      if (price.pricingUnit === PricingUnit.PER_DAY) {
        if (!price.role?.trim())
          errors.push(userError('INVALID', 'Name the role this day rate is for.', [...at, 'role']));
        if (!price.grade?.trim())
          errors.push(userError('INVALID', 'Name the grade this day rate is for.', [...at, 'grade']));
      }
      if (price.validTo != null && price.validTo < price.validFrom) {
        errors.push(userError('INVALID', 'A price cannot end before it starts.', [...at, 'validTo']));
      }
      if (
        dates.startDate < dates.endDate &&
        (price.validFrom < dates.startDate || price.validFrom > dates.endDate)
      ) {
        errors.push(
          userError('INVALID', 'The price must start while the framework is in force.', [...at, 'validFrom']),
        );
      }
      const key = [
        price.productVersionId,
        price.pricingUnit,
        price.billingPeriod,
        price.role ?? '',
        price.grade ?? '',
      ].join('|');
      if (keys.has(key)) {
        errors.push(
          userError('CONFLICT', 'This product already has a price for this unit and billing period.', [
            ...at,
            'pricingUnit',
          ]),
        );
      }
      keys.add(key);
    });
    return errors;
  }

  /** Makes the framework's lots, awards and prices match the draft: updates by id, adds, removes the rest. */
  private applyLots(
    tx: EntityManager,
    framework: Framework,
    input: FrameworkDraftInput,
    lookups: Lookups,
  ): void {
    const lots = new Map(framework.lots.getItems().map((l) => [l.id, l]));
    const keptLots = new Set<string>();
    for (const lotInput of input.lots ?? []) {
      const lot =
        (lotInput.id != null ? lots.get(lotInput.id) : undefined) ??
        tx.create(Lot, { framework, number: lotInput.number, title: '', category: lotInput.category });
      keptLots.add(lot.id);
      lot.number = lotInput.number;
      lot.title = lotInput.title.trim();
      lot.scope = lotInput.scope?.trim() ?? '';
      lot.category = lotInput.category;
      lot.requiredStandards.set(
        (lotInput.requiredStandardCodes ?? []).map((c) => lookups.standards.get(c.trim().toUpperCase())!),
      );
      const awards = new Map(lot.awards.isInitialized() ? lot.awards.getItems().map((a) => [a.id, a]) : []);
      const keptAwards = new Set<string>();
      for (const awardInput of lotInput.awards ?? []) {
        const existing = awardInput.id != null ? awards.get(awardInput.id) : undefined;
        const award = existing ?? this.createAward(tx, lot, awardInput, lookups);
        keptAwards.add(award.id);
        if (existing) this.updateAward(tx, existing, awardInput, lookups);
      }
      for (const [id, award] of awards) if (!keptAwards.has(id)) removeAward(tx, award);
    }
    for (const [id, lot] of lots) {
      if (keptLots.has(id)) continue;
      for (const award of lot.awards.getItems()) removeAward(tx, award);
      tx.remove(lot);
    }
  }

  private createAward(tx: EntityManager, lot: Lot, input: AwardInput, lookups: Lookups): LotAward {
    const award = tx.create(LotAward, {
      lot,
      supplier: lookups.suppliers.get(input.supplierId)!,
      awardedOn: input.awardedOn ?? null,
    });
    for (const price of input.prices) tx.create(CataloguePrice, priceFields(award, price, lookups));
    return award;
  }

  private updateAward(tx: EntityManager, award: LotAward, input: AwardInput, lookups: Lookups): void {
    award.supplier = tx.getReference(Supplier, input.supplierId, { wrapped: true });
    award.awardedOn = input.awardedOn ?? null;
    const prices = new Map(award.prices.getItems().map((p) => [p.id, p]));
    const kept = new Set<string>();
    for (const priceInput of input.prices) {
      const existing = priceInput.id != null ? prices.get(priceInput.id) : undefined;
      if (existing) {
        tx.assign(existing, priceFields(award, priceInput, lookups));
        kept.add(existing.id);
      } else tx.create(CataloguePrice, priceFields(award, priceInput, lookups));
    }
    for (const [id, price] of prices) if (!kept.has(id)) tx.remove(price);
  }

  private async save(work: (tx: EntityManager) => Promise<Framework>): Promise<FrameworkPayload> {
    const { saved, userErrors } = await saveChange(this.em, 'framework', work);
    return { framework: saved, userErrors };
  }
}

const visibleOrOwned = (viewer: Viewer, framework: Framework) =>
  framework.status !== FrameworkStatus.DRAFT || viewerOwns(viewer, framework);

/** `12.5000` → `£12.50`, `0.0150` → `£0.015`: an amount as people write it, for summaries. */
const pounds = (amount: string) => {
  const [whole = '0', fraction = ''] = amount.split('.');
  return `£${whole}.${fraction.replace(/0+$/, '').padEnd(2, '0')}`;
};

const stale = () => staleVersion('framework');

const notDraft = () =>
  userError(
    'INVALID',
    'This framework is published: it changes only through a recorded amendment (add a supplier, change a price, extend).',
    ['id'],
  );

const fail = (code: UserError['code'], message: string, field: string[]): FrameworkPayload => ({
  framework: null,
  userErrors: [userError(code, message, field)],
});

const draftFields = (input: FrameworkDraftInput) => ({
  reference: input.reference.trim().toUpperCase(),
  title: input.title.trim(),
  description: input.description?.trim() ?? '',
  startDate: input.startDate,
  endDate: input.endDate,
});

function priceFields(award: LotAward, input: PriceInput, lookups: Lookups) {
  const perDay = input.pricingUnit === PricingUnit.PER_DAY;
  const tiers = normaliseTiers(input.tiers);
  return {
    award,
    productVersion: lookups.versions.get(input.productVersionId)!,
    pricingUnit: input.pricingUnit,
    billingPeriod: input.billingPeriod,
    role: perDay ? (input.role?.trim() ?? null) : null,
    grade: perDay ? (input.grade?.trim() ?? null) : null,
    ceilingUnitPrice: fixed4(input.ceilingUnitPrice),
    tiers,
    tierCalculation: tiers ? (input.tierCalculation ?? null) : null,
    validFrom: input.validFrom,
    validTo: input.validTo ?? null,
  };
}

function removeAward(tx: EntityManager, award: LotAward): void {
  for (const price of award.prices.getItems()) tx.remove(price);
  tx.remove(award);
}

function dayBefore(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}
