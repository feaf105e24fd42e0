import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/sql';
import { policy, type SignedIn } from '../../core/auth/policy.js';
import type { Viewer } from '../../core/auth/viewer.js';
import type { Context } from '../../core/context.js';
import { addDays, todayInEngland } from '../../core/dates.js';
import { isUuid } from '../../core/ids.js';
import { paginate, type ConnectionShape } from '../../core/pagination.js';
import { saveChange, staleVersion } from '../../core/unit-of-work.js';
import { userError, type UserError } from '../../core/user-error.js';
import { recordAudit } from '../audit/audit.service.js';
import { ProductVersion } from '../catalogue/product.entity.js';
import { Role } from '../identity/role.js';
import { type Organisation } from '../organisations/organisation.entity.js';
import { Standard } from '../standards/standard.entity.js';
import { ComplianceDeclaration } from './compliance-declaration.entity.js';
import {
  DeclarationStatus,
  VerificationOutcome,
  type VerificationState,
  type StoredDeclarationStatus,
} from './compliance.enums.js';
import type {
  AcceptDeclarationLocallyInput,
  DeclarationContentInput,
  DeclarationPayload,
  DeclarationsArgs,
  DeclarationSubjectInput,
  DeclareComplianceInput,
  LocalAcceptancePayload,
  SupersedeDeclarationInput,
  VerifyDeclarationInput,
} from './compliance.types.js';
import { declarationExpiry, declarationProblems, type DeclarationDraft } from './declaration-rules.js';
import { LocalAcceptance } from './local-acceptance.entity.js';

/** The status people see: a declaration past its expiry date has lapsed, without anyone acting. */
export function effectiveDeclarationStatus(
  declaration: Pick<ComplianceDeclaration, 'status' | 'expiresOn'>,
  today = todayInEngland(),
): DeclarationStatus {
  return declaration.expiresOn !== null && declaration.expiresOn < today
    ? DeclarationStatus.LAPSED
    : declaration.status;
}

/** Whether a plan is past its due date while the declaration still stands short of compliant. */
export function isOverdue(
  declaration: Pick<ComplianceDeclaration, 'status' | 'expiresOn' | 'remediationDueOn' | 'supersededAt'>,
  today = todayInEngland(),
): boolean {
  return (
    declaration.supersededAt === null &&
    declaration.remediationDueOn !== null &&
    declaration.remediationDueOn < today &&
    PLANNED_STATUSES.includes(declaration.status)
  );
}

const PLANNED_STATUSES: readonly StoredDeclarationStatus[] = ['PARTIAL', 'NON_COMPLIANT', 'PLANNED'];

function statusCondition(status: DeclarationStatus, today: string): FilterQuery<ComplianceDeclaration> {
  if (status === DeclarationStatus.LAPSED) return { expiresOn: { $lt: today } };
  return { status, $or: [{ expiresOn: null }, { expiresOn: { $gte: today } }] };
}

const VERIFICATION_CONDITION: Record<VerificationState, FilterQuery<ComplianceDeclaration>> = {
  UNVERIFIED: { verification: null },
  VERIFIED: { verification: VerificationOutcome.VERIFIED },
  REJECTED: { verification: VerificationOutcome.REJECTED },
};

/**
 * The declarations a viewer may read. Anyone: verified ones (the public record). Central users:
 * all. Other signed-in users: also every product declaration (suppliers declare them for every
 * buyer to rely on) and their own organisation's, whatever their state.
 */
export function readableDeclarations(viewer: Viewer): FilterQuery<ComplianceDeclaration> {
  const verified: FilterQuery<ComplianceDeclaration> = { verification: VerificationOutcome.VERIFIED };
  if (viewer.kind !== 'user') return verified;
  const membership = viewer.membership;
  if (membership?.role === Role.CENTRAL_COMMERCIAL) return {};
  const own: FilterQuery<ComplianceDeclaration>[] = [verified, { productVersion: { $ne: null } }];
  if (membership?.organisation) own.push({ organisation: membership.organisation.id });
  return { $or: own };
}

