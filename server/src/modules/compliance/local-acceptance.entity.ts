import { randomUUID } from 'node:crypto';
import { OptionalProps, type Ref } from '@mikro-orm/core';
import { Entity, ManyToOne, PrimaryKey, Property, Unique } from '@mikro-orm/decorators/legacy';
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, ID, ObjectType } from 'type-graphql';
import { User } from '../identity/user.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { ComplianceDeclaration } from './compliance-declaration.entity.js';

/**
 * A trust's record that it has accepted a supplier's product declaration for its own use: its
 * DCB0160 sign-off relying on the product's DCB0129 evidence, say. One per trust and declaration.
 */
@ObjectType({
  description:
    'A trust’s acceptance of a product declaration for its own deployment (e.g. its DCB0160 sign-off relying on the supplier’s DCB0129 evidence).',
})
@Entity({ tableName: 'compliance_local_acceptance' })
@Unique({ properties: ['organisation', 'declaration'] })
export class LocalAcceptance {
  [OptionalProps]?: 'id' | 'acceptedAt';

  @Field(() => ID, { description: 'Stable identifier.' })
  @PrimaryKey({ type: 'uuid' })
  id: string = randomUUID();

  /** The trust that accepted it. */
  @ManyToOne({ entity: () => Organisation, ref: true })
  organisation!: Ref<Organisation>;

  @ManyToOne({ entity: () => ComplianceDeclaration, ref: true, deleteRule: 'cascade' })
  declaration!: Ref<ComplianceDeclaration>;

  @Field(() => String, { description: 'What the trust relied on and who signed it off.' })
  @Property({ type: 'text' })
  note!: string;

  @ManyToOne({ entity: () => User, ref: true })
  acceptedBy!: Ref<User>;

  @Field(() => GraphQLDateTime, { description: 'When it was accepted.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  acceptedAt: Date = new Date();
}
