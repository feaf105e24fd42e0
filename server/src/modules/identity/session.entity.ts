import { OptionalProps, type Ref } from '@mikro-orm/core';
import { Entity, Index, ManyToOne, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';
import { Membership } from './membership.entity.js';
import { User } from './user.entity.js';

/**
 * A signed-in browser. Stored in the database so any server process can serve it. The cookie
 * holds a random token; only its SHA-256 is stored, so a database leak yields no sessions.
 */
@Entity({ tableName: 'session' })
@Index({ properties: ['user'] })
export class Session {
  [OptionalProps]?: 'createdAt' | 'lastSeenAt' | 'activeMembership' | 'userAgent' | 'ipAddress';

  /** SHA-256 of the cookie token, hex. */
  @PrimaryKey({ type: 'string', length: 64 })
  tokenHash!: string;

  @ManyToOne({ entity: () => User, ref: true, deleteRule: 'cascade' })
  user!: Ref<User>;

  @ManyToOne({ entity: () => Membership, ref: true, nullable: true, deleteRule: 'set null' })
  activeMembership: Ref<Membership> | null = null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Date = new Date();

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  lastSeenAt: Date = new Date();

  /** Absolute expiry: the session ends then however active it is. */
  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'string', length: 512, nullable: true })
  userAgent: string | null = null;

  @Property({ type: 'string', length: 64, nullable: true })
  ipAddress: string | null = null;
}
