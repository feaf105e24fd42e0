import { randomUUID } from 'node:crypto';
import { OptionalProps, type Ref } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { Membership } from './membership.entity.js';
import { User } from './user.entity.js';

/**
 * A credential for an integration (a finance system pushing contracts, say), acting in one of its
 * creator's memberships. Shown once; only its SHA-256 is stored.
 */
@ObjectType({ description: 'An API token: lets an integration act in one of your memberships.' })
@Entity({ tableName: 'api_token' })
@Index({ properties: ['user'] })
export class ApiToken {
  [OptionalProps]?: 'id' | 'createdAt' | 'lastUsedAt' | 'revokedAt';

  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  @ManyToOne({ entity: () => User, ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @ManyToOne({ entity: () => Membership, ref: true, deleteRule: 'cascade' })
  membership!: Ref<Membership>;

  @Field(() => String, { description: 'What the token is for, e.g. "Finance system".' })
  @Property({ type: 'string', length: 100 })
  name!: string;

  /** SHA-256 of the token, hex. */
  @Property({ type: 'string', length: 64, unique: true })
  tokenHash!: string;

  @Field(() => String, { description: 'The first characters of the token, to tell tokens apart.' })
  @Property({ type: 'string', length: 16 })
  prefix!: string;

  @Field(() => GraphQLDateTime, { description: 'When the token was created.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'When the token was last used (to the minute).',
  })
  @Property({ type: 'datetime', nullable: true })
  lastUsedAt: Date | null = null;

  @Field(() => GraphQLDateTime, {
    nullable: true,
    description: 'When the token was revoked; null while it works.',
  })
  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;
}