/** Whether the viewer declares for this subject: its trust's compliance users, or its product's supplier. */
function declaresFor(
  viewer: Viewer,
  subject: { organisationId: string | null; supplierId: string | null },
): boolean {
  if (viewer.kind !== 'user' || !viewer.membership) return false;
  const { role, organisation, supplier } = viewer.membership;
  if (role === Role.TRUST_COMPLIANCE)
    return subject.organisationId !== null && organisation?.id === subject.organisationId;
  if (role === Role.SUPPLIER) return subject.supplierId !== null && supplier?.id === subject.supplierId;
  return false;
}

export const describeDeclaration = (d: ComplianceDeclaration) => ({
  organisationId: d.organisation?.id ?? null,
  productVersionId: d.productVersion?.id ?? null,
  standardId: d.standard.id,
  status: d.status,
  level: d.level,
  notApplicableReason: d.notApplicableReason,
  evidenceStatement: d.evidenceStatement,
  evidenceLinks: d.evidenceLinks,
  certificateNumber: d.certificateNumber,
  certificateIssuedOn: d.certificateIssuedOn,
  expiresOn: d.expiresOn,
  remediationDueOn: d.remediationDueOn,
  remediationActions: d.remediationActions,
  supersedes: d.supersedes?.id ?? null,
});

const rulesOf = (s: Standard) => ({
  code: s.code,
  name: s.name,
  appliesTo: s.appliesTo,
  assessment: s.assessment,
  levels: s.levels,
  compliantLevels: s.compliantLevels,
  certificateMonths: s.certificateMonths,
  status: s.status,
});

/** The stored columns for what a declaration says (the rules have passed). */
function contentOf(input: DeclarationContentInput, standard: Standard) {
  const draft = input as DeclarationDraft;
  const trimmed = (items: string[] | null | undefined) => (items ?? []).map((i) => i.trim()).filter(Boolean);
  return {
    status: input.status as StoredDeclarationStatus,
    level: standard.assessment === 'LEVELS' ? (input.level?.trim() ?? null) : null,
    notApplicableReason:
      input.status === DeclarationStatus.NOT_APPLICABLE ? (input.notApplicableReason?.trim() ?? null) : null,
    evidenceStatement: input.evidence?.statement?.trim() ?? '',
    evidenceLinks: trimmed(input.evidence?.links),
    certificateNumber: input.certificate?.number?.trim() || null,
    certificateIssuedOn: input.certificate?.issuedOn ?? null,
    expiresOn: declarationExpiry(draft),
    remediationDueOn: input.remediation?.dueOn ?? null,
    remediationActions: trimmed(input.remediation?.actions),
  };
}

const fail = (code: UserError['code'], message: string, field: string[]): DeclarationPayload => ({
  declaration: null,
  userErrors: [userError(code, message, field)],
});

/** Who declares: a trust's compliance users (for the trust), a supplier's users (for its products). */
export const DECLARERS = [Role.TRUST_COMPLIANCE, Role.SUPPLIER];
/** Who verifies and rejects declarations. */
export const VERIFIERS = [Role.CENTRAL_COMMERCIAL];
const MAX_COMMENT = 2_000;

type Subject = { organisation: Organisation | null; productVersion: ProductVersion | null };

/** Declarations of compliance: declaring, superseding, verifying, accepting, and reading them. */
export class ComplianceService {
  constructor(private readonly ctx: Context) {}

  private get em(): EntityManager {
    return this.ctx.em;
  }

  // --- Reading -------------------------------------------------------------------------------

