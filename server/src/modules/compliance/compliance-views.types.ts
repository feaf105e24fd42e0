import { Field, Float, ID, InputType, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../../core/scalars.js';
import { ProductCategory } from '../catalogue/catalogue.enums.js';
import { TrustType } from '../organisations/organisation.enums.js';
import { StandardCategory } from '../standards/standard.enums.js';
import {
  ComplianceCellState,
  ComplianceMatrixSubjects,
  ComplianceNoticeKind,
  ComplianceScope,
  CoverageLevel,
  DeclarationStatus,
  VerificationOutcome,
} from './compliance.enums.js';

@ObjectType({ description: 'One subject against one standard.' })
export class ComplianceCell {
  @Field(() => String, { description: 'The standard’s code.' })
  standardCode!: string;

  @Field(() => ComplianceCellState, { description: 'Where the subject stands against it today.' })
  state!: ComplianceCellState;

  @Field(() => String, { nullable: true, description: 'The declared level, for a standard with levels.' })
  level!: string | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'By when the plan will make it compliant, if there is one.',
  })
  remediationDueOn!: string | null;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'When the declaration lapses (certificate expiry or review date).',
  })
  expiresOn!: string | null;

  @Field(() => Boolean, { description: 'Whether a central team has verified the declaration.' })
  verified!: boolean;

  @Field(() => ID, { nullable: true, description: 'The declaration, when there is one you may read.' })
  declarationId!: string | null;
}

@ObjectType({ description: 'A standard as a column of a matrix.' })
export class ComplianceColumn {
  @Field(() => String, { description: 'Its code.' })
  code!: string;

  @Field(() => String, { description: 'Its name.' })
  name!: string;

  @Field(() => StandardCategory, { description: 'What area it covers.' })
  category!: StandardCategory;
}

@ObjectType({ description: 'One row of a compliance matrix: a trust, or a product’s latest version.' })
export class ComplianceMatrixRow {
  @Field(() => ID, { description: 'The trust’s id, or the product version’s.' })
  id!: string;

  @Field(() => String, { description: 'The trust’s name, or the product’s.' })
  name!: string;

  @Field(() => String, { nullable: true, description: 'The trust’s ODS code.' })
  odsCode!: string | null;

  @Field(() => String, { nullable: true, description: 'The trust’s NHS region.' })
  regionName!: string | null;

  @Field(() => String, { nullable: true, description: 'The trust’s integrated care board.' })
  icbName!: string | null;

  @Field(() => ID, { nullable: true, description: 'The product, for a product row.' })
  productId!: string | null;

  @Field(() => String, { nullable: true, description: 'The version shown (the latest), for a product row.' })
  version!: string | null;

  @Field(() => String, { nullable: true, description: 'The supplier, for a product row.' })
  supplierName!: string | null;

  @Field(() => ProductCategory, { nullable: true, description: 'What kind of product, for a product row.' })
  category!: ProductCategory | null;

  @Field(() => [ComplianceCell], { description: 'One cell per column, in the columns’ order.' })
  cells!: ComplianceCell[];
}

@ObjectType({
  description: 'Subjects against standards: every cell says where one subject stands against one standard.',
})
export class ComplianceMatrix {
  @Field(() => Boolean, {
    description:
      'Whether declarations not yet verified count (central users only); otherwise they show as UNVERIFIED.',
  })
  includesUnverified!: boolean;

  @Field(() => [ComplianceColumn], { description: 'The standards, as columns.' })
  standards!: ComplianceColumn[];

  @Field(() => [ComplianceMatrixRow], { description: 'The subjects, by name.' })
  rows!: ComplianceMatrixRow[];
}

@InputType({
  description: 'Which subjects and standards a matrix or coverage covers. Every given condition must hold.',
})
export class ComplianceMatrixInput {
  @Field(() => ComplianceMatrixSubjects, {
    nullable: true,
    description: 'Trusts (when not given) or products.',
  })
  subjects?: ComplianceMatrixSubjects | null;

  @Field(() => [String], { nullable: true, description: 'Only trusts in these NHS regions (codes).' })
  regionCodes?: string[] | null;

