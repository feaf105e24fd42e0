import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

/**
 * Query cost spent per user, API token or address in the current window, shared by every server
 * process on PostgreSQL. Written only by rate-limiter-flexible (`rate-limit.ts`), whose table this is;
 * the entity exists so that migrations create it and schema checks know it.
 */
@Entity({ tableName: 'rate_limit' })
export class RateLimitBucket {
  /** `user:<id>`, `token:<id>` or `address:<ip>`. */
  @PrimaryKey({ type: 'string', length: 255 })
  key!: string;

  @Property({ type: 'integer', default: 0 })
  points!: number;

  /** When the window ends, in milliseconds since 1970. */
  @Property({ type: 'bigint', nullable: true })
  expire!: string | null;
}