  list(args: DeclarationsArgs): Promise<ConnectionShape<ComplianceDeclaration>> {
    const f = args.filter ?? {};
    const today = todayInEngland();
    const where: FilterQuery<ComplianceDeclaration>[] = [readableDeclarations(this.ctx.viewer)];
    if (f.currentOnly ?? true) where.push({ supersededAt: null });
    if (f.organisationOdsCodes?.length)
      where.push({
        organisation: { odsCode: { $in: f.organisationOdsCodes.map((c) => c.trim().toUpperCase()) } },
      });
    if (f.forProducts != null)
      where.push(f.forProducts ? { productVersion: { $ne: null } } : { organisation: { $ne: null } });
    if (f.productIds?.length)
      where.push({ productVersion: { product: { $in: f.productIds.filter(isUuid) } } });
    if (f.productVersionIds?.length)
      where.push({ productVersion: { $in: f.productVersionIds.filter(isUuid) } });
    if (f.supplierId != null)
      where.push({ productVersion: { product: { supplier: isUuid(f.supplierId) ? f.supplierId : null } } });
    if (f.standardCodes?.length)
      where.push({ standard: { code: { $in: f.standardCodes.map((c) => c.trim().toUpperCase()) } } });
    if (f.statuses?.length) where.push({ $or: f.statuses.map((s) => statusCondition(s, today)) });
    if (f.verification?.length) where.push({ $or: f.verification.map((v) => VERIFICATION_CONDITION[v]) });
    if (f.overdueOnly)
      where.push({ status: { $in: [...PLANNED_STATUSES] }, remediationDueOn: { $lt: today } });
    if (f.lapsingWithinDays != null) {
      const days = Math.max(0, Math.min(730, f.lapsingWithinDays));
      where.push({ expiresOn: { $gte: today, $lte: addDays(today, days) } });
    }
    return paginate(this.em, ComplianceDeclaration, args, {
      where: { $and: where },
      orderBy: { declaredAt: 'desc', id: 'desc' },
    });
  }

  async byId(id: string): Promise<ComplianceDeclaration | null> {
    if (!isUuid(id)) return null;
    return this.em.findOne(ComplianceDeclaration, { $and: [{ id }, readableDeclarations(this.ctx.viewer)] });
  }

  /** Every declaration the viewer may read for one subject and standard, newest first (at most 100). */
  async history(subject: DeclarationSubjectInput, standardCode: string): Promise<ComplianceDeclaration[]> {
    const code = subject.organisationOdsCode?.trim().toUpperCase();
    const versionId = subject.productVersionId?.trim();
    if (Boolean(code) === Boolean(versionId) || (versionId && !isUuid(versionId))) return [];
    return this.em.find(
      ComplianceDeclaration,
      {
        $and: [
          code ? { organisation: { odsCode: code } } : { productVersion: versionId },
          { standard: { code: standardCode.trim().toUpperCase() } },
          readableDeclarations(this.ctx.viewer),
        ],
      },
      { orderBy: { declaredAt: 'desc', id: 'desc' }, limit: 100 },
    );
  }

  /** Local acceptances the viewer may see: their own trust's, or (central users) every trust's. */
  acceptancesVisibleTo(viewer: Viewer): FilterQuery<LocalAcceptance> | null {
    if (viewer.kind !== 'user' || !viewer.membership) return null;
    if (viewer.membership.role === Role.CENTRAL_COMMERCIAL) return {};
    const organisation = viewer.membership.organisation;
    return organisation ? { organisation: organisation.id } : null;
  }

  async viewerCanSupersede(declaration: ComplianceDeclaration): Promise<boolean> {
    if (declaration.supersededAt !== null || !policy.can(this.ctx.viewer, DECLARERS)) return false;
    return declaresFor(this.ctx.viewer, await this.subjectOwners(declaration));
  }

  viewerCanVerify(declaration: ComplianceDeclaration, today = todayInEngland()): boolean {
    return (
      policy.can(this.ctx.viewer, VERIFIERS) &&
      declaration.supersededAt === null &&
      declaration.verification === null &&
      effectiveDeclarationStatus(declaration, today) !== DeclarationStatus.LAPSED
    );
  }

