import { randomUUID } from 'node:crypto';
import { Collection, OptionalProps, type Ref } from '@mikro-orm/core';
import {
  Entity,
  Enum,
  Index,
  ManyToOne,
  OneToMany,
  PrimaryKey,
  Property,
  Unique,
} from '@mikro-orm/decorators/legacy';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { LocalDate } from '../../core/scalars.js';
import { LotAward } from '../frameworks/lot-award.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Supplier } from '../suppliers/supplier.entity.js';
import { ContractLine } from './contract-line.entity.js';
import { ContractSource, ContractStatus, PriceVisibility, ProcurementRoute } from './contract.enums.js';
import { bumpsComparisonVersion } from '../../core/comparison-version.js';

/** What the database keeps: EXPIRED is never stored, it follows from the end date. */
export type StoredContractStatus = Exclude<ContractStatus, 'EXPIRED'>;

/**
 * A contract a trust signed with a supplier: a call-off from a framework lot (`award` set) or an
 * off-framework award (`route` set). Its lines carry the prices, normalised when saved.
 */
@ObjectType({ description: 'A contract a trust signed with a supplier, with the prices it pays.' })
@Entity({ tableName: 'contract', triggers: [bumpsComparisonVersion('contract')] })
@Unique({ properties: ['buyer', 'reference'] })
@Index({ properties: ['buyer', 'endDate'] })
@Index({ properties: ['supplier'] })
@Index({ properties: ['award'] })
export class Contract {
  [OptionalProps]?:
    | 'id'
    | 'award'
    | 'route'
    | 'maxEndDate'
    | 'totalValue'
    | 'status'
    | 'priceVisibility'
    | 'notes'
    | 'expectedAnnualBenefit'
    | 'benefitsStatement'
    | 'benefitsOwner'
    | 'terminationReason'
    | 'source'
    | 'sourceKey'
    | 'createdAt'
    | 'updatedAt'
    | 'rowVersion';

  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The trust that signed it; its procurement users manage it. */
  @ManyToOne({ entity: () => Organisation, ref: true })
  buyer!: Ref<Organisation>;

  @ManyToOne({ entity: () => Supplier, ref: true })
  supplier!: Ref<Supplier>;

  /** The supplier's award on a framework lot, for a call-off; null off-framework. */
  @ManyToOne({ entity: () => LotAward, ref: true, nullable: true })
  award: Ref<LotAward> | null = null;

  @Field(() => ProcurementRoute, {
    nullable: true,
    description: 'How it was awarded off-framework; null for a call-off from a framework lot.',
  })
  @Enum({ items: () => ProcurementRoute, nullable: true })
  route: ProcurementRoute | null = null;

  @Field(() => String, { description: 'The trust’s own reference, unique within the trust.' })
  @Property({ type: 'string', length: 60 })
  reference!: string;

  @Field(() => String, { description: 'What it is for.' })
  @Property({ type: 'string', length: 300 })
  title!: string;

  @Field(() => LocalDate, { description: 'First day of the contract.' })
  @Property({ type: 'date' })
  startDate!: string;

  @Field(() => LocalDate, { description: 'Last day of the contract (the day it ended, if ended early).' })
  @Property({ type: 'date' })
  endDate!: string;

  @Field(() => LocalDate, {
    nullable: true,
    description: 'The latest end date if every extension option is taken; null without options.',
  })
  @Property({ type: 'date', nullable: true })
  maxEndDate: string | null = null;

  /** GBP over the whole term, as signed; null if not recorded. */
  @Property({ type: 'decimal', precision: 16, scale: 2, nullable: true })
  totalValue: string | null = null;

  @Enum({ items: () => ContractStatus })
  status: StoredContractStatus = 'ACTIVE';

  @Field(() => PriceVisibility, { description: 'What other trusts may see of its prices.' })
  @Enum({ items: () => PriceVisibility })
  priceVisibility: PriceVisibility = 'ANONYMOUS';

  @Field(() => String, { description: 'The trust’s notes: context that explains the deal.' })
  @Property({ type: 'text' })
  notes: string = '';

  /** GBP a year the contract is expected to save or return; null if not stated. */
  @Property({ type: 'decimal', precision: 16, scale: 2, nullable: true })
  expectedAnnualBenefit: string | null = null;

  @Field(() => String, { description: 'The benefits it is expected to bring, in words.' })
  @Property({ type: 'text' })
  benefitsStatement: string = '';

  @Field(() => String, { description: 'Who owns realising the benefits.' })
  @Property({ type: 'string', length: 200 })
  benefitsOwner: string = '';

  @Field(() => String, { nullable: true, description: 'Why it ended early; null unless TERMINATED.' })
  @Property({ type: 'text', nullable: true })
  terminationReason: string | null = null;

  @Field(() => ContractSource, { description: 'How it came into Concord.' })
  @Enum({ items: () => ContractSource })
  source: ContractSource = 'MANUAL';

  /** For imported contracts: the key in the source (the OCDS ocid and contract id). */
  @Property({ type: 'string', length: 300, nullable: true })
  sourceKey: string | null = null;

  @Field(() => GraphQLDateTime, { description: 'When it was recorded.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => GraphQLDateTime, { description: 'When it last changed.' })
  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Field(() => Int, {
    description: 'Changes with every edit; send it back with an edit so nobody overwrites another’s work.',
  })
  @Property({ type: 'integer', version: true })
  rowVersion!: number;

  @OneToMany({ entity: () => ContractLine, mappedBy: 'contract', orphanRemoval: true })
  lines = new Collection<ContractLine>(this);
}
