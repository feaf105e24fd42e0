import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { Connection, ConnectionArgs } from '../../core/pagination.js';
import { LocalDate } from '../../core/scalars.js';
import { UserError } from '../../core/user-error.js';
import { ComplianceDeclaration } from './compliance-declaration.entity.js';
import { DeclarationStatus, VerificationState } from './compliance.enums.js';
import { LocalAcceptance } from './local-acceptance.entity.js';

@ObjectType({ description: 'A page of declarations.' })
export class DeclarationConnection extends Connection(ComplianceDeclaration, 'Declaration', 'declaration') {}

@InputType({
  description: 'What a declaration is about: a trust (its ODS code) or a product version. Give exactly one.',
})
export class DeclarationSubjectInput {
  @Field(() => String, { nullable: true, description: 'The trust declaring for itself.' })
  organisationOdsCode?: string | null;

  @Field(() => ID, { nullable: true, description: 'The product version a supplier declares for.' })
  productVersionId?: string | null;
}

@InputType({ description: 'The evidence behind a declaration.' })
export class EvidenceInput {
  @Field(() => String, { nullable: true, description: 'What the evidence shows, up to 5,000 characters.' })
  statement?: string | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Links to the evidence (http or https), up to 20; shown to signed-in users only.',
  })
  links?: string[] | null;
}

@InputType({ description: 'A certificate of conformance, for a standard that certifies.' })
export class CertificateInput {
  @Field(() => String, { description: 'The certificate’s number.' })
  number!: string;

  @Field(() => LocalDate, { description: 'When it was issued; not after today.' })
  issuedOn!: string;

  @Field(() => LocalDate, {
    description:
      'When it expires: after the issue date, and within the months the standard’s certificates last.',
  })
  expiresOn!: string;
}

@InputType({ description: 'How and by when something short of compliant will become compliant.' })
export class RemediationInput {
  @Field(() => LocalDate, { description: 'When the plan will be complete; today or later.' })
  dueOn!: string;

  @Field(() => [String], {
    description: 'What will be done, in order; at least one, each up to 500 characters.',
  })
  actions!: string[];
}

@InputType({ description: 'What a declaration says: its status, evidence and plan.' })
export class DeclarationContentInput {
  @Field(() => DeclarationStatus, {
    description:
      'What is declared. For a standard with levels, COMPLIANT exactly when the level counts as compliant.',
  })
  status!: DeclarationStatus;

  @Field(() => String, {
    nullable: true,
    description: 'The standard’s named level, for a standard with levels.',
  })
  level?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why the standard does not apply; required for NOT_APPLICABLE.',
  })
  notApplicableReason?: string | null;

  @Field(() => EvidenceInput, { nullable: true, description: 'The evidence.' })
  evidence?: EvidenceInput | null;

  @Field(() => CertificateInput, {
    nullable: true,
    description: 'The certificate, for a standard that certifies; required when declaring it COMPLIANT.',
  })
  certificate?: CertificateInput | null;

  @Field(() => RemediationInput, {
    nullable: true,
    description: 'The plan; required for PARTIAL, NON_COMPLIANT and PLANNED, not given otherwise.',
  })
  remediation?: RemediationInput | null;

  @Field(() => LocalDate, {
    nullable: true,
    description:
      'When the declaration must be reviewed by, for a standard without certificates; it lapses after.',
  })
  expiresOn?: string | null;
}

@InputType({ description: 'A first declaration for a subject against a standard.' })
export class DeclareComplianceInput extends DeclarationContentInput {
  @Field(() => DeclarationSubjectInput, { description: 'What is declared for.' })
  subject!: DeclarationSubjectInput;

  @Field(() => String, { description: 'The standard’s code, e.g. DSPT or FHIR_UK_CORE.' })
  standardCode!: string;
}

@InputType({ description: 'A new declaration replacing the current one for the same subject and standard.' })
export class SupersedeDeclarationInput extends DeclarationContentInput {
  @Field(() => ID, { description: 'The current declaration being replaced.' })
  id!: string;

  @Field(() => Int, { description: 'Its `rowVersion` as you loaded it.' })
  expectedRowVersion!: number;
}

@InputType({ description: 'A central team’s finding on a declaration.' })
export class VerifyDeclarationInput {
  @Field(() => ID, { description: 'The declaration: current, not yet verified, not lapsed.' })
  id!: string;

  @Field(() => Int, { description: 'Its `rowVersion` as you loaded it.' })
  expectedRowVersion!: number;

  @Field(() => String, {
    nullable: true,
    description:
      'What was checked, or (required to reject) why the evidence does not support it; up to 2,000 characters.',
  })
  comment?: string | null;
}

@InputType({ description: 'A trust’s acceptance of a product declaration for its own deployment.' })
export class AcceptDeclarationLocallyInput {
  @Field(() => ID, {
    description: 'The product declaration, for a version the trust has under an active contract.',
  })
  declarationId!: string;

  @Field(() => String, {
    description: 'What the trust relied on and who signed it off; up to 2,000 characters.',
  })
  note!: string;
}

@ObjectType({ description: 'The declaration as saved, or why nothing was saved.' })
export class DeclarationPayload {
  @Field(() => ComplianceDeclaration, {
    nullable: true,
    description: 'The declaration; null if nothing was saved.',
  })
  declaration!: ComplianceDeclaration | null;

  @Field(() => [UserError], { description: 'Why nothing was saved; empty on success.' })
  userErrors!: UserError[];
}

@ObjectType({ description: 'The acceptance as saved, or why nothing was saved.' })
export class LocalAcceptancePayload {
  @Field(() => LocalAcceptance, { nullable: true, description: 'The acceptance; null if nothing was saved.' })
  acceptance!: LocalAcceptance | null;

  @Field(() => [UserError], { description: 'Why nothing was saved; empty on success.' })
  userErrors!: UserError[];
}

@InputType({ description: 'Narrows a list of declarations. Every given condition must hold.' })
export class DeclarationFilter {
  @Field(() => [String], { nullable: true, description: 'Only these trusts’ own declarations (ODS codes).' })
  organisationOdsCodes?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only products’ declarations (true) or only organisations’ (false); both when not given.',
  })
  forProducts?: boolean | null;

  @Field(() => [ID], { nullable: true, description: 'Only declarations for versions of these products.' })
  productIds?: string[] | null;

  @Field(() => [ID], { nullable: true, description: 'Only declarations for these product versions.' })
  productVersionIds?: string[] | null;

  @Field(() => ID, { nullable: true, description: 'Only declarations for this supplier’s products.' })
  supplierId?: string | null;

  @Field(() => [String], { nullable: true, description: 'Only these standards (codes).' })
  standardCodes?: string[] | null;

  @Field(() => [DeclarationStatus], {
    nullable: true,
    description: 'Only these statuses, as they stand today (LAPSED: past the expiry date).',
  })
  statuses?: DeclarationStatus[] | null;

  @Field(() => [VerificationState], { nullable: true, description: 'Only these verification states.' })
  verification?: VerificationState[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only current declarations (not superseded); true when not given.',
  })
  currentOnly?: boolean | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only declarations whose remediation plan is overdue.',
  })
  overdueOnly?: boolean | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Only declarations that lapse within this many days from today (0 to 730).',
  })
  lapsingWithinDays?: number | null;
}

@ArgsType()
export class DeclarationsArgs extends ConnectionArgs {
  @Field(() => DeclarationFilter, {
    nullable: true,
    description: 'Conditions every listed declaration meets.',
  })
  filter?: DeclarationFilter | null;
}