  @Field(() => [String], {
    nullable: true,
    description: 'Only trusts in these integrated care boards (codes).',
  })
  icbCodes?: string[] | null;

  @Field(() => [TrustType], { nullable: true, description: 'Only trusts of these types.' })
  trustTypes?: TrustType[] | null;

  @Field(() => [ProductCategory], { nullable: true, description: 'Only products of these kinds.' })
  productCategories?: ProductCategory[] | null;

  @Field(() => [String], { nullable: true, description: 'Only these standards (codes).' })
  standardCodes?: string[] | null;

  @Field(() => [StandardCategory], {
    nullable: true,
    description:
      'Only standards in these areas (products: the interoperability areas when neither this nor codes is given).',
  })
  standardCategories?: StandardCategory[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Count declarations not yet verified, and show rejected ones (central users only).',
  })
  includeUnverified?: boolean | null;
}

@ObjectType({ description: 'How a group of trusts stands against one standard.' })
export class ComplianceCoverage {
  @Field(() => CoverageLevel, { description: 'What this figure adds up.' })
  level!: CoverageLevel;

  @Field(() => String, { nullable: true, description: 'The region’s or ICB’s code; null nationally.' })
  code!: string | null;

  @Field(() => String, { description: 'The region’s or ICB’s name, or “England”.' })
  name!: string;

  @Field(() => String, { description: 'The standard’s code.' })
  standardCode!: string;

  @Field(() => Int, { description: 'Trusts in the group.' })
  trusts!: number;

  @Field(() => Int, {
    description:
      'Of them, with a current declaration counted (verified, unless unverified ones are included).',
  })
  declared!: number;

  @Field(() => Int, { description: 'Compliant today.' })
  compliant!: number;

  @Field(() => Int, { description: 'Partially compliant, with a plan.' })
  partial!: number;

  @Field(() => Int, { description: 'Compliance planned.' })
  planned!: number;

  @Field(() => Int, { description: 'Not compliant, with a plan.' })
  nonCompliant!: number;

  @Field(() => Int, { description: 'Not applicable to them.' })
  notApplicable!: number;

  @Field(() => Int, { description: 'Lapsed: past the expiry date.' })
  lapsed!: number;

  @Field(() => Int, { description: 'Whose plan is past its due date.' })
  overdue!: number;

  @Field(() => Float, {
    nullable: true,
    description:
      'Compliant as a percentage of the trusts it applies to (trusts less not applicable), to one decimal place; null when it applies to none.',
  })
  percentCompliant!: number | null;
}

@InputType({ description: 'Whose systems to show, and which gaps.' })
export class EstateInput {
  @Field(() => String, { description: 'The trust’s ODS code.' })
  odsCode!: string;

  @Field(() => [String], {
    nullable: true,
    description: 'Only these standards (codes); every product standard when not given.',
  })
  standardCodes?: string[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'Only cells that are not compliant (nor not applicable), and only systems with one.',
  })
  gapsOnly?: boolean | null;
}

@ObjectType({
  description: 'A system against one standard, as its supplier declared, and the trust’s acceptance.',
})
export class EstateCell extends ComplianceCell {
  @Field(() => VerificationOutcome, {
    nullable: true,
    description: 'What central verification found, if anything.',
  })
  verification!: VerificationOutcome | null;

  @Field(() => Boolean, { description: 'Whether the trust has accepted the declaration for its own use.' })
  locallyAccepted!: boolean;
}

@ObjectType({ description: 'A system a trust uses: a product version on its contracts in force.' })
export class EstateSystem {
  @Field(() => ID, { description: 'The product version.' })
  productVersionId!: string;

  @Field(() => ID, { description: 'The product.' })
  productId!: string;

  @Field(() => String, { description: 'The product’s name.' })
  productName!: string;

  @Field(() => String, { description: 'The version.' })
  version!: string;

  @Field(() => String, { description: 'The supplier.' })
  supplierName!: string;

  @Field(() => [String], { description: 'The trust’s references of the contracts it is on.' })
  contractReferences!: string[];

  @Field(() => [EstateCell], { description: 'One cell per standard, in the standards’ order.' })
  cells!: EstateCell[];
}

