import { randomUUID } from 'node:crypto';
import { OptionalProps, type Ref } from '@mikro-orm/core';
import { Entity, Enum, Index, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { Organisation } from '../organisations/organisation.entity.js';
import { Supplier } from '../suppliers/supplier.entity.js';
import { Role } from './role.js';
import { User } from './user.entity.js';

@ObjectType({
  description: 'A role a user holds at an organisation. A user acts in one membership at a time.',
})
@Entity({ tableName: 'membership' })
@Unique({ properties: ['user', 'organisation', 'role'] })
@Unique({ properties: ['user', 'supplier'] })
// NULLs are distinct in a unique constraint, so system-wide ADMIN needs its own rule.
@Index({
  name: 'membership_admin_unique',
  expression:
    'create unique index "membership_admin_unique" on "membership" ("user_id") where "organisation_id" is null and "supplier_id" is null',
})
export class Membership {
  [OptionalProps]?: 'id' | 'createdAt' | 'organisation' | 'supplier';

  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => User, ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  /** The organisation the role applies to; null for ADMIN (the whole system) and SUPPLIER. */
  @ManyToOne({ entity: () => Organisation, ref: true, nullable: true })
  organisation: Ref<Organisation> | null = null;

  /** The supplier a SUPPLIER membership acts for; null for every other role. */
  @ManyToOne({ entity: () => Supplier, ref: true, nullable: true, deleteRule: 'cascade' })
  supplier: Ref<Supplier> | null = null;

  @Field(() => Role, { description: 'The role held.' })
  @Enum({ items: () => Role })
  role!: Role;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();
}
