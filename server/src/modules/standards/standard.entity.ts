import { randomUUID } from 'node:crypto';
import { OptionalProps, type Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../../core/scalars.js';
import { StandardAppliesTo, StandardAssessment, StandardCategory, StandardStatus } from './standard.enums.js';

@ObjectType({ description: 'A standard that buyers ask products or organisations to meet.' })
@Entity({ tableName: 'standard' })
@Index({ properties: ['category', 'code'] })
export class Standard {
  [OptionalProps]?:
    | 'id'
    | 'version'
    | 'levels'
    | 'compliantLevels'
    | 'certificateMonths'
    | 'status'
    | 'effectiveFrom'
    | 'effectiveTo'
    | 'supersedes'
    | 'url'
    | 'createdAt'
    | 'updatedAt'
    | 'rowVersion';

  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String, { description: 'Short code, unique, e.g. DCB0129 or FHIR_UK_CORE.' })
  @Property({ type: 'string', length: 40, unique: true })
  code!: string;

  @Field(() => String, { description: 'Full name.' })
  @Property({ type: 'string', length: 300 })
  name!: string;

  @Field(() => String, {
    nullable: true,
    description: 'Version in force, when central teams have recorded it.',
  })
  @Property({ type: 'string', length: 40, nullable: true })
  version: string | null = null;

  @Field(() => String, { description: 'Who publishes the standard.' })
  @Property({ type: 'string', length: 200 })
  publisher!: string;

  @Field(() => StandardCategory, { description: 'What area it covers.' })
  @Enum({ items: () => StandardCategory })
  category!: StandardCategory;

  @Field(() => StandardAppliesTo, { description: 'What can declare conformance with it.' })
  @Enum({ items: () => StandardAppliesTo })
  appliesTo!: StandardAppliesTo;

  @Field(() => StandardAssessment, { description: 'How conformance is assessed.' })
  @Enum({ items: () => StandardAssessment })
  assessment!: StandardAssessment;

  @Field(() => [String], { description: 'The named levels, for LEVELS assessment; empty for PASS_FAIL.' })
  @Property({ type: 'text[]' })
  levels: string[] = [];

  @Field(() => [String], {
    description:
      'The levels that count as compliant, for LEVELS assessment (a declaration at one of them is COMPLIANT, at any other it is not); empty for PASS_FAIL.',
  })
  @Property({ type: 'text[]', defaultRaw: "'{}'" })
  compliantLevels: string[] = [];

  @Field(() => Int, {
    nullable: true,
    description:
      'How many months a certificate of conformance lasts (e.g. 12 for Cyber Essentials Plus); null when the standard issues none. A compliant declaration then needs a certificate, and lapses when it expires.',
  })
  @Property({ type: 'integer', nullable: true })
  certificateMonths: number | null = null;

  @Field(() => StandardStatus, { description: 'Where the standard is in its life.' })
  @Enum({ items: () => StandardStatus })
  status: StandardStatus = StandardStatus.EFFECTIVE;

  @Field(() => LocalDate, { nullable: true, description: 'First day in force, when recorded.' })
  @Property({ type: 'date', nullable: true })
  effectiveFrom: string | null = null;

  @Field(() => LocalDate, { nullable: true, description: 'Last day in force, when it has one.' })
  @Property({ type: 'date', nullable: true })
  effectiveTo: string | null = null;

  /** The standard this one replaces. */
  @ManyToOne({ entity: () => Standard, ref: true, nullable: true })
  supersedes: Ref<Standard> | null = null;

  @Field(() => String, {
    nullable: true,
    description: 'The publisher’s page, as compiled; central teams check it before relying on it.',
  })
  @Property({ type: 'string', length: 500, nullable: true })
  url: string | null = null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Field(() => Int, { description: 'Changes with every edit; send it back to edit (optimistic locking).' })
  @Property({ type: 'integer', version: true })
  rowVersion!: number;
}
