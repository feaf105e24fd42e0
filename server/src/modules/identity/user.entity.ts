import { randomUUID } from 'node:crypto';
import { Collection, OptionalProps } from '@mikro-orm/core';
import { Entity, OneToMany, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Field, ID, ObjectType } from 'type-graphql';
import { Membership } from './membership.entity.js';

/** The longest email address an account can have: a 64-character local part, @ and a 255-character domain. */
export const EMAIL_MAX_LENGTH = 320;

@ObjectType({ description: 'A person who signs in to Concord.' })
@Entity({ tableName: 'app_user' })
export class User {
  [OptionalProps]?: 'id' | 'active' | 'createdAt' | 'updatedAt' | 'version' | 'lastSignedInAt';

  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @Field(() => String, { description: 'Email address, in lower case; unique.' })
  @Property({ type: 'string', length: EMAIL_MAX_LENGTH, unique: true })
  email!: string;

  @Field(() => String, { description: 'Full name.' })
  @Property({ type: 'string', length: 200 })
  name!: string;

  /** argon2id hash (PHC string). Never exposed. */
  @Property({ type: 'text', lazy: true })
  passwordHash!: string;

  @Field(() => Boolean, {
    description: 'Whether the user may sign in. Deactivated users are refused everywhere.',
  })
  @Property({ type: 'boolean' })
  active: boolean = true;

  @OneToMany({ entity: () => Membership, mappedBy: (m) => m.user })
  memberships = new Collection<Membership>(this);

  @Property({ type: 'datetime', nullable: true })
  lastSignedInAt: Date | null = null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()', onUpdate: () => new Date() })
  updatedAt: Date = new Date();

  @Property({ type: 'integer', version: true })
  version!: number;
}
