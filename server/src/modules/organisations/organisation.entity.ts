import { randomUUID } from 'node:crypto';
import { OptionalProps, type Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { LocalDate } from '../../core/scalars.js';
import { Icb } from './icb.entity.js';
import { CodeSource, OrganisationKind, TrustType, TrustTypeSource } from './organisation.enums.js';
import { Region } from './region.entity.js';
import { bumpsComparisonVersion } from '../../core/comparison-version.js';

@ObjectType({ description: 'An NHS trust, integrated care board or central body.' })
@Entity({ tableName: 'organisation', triggers: [bumpsComparisonVersion('organisation')] })
// Search matches any part of the name or code, so it needs a trigram index, not a B-tree.
@Index({
  name: 'organisation_search_key_trgm_idx',
  expression:
    'create index "organisation_search_key_trgm_idx" on "organisation" using gin ("search_key" gin_trgm_ops)',
})
@Index({ properties: ['kind', 'name'] })
export class Organisation {
  [OptionalProps]?:
    'id' | 'trustType' | 'trustTypeSource' | 'region' | 'icb' | 'createdAt' | 'updatedAt' | 'version';

  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String, {
    description: 'ODS code (or a Concord code starting CC- where `codeSource` is LOCAL).',
  })
  @Property({ type: 'string', length: 16, unique: true })
  odsCode!: string;

  @Field(() => CodeSource, { description: 'Who assigned `odsCode`.' })
  @Enum({ items: () => CodeSource })
  codeSource!: CodeSource;

  @Field(() => String, { description: 'Name, as ODS publishes it but in title case.' })
  @Property({ type: 'string' })
  name!: string;

  @Field(() => OrganisationKind, { description: 'What sort of organisation this is.' })
  @Enum({ items: () => OrganisationKind })
  kind!: OrganisationKind;

  @Field(() => TrustType, {
    nullable: true,
    description: 'For a trust, the care it mainly provides; null otherwise.',
  })
  @Enum({ items: () => TrustType, nullable: true })
  trustType: TrustType | null = null;

  @Field(() => TrustTypeSource, {
    nullable: true,
    description: 'Where `trustType` came from, when it is known.',
  })
  @Enum({ items: () => TrustTypeSource, nullable: true })
  trustTypeSource: TrustTypeSource | null = null;

  @ManyToOne({ entity: () => Region, ref: true, nullable: true })
  region: Ref<Region> | null = null;

  @ManyToOne({ entity: () => Icb, ref: true, nullable: true })
  icb: Ref<Icb> | null = null;

  @Field(() => [String], { description: 'Postal address lines, without the postcode.' })
  @Property({ type: 'text[]' })
  addressLines: string[] = [];

  @Field(() => String, { nullable: true, description: 'Postcode.' })
  @Property({ type: 'string', length: 10, nullable: true })
  postcode: string | null = null;

  @Field(() => String, { nullable: true, description: 'Main telephone number, when published.' })
  @Property({ type: 'string', length: 32, nullable: true })
  phone: string | null = null;

  @Field(() => LocalDate, { nullable: true, description: 'Date the organisation opened, when known.' })
  @Property({ type: 'date', nullable: true })
  openedOn: string | null = null;

  @Field(() => LocalDate, { nullable: true, description: 'Date the organisation closed; null while open.' })
  @Property({ type: 'date', nullable: true })
  closedOn: string | null = null;

  /** Name and code folded to lower case without accents or punctuation: what search matches. */
  @Property({ type: 'text' })
  searchKey!: string;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Property({ type: 'integer', version: true })
  version!: number;
}
