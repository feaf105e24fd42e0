import { randomUUID } from 'node:crypto';
import { OptionalProps } from '@mikro-orm/core';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { bumpsComparisonVersion } from '../../core/comparison-version.js';

/** Companies House numbers: 8 digits, or 2 letters (SC, NI, OC, …) and 6 digits. */
export const COMPANIES_HOUSE_NUMBER = /^(\d{8}|[A-Z]{2}\d{6})$/;

@ObjectType({ description: 'A company that sells digital products or services to the NHS.' })
@Entity({ tableName: 'supplier', triggers: [bumpsComparisonVersion('supplier')] })
@Index({ properties: ['name'] })
export class Supplier {
  [OptionalProps]?: 'id' | 'sme' | 'website' | 'createdAt' | 'updatedAt' | 'version';

  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String, { description: 'Trading name.' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => String, { description: 'Companies House number (8 characters); unique.' })
  @Property({ type: 'string', length: 8, unique: true })
  companiesHouseNumber!: string;

  @Field(() => Boolean, { description: 'Whether the supplier is a small or medium-sized enterprise.' })
  @Property({ type: 'boolean' })
  sme: boolean = false;

  @Field(() => String, { nullable: true, description: 'Website address.' })
  @Property({ type: 'string', length: 300, nullable: true })
  website: string | null = null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Field(() => Int, {
    name: 'rowVersion',
    description: 'Changes with every edit; send it back to edit (optimistic locking).',
  })
  @Property({ type: 'integer', version: true })
  version!: number;
}