  private async subjectOwners(
    declaration: ComplianceDeclaration,
  ): Promise<{ organisationId: string | null; supplierId: string | null }> {
    if (declaration.organisation) return { organisationId: declaration.organisation.id, supplierId: null };
    const version = await declaration.productVersion!.loadOrFail();
    const product = await version.product.loadOrFail();
    return { organisationId: null, supplierId: product.supplier.id };
  }

  // --- Declaring -----------------------------------------------------------------------------

  /**
   * The subject named, if the viewer declares for it; otherwise why not, on the field at fault.
   * Null when it names both kinds or neither: the declaration rules say so.
   */
  private async subjectFor(
    acting: SignedIn & { membership: NonNullable<SignedIn['membership']> },
    subject: DeclarationSubjectInput,
  ): Promise<Subject | UserError | null> {
    const code = subject.organisationOdsCode?.trim().toUpperCase() || null;
    const versionId = subject.productVersionId?.trim() || null;
    if (Boolean(code) === Boolean(versionId)) return null;
    const { role, organisation, supplier } = acting.membership;
    if (role === Role.TRUST_COMPLIANCE) {
      const own = (await organisation!.loadOrFail()) as Organisation;
      if (!code)
        return userError(
          'INVALID',
          `You declare for ${own.name}; its suppliers declare for their products.`,
          ['subject', 'productVersionId'],
        );
      if (code !== own.odsCode) {
        return userError('INVALID', `You can declare only for ${own.name} (${own.odsCode}).`, [
          'subject',
          'organisationOdsCode',
        ]);
      }
      return { organisation: own, productVersion: null };
    }
    if (!versionId)
      return userError(
        'INVALID',
        'As a supplier you declare for your own products’ versions, not for a trust.',
        ['subject', 'organisationOdsCode'],
      );
    const version = isUuid(versionId)
      ? await this.em.findOne(ProductVersion, { id: versionId }, { populate: ['product'] })
      : null;
    if (!version)
      return userError('NOT_FOUND', 'There is no such product version.', ['subject', 'productVersionId']);
    if (version.product.getEntity().supplier.id !== supplier!.id) {
      const own = await supplier!.loadOrFail();
      return userError('INVALID', `You can declare only for ${own.name}’s own products.`, [
        'subject',
        'productVersionId',
      ]);
    }
    return { organisation: null, productVersion: version };
  }

  async declare(input: DeclareComplianceInput): Promise<DeclarationPayload> {
    const acting = policy.actingAs(this.ctx.viewer, DECLARERS);
    const today = todayInEngland();
    const subject = await this.subjectFor(acting, input.subject);
    const code = input.standardCode.trim().toUpperCase();
    const standard = code ? await this.em.findOne(Standard, { code }) : null;
    const errors = declarationProblems(input as DeclarationDraft, standard && rulesOf(standard), today);
    if (subject && !('organisation' in subject)) errors.unshift(subject);
    if (errors.length || !standard || !subject || !('organisation' in subject))
      return { declaration: null, userErrors: errors };
    const current = await this.em.count(ComplianceDeclaration, {
      ...(subject.organisation
        ? { organisation: subject.organisation }
        : { productVersion: subject.productVersion }),
      standard,
      supersededAt: null,
    });
    if (current) {
      return fail(
        'CONFLICT',
        `${standard.name} is already declared for this ${subject.organisation ? 'trust' : 'version'}: supersede that declaration instead.`,
        ['standardCode'],
      );
    }
    return this.save(async (tx) => {
      const declaration = tx.create(ComplianceDeclaration, {
        organisation: subject.organisation,
        productVersion: subject.productVersion,
        standard,
        ...contentOf(input, standard),
        declaredBy: acting.user,
        declaredByMembershipId: acting.membership.id,
      });
      await tx.flush();
      recordAudit(tx, acting, this.ctx.requestId, {
        action: 'declareCompliance',
        entityType: 'ComplianceDeclaration',
        entityId: declaration.id,
        after: describeDeclaration(declaration),
      });
      return declaration;
    });
  }

