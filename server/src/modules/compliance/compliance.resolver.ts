import {
  Arg,
  Args,
  Authorized,
  Ctx,
  FieldResolver,
  Mutation,
  ObjectType,
  Query,
  Resolver,
  Root,
} from 'type-graphql';
import type { Context } from '../../core/context.js';
import { todayInEngland } from '../../core/dates.js';
import { ProductVersion } from '../catalogue/product.entity.js';
import { Role } from '../identity/role.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Standard } from '../standards/standard.entity.js';
import { ComplianceDeclaration } from './compliance-declaration.entity.js';
import { DeclarationStatus } from './compliance.enums.js';
import {
  ComplianceService,
  DECLARERS,
  effectiveDeclarationStatus,
  isOverdue,
  VERIFIERS,
} from './compliance.service.js';
import {
  AcceptDeclarationLocallyInput,
  DeclarationConnection,
  DeclarationPayload,
  DeclarationsArgs,
  DeclarationSubjectInput,
  DeclareComplianceInput,
  LocalAcceptancePayload,
  SupersedeDeclarationInput,
  VerifyDeclarationInput,
} from './compliance.types.js';
import { LocalAcceptance } from './local-acceptance.entity.js';

@ObjectType({ description: 'The new declaration, or why nothing was saved.' })
export class DeclareCompliancePayload extends DeclarationPayload {}
@ObjectType({ description: 'The declaration that replaced the current one, or why nothing was saved.' })
export class SupersedeDeclarationPayload extends DeclarationPayload {}
@ObjectType({ description: 'The declaration as verified or rejected, or why nothing changed.' })
export class VerificationPayload extends DeclarationPayload {}

@Resolver(() => ComplianceDeclaration)
export class ComplianceResolver {
  @Query(() => DeclarationConnection, {
    description:
      'Declarations of compliance, newest first: the verified ones for anyone; signed-in users also see product declarations and their own organisation’s; central users see all.',
  })
  declarations(@Args(() => DeclarationsArgs) args: DeclarationsArgs, @Ctx() ctx: Context) {
    return new ComplianceService(ctx).list(args);
  }

  @Query(() => ComplianceDeclaration, {
    nullable: true,
    description: 'One declaration by id; null if there is none you may read.',
  })
  declaration(
    @Arg('id', () => String, { description: 'The declaration’s id.' }) id: string,
    @Ctx() ctx: Context,
  ) {
    return new ComplianceService(ctx).byId(id);
  }

  @Query(() => [ComplianceDeclaration], {
    description: 'Every declaration you may read for one subject and standard, newest first (at most 100).',
  })
  declarationHistory(
    @Arg('subject', () => DeclarationSubjectInput, { description: 'The trust or the product version.' })
    subject: DeclarationSubjectInput,
    @Arg('standardCode', () => String, { description: 'The standard’s code.' }) standardCode: string,
    @Ctx() ctx: Context,
  ) {
    return new ComplianceService(ctx).history(subject, standardCode);
  }

  @Authorized(DECLARERS)
  @Mutation(() => DeclareCompliancePayload, {
    description:
      'Declares compliance with a standard for the first time: a trust’s compliance users for their trust, a supplier’s users for a version of their product.',
  })
  declareCompliance(
    @Arg('input', () => DeclareComplianceInput, { description: 'The declaration.' })
    input: DeclareComplianceInput,
    @Ctx() ctx: Context,
  ) {
    return new ComplianceService(ctx).declare(input);
  }

  @Authorized(DECLARERS)
  @Mutation(() => SupersedeDeclarationPayload, {
    description:
      'Replaces the current declaration with a new one (declarations are never edited, verified or not); the old one stays in the history.',
  })
  supersedeDeclaration(
    @Arg('input', () => SupersedeDeclarationInput, { description: 'The new declaration.' })
    input: SupersedeDeclarationInput,
    @Ctx() ctx: Context,
  ) {
    return new ComplianceService(ctx).supersede(input);
  }

  @Authorized(VERIFIERS)
  @Mutation(() => VerificationPayload, {
    description: 'Marks a current declaration VERIFIED: its evidence supports it (central users).',
  })
  verifyDeclaration(
    @Arg('input', () => VerifyDeclarationInput, { description: 'The declaration and a comment.' })
    input: VerifyDeclarationInput,
    @Ctx() ctx: Context,
  ) {
    return new ComplianceService(ctx).verify(input);
  }

  @Authorized(VERIFIERS)
  @Mutation(() => VerificationPayload, {
    description:
      'Marks a current declaration REJECTED, saying why (central users); the declarer sees the comment.',
  })
  rejectDeclaration(
    @Arg('input', () => VerifyDeclarationInput, { description: 'The declaration and why it is rejected.' })
    input: VerifyDeclarationInput,
    @Ctx() ctx: Context,
  ) {
    return new ComplianceService(ctx).reject(input);
  }