@ObjectType({
  description: 'A trust’s systems against product standards, inherited from their suppliers’ declarations.',
})
export class Estate {
  @Field(() => String, { description: 'The trust’s ODS code.' })
  odsCode!: string;

  @Field(() => String, { description: 'The trust’s name.' })
  name!: string;

  @Field(() => [ComplianceColumn], { description: 'The standards, as columns.' })
  standards!: ComplianceColumn[];

  @Field(() => [EstateSystem], { description: 'The systems, by product name.' })
  systems!: EstateSystem[];
}

@InputType({ description: 'Whose declarations need attention, and how far ahead to look.' })
export class ComplianceAttentionInput {
  @Field(() => ComplianceScope, { description: 'National, a region, an ICB, or one trust.' })
  scope!: ComplianceScope;

  @Field(() => String, {
    nullable: true,
    description: 'The region’s, ICB’s or trust’s code; not for NATIONAL.',
  })
  code?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Days ahead to look for lapsing declarations, 1 to 365 (90 when not given).',
  })
  withinDays?: number | null;
}

@ObjectType({ description: 'A trust’s current declaration that needs attention.' })
export class AttentionItem {
  @Field(() => ID, { description: 'The declaration.' })
  declarationId!: string;

  @Field(() => String, { description: 'The trust’s ODS code.' })
  odsCode!: string;

  @Field(() => String, { description: 'The trust’s name.' })
  organisationName!: string;

  @Field(() => String, { description: 'The standard’s code.' })
  standardCode!: string;

  @Field(() => String, { description: 'The standard’s name.' })
  standardName!: string;

  @Field(() => DeclarationStatus, { description: 'What it says today.' })
  status!: DeclarationStatus;

  @Field(() => LocalDate, { description: 'The plan’s due date (overdue) or the expiry date (lapsing).' })
  date!: string;

  @Field(() => Int, {
    description: 'Days past the due date (overdue), or days left before it lapses (lapsing).',
  })
  days!: number;
}

@ObjectType({ description: 'How many of one trust’s declarations need attention.' })
export class AttentionByOrganisation {
  @Field(() => String, { description: 'The trust’s ODS code.' })
  odsCode!: string;

  @Field(() => String, { description: 'The trust’s name.' })
  name!: string;

  @Field(() => Int, { description: 'Plans past their due date.' })
  overdue!: number;

  @Field(() => Int, { description: 'Declarations lapsing within the days asked.' })
  lapsing!: number;

  @Field(() => Int, { description: 'Declarations already lapsed.' })
  lapsed!: number;
}

@ObjectType({ description: 'Overdue remediation plans and lapsing declarations of trusts.' })
export class ComplianceAttention {
  @Field(() => Int, { description: 'The days ahead looked at.' })
  withinDays!: number;

  @Field(() => [AttentionItem], { description: 'Plans past their due date, the latest first (at most 500).' })
  overdue!: AttentionItem[];

  @Field(() => [AttentionItem], {
    description: 'Declarations lapsing within the days asked, soonest first (at most 500).',
  })
  lapsing!: AttentionItem[];

  @Field(() => [AttentionByOrganisation], {
    description: 'Per trust with anything to attend to, most first.',
  })
  byOrganisation!: AttentionByOrganisation[];
}

@ObjectType({ description: 'Something about one of your declarations that needs your attention.' })
export class ComplianceNotice {
  @Field(() => ComplianceNoticeKind, { description: 'What needs attention.' })
  kind!: ComplianceNoticeKind;

  @Field(() => ID, { description: 'The declaration.' })
  declarationId!: string;

  @Field(() => String, { description: 'Who it is about: the trust, or the product and version.' })
  subjectName!: string;

  @Field(() => String, { description: 'The standard’s code.' })
  standardCode!: string;

  @Field(() => String, { description: 'The standard’s name.' })
  standardName!: string;

  @Field(() => LocalDate, {
    description:
      'The day that matters: expiry (lapsing, lapsed), the plan’s due date (overdue), or the day it was rejected.',
  })
  date!: string;

  @Field(() => String, { nullable: true, description: 'The central team’s comment, for a rejection.' })
  comment!: string | null;
}