  async supersede(input: SupersedeDeclarationInput): Promise<DeclarationPayload> {
    const acting = policy.actingAs(this.ctx.viewer, DECLARERS);
    const today = todayInEngland();
    const old = isUuid(input.id)
      ? await this.em.findOne(
          ComplianceDeclaration,
          { id: input.id },
          { populate: ['standard', 'organisation', 'productVersion.product'] },
        )
      : null;
    if (!old || !declaresFor(acting, await this.subjectOwners(old)))
      return fail('NOT_FOUND', 'There is no such declaration of yours to supersede.', ['id']);
    if (old.supersededAt !== null)
      return fail('CONFLICT', 'This declaration has already been superseded: supersede the current one.', [
        'id',
      ]);
    if (old.rowVersion !== input.expectedRowVersion)
      return { declaration: null, userErrors: [staleVersion('declaration')] };
    const standard = old.standard.getEntity();
    const draft: DeclarationDraft = {
      ...input,
      subject: old.organisation
        ? { organisationOdsCode: old.organisation.getEntity().odsCode }
        : { productVersionId: old.productVersion!.id },
    };
    const errors = declarationProblems(draft, rulesOf(standard), today);
    if (errors.length) return { declaration: null, userErrors: errors };
    return this.save(async (tx) => {
      old.supersededAt = new Date();
      // The old one stops being current before the new one is: one current row at a time.
      await tx.flush();
      const declaration = tx.create(ComplianceDeclaration, {
        organisation: old.organisation,
        productVersion: old.productVersion,
        standard,
        ...contentOf(input, standard),
        declaredBy: acting.user,
        declaredByMembershipId: acting.membership.id,
        supersedes: old,
      });
      await tx.flush();
      recordAudit(tx, acting, this.ctx.requestId, {
        action: 'supersedeDeclaration',
        entityType: 'ComplianceDeclaration',
        entityId: declaration.id,
        before: describeDeclaration(old),
        after: describeDeclaration(declaration),
      });
      return declaration;
    });
  }

  // --- Verifying -----------------------------------------------------------------------------

  verify(input: VerifyDeclarationInput): Promise<DeclarationPayload> {
    return this.decide(input, VerificationOutcome.VERIFIED);
  }

  reject(input: VerifyDeclarationInput): Promise<DeclarationPayload> {
    return this.decide(input, VerificationOutcome.REJECTED);
  }

  private async decide(
    input: VerifyDeclarationInput,
    outcome: VerificationOutcome,
  ): Promise<DeclarationPayload> {
    const acting = policy.actingAs(this.ctx.viewer, VERIFIERS);
    const today = todayInEngland();
    const declaration = isUuid(input.id)
      ? await this.em.findOne(ComplianceDeclaration, { id: input.id })
      : null;
    if (!declaration) return fail('NOT_FOUND', 'There is no such declaration.', ['id']);
    const comment = input.comment?.trim() || null;
    const errors: UserError[] = [];
    if (declaration.supersededAt !== null)
      errors.push(
        userError('INVALID', 'A newer declaration has replaced this one: check that instead.', ['id']),
      );
    else if (declaration.verification !== null)
      errors.push(
        userError(
          'INVALID',
          `This declaration was already ${declaration.verification === 'VERIFIED' ? 'verified' : 'rejected'}: it can only be superseded by its declarer.`,
          ['id'],
        ),
      );
    else if (effectiveDeclarationStatus(declaration, today) === DeclarationStatus.LAPSED)
      errors.push(
        userError('INVALID', 'This declaration has lapsed: its declarer must renew it first.', ['id']),
      );
    if (outcome === VerificationOutcome.REJECTED && !comment)
      errors.push(
        userError('INVALID', 'Say why the evidence does not support the declaration.', ['comment']),
      );
    if (comment && comment.length > MAX_COMMENT)
      errors.push(userError('INVALID', 'The comment must be 2,000 characters or fewer.', ['comment']));
    if (errors.length) return { declaration: null, userErrors: errors };
    if (declaration.rowVersion !== input.expectedRowVersion)
      return { declaration: null, userErrors: [staleVersion('declaration')] };
    return this.save(async (tx) => {
      tx.assign(declaration, {
        verification: outcome,
        verificationComment: comment,
        verifiedBy: acting.user.id,
        verifiedAt: new Date(),
      });
      await tx.flush();
      recordAudit(tx, acting, this.ctx.requestId, {
        action: outcome === VerificationOutcome.VERIFIED ? 'verifyDeclaration' : 'rejectDeclaration',
        entityType: 'ComplianceDeclaration',
        entityId: declaration.id,
        before: { verification: null },
        after: { verification: outcome, comment },
      });
      return declaration;
    });
  }