  @Authorized([Role.TRUST_COMPLIANCE])
  @Mutation(() => LocalAcceptancePayload, {
    description:
      'Records the trust’s acceptance of a product declaration for a version it has under an active contract (e.g. its DCB0160 sign-off).',
  })
  acceptDeclarationLocally(
    @Arg('input', () => AcceptDeclarationLocallyInput, { description: 'The declaration and the note.' })
    input: AcceptDeclarationLocallyInput,
    @Ctx() ctx: Context,
  ) {
    return new ComplianceService(ctx).acceptLocally(input);
  }

  @FieldResolver(() => DeclarationStatus, {
    description: 'What it says today: LAPSED once past its expiry date, else as declared.',
  })
  status(@Root() declaration: ComplianceDeclaration) {
    return effectiveDeclarationStatus(declaration);
  }

  @FieldResolver(() => DeclarationStatus, {
    description: 'What was declared, whether or not it has lapsed since.',
  })
  declaredStatus(@Root() declaration: ComplianceDeclaration) {
    return declaration.status;
  }

  @FieldResolver(() => Boolean, { description: 'Whether it is past its expiry date.' })
  lapsed(@Root() declaration: ComplianceDeclaration) {
    return effectiveDeclarationStatus(declaration) === DeclarationStatus.LAPSED;
  }

  @FieldResolver(() => Boolean, {
    description: 'Whether it is current and its remediation plan is past its due date.',
  })
  overdue(@Root() declaration: ComplianceDeclaration) {
    return isOverdue(declaration, todayInEngland());
  }

  @FieldResolver(() => Boolean, { description: 'Whether it is the current declaration (not superseded).' })
  current(@Root() declaration: ComplianceDeclaration) {
    return declaration.supersededAt === null;
  }

  @FieldResolver(() => Organisation, {
    nullable: true,
    description: 'The trust that declared for itself; null for a product declaration.',
  })
  organisation(@Root() declaration: ComplianceDeclaration) {
    return declaration.organisation?.load() ?? null;
  }

  @FieldResolver(() => ProductVersion, {
    nullable: true,
    description: 'The product version declared for; null for a trust’s own declaration.',
  })
  productVersion(@Root() declaration: ComplianceDeclaration) {
    return declaration.productVersion?.load() ?? null;
  }

  @FieldResolver(() => Standard, { description: 'The standard.' })
  standard(@Root() declaration: ComplianceDeclaration) {
    return declaration.standard.loadOrFail();
  }

  @FieldResolver(() => [String], {
    nullable: true,
    description: 'Links to the evidence; null for visitors who are not signed in.',
  })
  evidenceLinks(@Root() declaration: ComplianceDeclaration, @Ctx() ctx: Context) {
    return ctx.viewer.kind === 'user' ? declaration.evidenceLinks : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Who declared it (their name).' })
  async declaredByName(@Root() declaration: ComplianceDeclaration, @Ctx() ctx: Context) {
    if (!declaration.declaredBy) return null;
    return (await ctx.loaders.userById.load(declaration.declaredBy.id))?.name ?? null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Who verified or rejected it (their name).' })
  async verifiedByName(@Root() declaration: ComplianceDeclaration, @Ctx() ctx: Context) {
    if (!declaration.verifiedBy) return null;
    return (await ctx.loaders.userById.load(declaration.verifiedBy.id))?.name ?? null;
  }

  @FieldResolver(() => [LocalAcceptance], {
    description:
      'Trusts’ acceptances of this product declaration that you may see: your trust’s (central users: all).',
  })
  async localAcceptances(@Root() declaration: ComplianceDeclaration, @Ctx() ctx: Context) {
    if (!declaration.productVersion) return [];
    const visible = ctx.viewer.kind === 'user' ? ctx.viewer.membership : null;
    if (!visible) return [];
    const all = await ctx.loaders.acceptancesByDeclaration.load(declaration.id);
    if (visible.role === Role.CENTRAL_COMMERCIAL) return all;
    return all.filter((a) => a.organisation.id === visible.organisation?.id);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether you may supersede it: it is current and yours to declare (your trust, or your product).',
  })
  viewerCanSupersede(@Root() declaration: ComplianceDeclaration, @Ctx() ctx: Context) {
    return new ComplianceService(ctx).viewerCanSupersede(declaration);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether you may verify or reject it: central users, for a current, unchecked, unlapsed one.',
  })
  viewerCanVerify(@Root() declaration: ComplianceDeclaration, @Ctx() ctx: Context) {
    return new ComplianceService(ctx).viewerCanVerify(declaration);
  }
}

@Resolver(() => LocalAcceptance)
export class LocalAcceptanceResolver {
  @FieldResolver(() => Organisation, { description: 'The trust that accepted it.' })
  organisation(@Root() acceptance: LocalAcceptance) {
    return acceptance.organisation.loadOrFail();
  }

  @FieldResolver(() => String, { nullable: true, description: 'Who accepted it (their name).' })
  async acceptedByName(@Root() acceptance: LocalAcceptance, @Ctx() ctx: Context) {
    return (await ctx.loaders.userById.load(acceptance.acceptedBy.id))?.name ?? null;
  }
}
