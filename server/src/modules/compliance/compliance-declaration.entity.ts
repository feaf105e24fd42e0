import { randomUUID } from 'node:crypto';
import { OptionalProps, type Ref } from '@mikro-orm/core';
import { Check, Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../../core/scalars.js';
import { ProductVersion } from '../catalogue/product.entity.js';
import { User } from '../identity/user.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Standard } from '../standards/standard.entity.js';
import { DeclarationStatus, VerificationOutcome, type StoredDeclarationStatus } from './compliance.enums.js';

/**
 * What an organisation says about itself, or a supplier about a product version, against one
 * standard. Append-only: what was declared is never changed; a new declaration supersedes the
 * current one (setting `supersededAt` on it, once), and a central team's verification is recorded
 * on the declaration it checked. So the current declaration of a subject × standard is the one not
 * superseded, and the partial unique indexes below allow one only: two people declaring at once
 * meet a conflict, never two current answers.
 */
@ObjectType({
  description:
    'A declaration of conformance with a standard, by a trust for itself or by a supplier for a product version: what it says, its evidence, its plan, and what central verification found.',
})
@Entity({ tableName: 'compliance_declaration' })
@Check({
  name: 'compliance_declaration_one_subject',
  expression: 'num_nonnulls(organisation_id, product_version_id) = 1',
})
@Index({
  name: 'compliance_declaration_current_organisation',
  expression:
    'create unique index "compliance_declaration_current_organisation" on "compliance_declaration" ("organisation_id", "standard_id") where "superseded_at" is null and "organisation_id" is not null',
})
@Index({
  name: 'compliance_declaration_current_product_version',
  expression:
    'create unique index "compliance_declaration_current_product_version" on "compliance_declaration" ("product_version_id", "standard_id") where "superseded_at" is null and "product_version_id" is not null',
})
@Index({ properties: ['standard'] })
@Index({ properties: ['expiresOn'] })
@Index({ properties: ['declaredAt'] })
export class ComplianceDeclaration {
  [OptionalProps]?:
    | 'id'
    | 'organisation'
    | 'productVersion'
    | 'level'
    | 'notApplicableReason'
    | 'evidenceStatement'
    | 'evidenceLinks'
    | 'certificateNumber'
    | 'certificateIssuedOn'
    | 'expiresOn'
    | 'remediationDueOn'
    | 'remediationActions'
    | 'declaredBy'
    | 'declaredByMembershipId'
    | 'declaredAt'
    | 'supersedes'
    | 'supersededAt'
    | 'verification'
    | 'verificationComment'
    | 'verifiedBy'
    | 'verifiedAt'
    | 'rowVersion';

  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The trust declaring for itself; null for a product declaration. */
  @ManyToOne({ entity: () => Organisation, ref: true, nullable: true })
  organisation: Ref<Organisation> | null = null;

  /** The product version a supplier declares for; null for an organisation's declaration. */
  @ManyToOne({ entity: () => ProductVersion, ref: true, nullable: true, deleteRule: 'cascade' })
  productVersion: Ref<ProductVersion> | null = null;

  @ManyToOne({ entity: () => Standard, ref: true })
  standard!: Ref<Standard>;

  /** As declared; LAPSED is never stored (see `effectiveDeclarationStatus`). */
  @Enum({ items: () => DeclarationStatus })
  status!: StoredDeclarationStatus;

  @Field(() => String, {
    nullable: true,
    description: 'The standard’s named level, for a standard assessed in levels (e.g. DSPT: STANDARDS_MET).',
  })
  @Property({ type: 'string', length: 60, nullable: true })
  level: string | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'Why the standard does not apply, for NOT_APPLICABLE.',
  })
  @Property({ type: 'text', nullable: true })
  notApplicableReason: string | null = null;

  @Field(() => String, { description: 'What the evidence shows, in the declarer’s words; may be empty.' })
  @Property({ type: 'text', default: '' })
  evidenceStatement: string = '';

  /** Links to the evidence; shown to signed-in users only. */
  @Property({ type: 'text[]', defaultRaw: "'{}'" })
  evidenceLinks: string[] = [];

  @Field(() => String, {
    nullable: true,
    description: 'The certificate’s number, for a standard that certifies.',
  })
  @Property({ type: 'string', length: 100, nullable: true })
  certificateNumber: string | null = null;

  @Field(() => LocalDate, { nullable: true, description: 'When the certificate was issued.' })
  @Property({ type: 'date', nullable: true })
  certificateIssuedOn: string | null = null;

  @Field(() => LocalDate, {
    nullable: true,
    description:
      'When the declaration lapses: the certificate’s expiry, or the date it must be reviewed by. From the day after, it shows as LAPSED.',
  })
  @Property({ type: 'date', nullable: true })
  expiresOn: string | null = null;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'When the remediation plan will be complete, for anything short of compliant.',
  })
  @Property({ type: 'date', nullable: true })
  remediationDueOn: string | null = null;

  @Field(() => [String], {
    description: 'What will be done to become compliant, in order; empty when compliant.',
  })
  @Property({ type: 'text[]', defaultRaw: "'{}'" })
  remediationActions: string[] = [];

  /** Who declared; null only for the shipped demo declarations. */
  @ManyToOne({ entity: () => User, ref: true, nullable: true })
  declaredBy: Ref<User> | null = null;

  /** The membership they were acting in, as the audit trail records it. */
  @Property({ type: 'uuid', nullable: true })
  declaredByMembershipId: string | null = null;

  @Field(() => GraphQLDateTime, { description: 'When it was declared.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  declaredAt: Date = new Date();

  /** The declaration this one replaced, if any. */
  @ManyToOne({ entity: () => ComplianceDeclaration, ref: true, nullable: true, unique: true })
  supersedes: Ref<ComplianceDeclaration> | null = null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'When a newer declaration replaced this one; null while it is the current one.',
  })
  @Property({ type: 'datetime', nullable: true })
  supersededAt: Date | null = null;

  @Field(() => VerificationOutcome, {
    nullable: true,
    description: 'What a central team found; null until one has checked it.',
  })
  @Enum({ items: () => VerificationOutcome, nullable: true })
  verification: VerificationOutcome | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'The central team’s comment; always given on rejection.',
  })
  @Property({ type: 'text', nullable: true })
  verificationComment: string | null = null;

  @ManyToOne({ entity: () => User, ref: true, nullable: true })
  verifiedBy: Ref<User> | null = null;

  @Field(() => GraphQLDateTime, { nullable: true, description: 'When it was verified or rejected.' })
  @Property({ type: 'datetime', nullable: true })
  verifiedAt: Date | null = null;

  @Field(() => Int, { description: 'Changes when it is verified or superseded; send it back to do either.' })
  @Property({ type: 'integer', version: true })
  rowVersion!: number;
}