  // --- Accepting locally ---------------------------------------------------------------------

  async acceptLocally(input: AcceptDeclarationLocallyInput): Promise<LocalAcceptancePayload> {
    const acting = policy.actingAs(this.ctx.viewer, [Role.TRUST_COMPLIANCE]);
    const trust = acting.membership.organisation!;
    const note = input.note.trim();
    const errors: UserError[] = [];
    const declaration = isUuid(input.declarationId)
      ? await this.em.findOne(ComplianceDeclaration, {
          id: input.declarationId,
          productVersion: { $ne: null },
          supersededAt: null,
        })
      : null;
    if (!declaration) {
      errors.push(userError('NOT_FOUND', 'There is no such current product declaration.', ['declarationId']));
    } else if (!(await this.inEstate(trust.id, declaration.productVersion!.id))) {
      errors.push(
        userError(
          'INVALID',
          'Your trust has no contract in force for this product version, so there is nothing to accept it for.',
          ['declarationId'],
        ),
      );
    }
    if (!note) errors.push(userError('INVALID', 'Say what you relied on and who signed it off.', ['note']));
    if (note.length > MAX_COMMENT)
      errors.push(userError('INVALID', 'The note must be 2,000 characters or fewer.', ['note']));
    if (errors.length || !declaration) return { acceptance: null, userErrors: errors };
    const { saved, userErrors } = await saveChange(
      this.em,
      'acceptance',
      async (tx) => {
        const acceptance = tx.create(LocalAcceptance, {
          organisation: trust.id,
          declaration,
          note,
          acceptedBy: acting.user,
        });
        await tx.flush();
        recordAudit(tx, acting, this.ctx.requestId, {
          action: 'acceptDeclarationLocally',
          entityType: 'LocalAcceptance',
          entityId: acceptance.id,
          after: { organisationId: trust.id, declarationId: declaration.id, note },
        });
        return acceptance;
      },
      userError('CONFLICT', 'Your trust has already accepted this declaration.', ['declarationId']),
    );
    return { acceptance: saved, userErrors };
  }

  /** Whether the trust has the version on a line of a contract in force today. */
  private async inEstate(organisationId: string, versionId: string): Promise<boolean> {
    const today = todayInEngland();
    const rows = await this.em.getConnection().execute<{ found: number }[]>(
      `select 1 as found from contract_line l join contract c on c.id = l.contract_id
        where c.buyer_id = ? and l.product_version_id = ? and c.status <> 'DRAFT'
          and c.start_date <= ? and c.end_date >= ? limit 1`,
      [organisationId, versionId, today, today],
    );
    return rows.length > 0;
  }

  private async save(
    work: (tx: EntityManager) => Promise<ComplianceDeclaration>,
  ): Promise<DeclarationPayload> {
    const { saved, userErrors } = await saveChange(
      this.em,
      'declaration',
      work,
      userError(
        'CONFLICT',
        'Someone declared this at the same time: reload to see their declaration, then supersede it if need be.',
        ['standardCode'],
      ),
    );
    return { declaration: saved, userErrors };
  }
}
