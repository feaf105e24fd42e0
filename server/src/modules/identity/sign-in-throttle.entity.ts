import { OptionalProps } from '@mikro-orm/core';
import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * Failed sign-ins per account and per address, shared by every server process. Each failure past
 * the free ones doubles the wait before the next attempt is considered.
 */
@Entity({ tableName: 'sign_in_throttle' })
export class SignInThrottle {
  [OptionalProps]?: 'failures' | 'blockedUntil';

  /** `email:<address>` or `ip:<address>`. */
  @PrimaryKey({ type: 'string', length: 400 })
  key!: string;

  @Property({ type: 'integer' })
  failures: number = 0;

  @Property({ type: 'datetime' })
  lastFailureAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  blockedUntil: Date | null = null;
}
