import { Cursor, type FilterQuery, type FindByCursorOptions, type QueryOrderMap } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/sql';
import { ArgsType, type ClassType, Field, Int, ObjectType } from 'type-graphql';
import { badInput } from './errors.js';

export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 25;

@ObjectType({ description: 'Where a page sits in a list (Relay cursor connections).' })
export class PageInfo {
  @Field(() => Boolean, { description: 'Whether items follow this page.' })
  hasNextPage!: boolean;

  @Field(() => Boolean, { description: 'Whether items come before this page.' })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first item on this page.' })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last item on this page.' })
  endCursor!: string | null;
}

@ArgsType()
export class ConnectionArgs {
  @Field(() => Int, {
    nullable: true,
    description: `Number of items after \`after\` (0–${MAX_PAGE_SIZE}; ${DEFAULT_PAGE_SIZE} when neither first nor last is given).`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Return items after this cursor.' })
  after?: string | null;

  @Field(() => Int, {
    nullable: true,
    description: `Number of items before \`before\` (0–${MAX_PAGE_SIZE}).`,
  })
  last?: number | null;

  @Field(() => String, { nullable: true, description: 'Return items before this cursor.' })
  before?: string | null;
}

export type Edge<T> = { cursor: string; node: T };
export type ConnectionShape<T> = { edges: Edge<T>[]; pageInfo: PageInfo; totalCount: number };

/** A Relay connection type for `Node`: `<name>Connection` with `<name>Edge`. */
export function Connection<T extends object>(Node: ClassType<T>, name: string, description: string) {
  @ObjectType(`${name}Edge`, { description: `One ${description} in a list, with its cursor.` })
  class EdgeType {
    @Field(() => String, { description: 'Opaque cursor of this item, for `after` and `before`.' })
    cursor!: string;

    @Field(() => Node, { description: `The ${description}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${description}s.` })
  class ConnectionType {
    @Field(() => [EdgeType], { description: 'The items on this page.' })
    edges!: EdgeType[];

    @Field(() => PageInfo, { description: 'Where this page sits in the whole list.' })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: 'Number of items in the whole list, across all pages.' })
    totalCount!: number;
  }
  return ConnectionType;
}

function checkSize(name: 'first' | 'last', value: number | null | undefined): void {
  if (value === null || value === undefined) return;
  if (!Number.isInteger(value) || value < 0 || value > MAX_PAGE_SIZE) {
    throw badInput(name, `Argument "${name}" must be between 0 and ${MAX_PAGE_SIZE}; got ${value}.`);
  }
}

function checkCursor(name: 'after' | 'before', value: string | null | undefined, keys: number): void {
  if (value === null || value === undefined) return;
  let decoded: unknown;
  try {
    decoded = Cursor.decode(value);
  } catch {
    decoded = undefined;
  }
  const valid =
    Array.isArray(decoded) &&
    decoded.length === keys &&
    decoded.every((v) => v === null || ['string', 'number', 'boolean'].includes(typeof v));
  if (!valid) {
    throw badInput(name, `Argument "${name}" is not a cursor from this list (with this order).`);
  }
}

/** Reads one page with keyset pagination; validates the Relay arguments first. */
export async function paginate<T extends object>(
  em: EntityManager,
  entity: ClassType<T>,
  args: ConnectionArgs,
  options: { where: FilterQuery<T>; orderBy: QueryOrderMap<T> },
): Promise<ConnectionShape<T>> {
  checkSize('first', args.first);
  checkSize('last', args.last);
  if (args.first != null && args.last != null) {
    throw badInput('last', 'Use either "first" or "last", not both.');
  }
  const keys = Object.keys(options.orderBy).length;
  checkCursor('after', args.after, keys);
  checkCursor('before', args.before, keys);

  const backwards = args.last != null || (args.before != null && args.first == null);
  const size = backwards ? (args.last ?? DEFAULT_PAGE_SIZE) : (args.first ?? DEFAULT_PAGE_SIZE);

  const cursorOptions: FindByCursorOptions<T> = {
    where: options.where,
    orderBy: options.orderBy,
    ...(backwards ? { last: size } : { first: size }),
    ...(args.after ? { after: args.after } : {}),
    ...(args.before ? { before: args.before } : {}),
    includeCount: true,
  };
  const page = await em.findByCursor(entity, cursorOptions as never);

  const items = page.items as T[];
  return {
    edges: items.map((node) => ({ cursor: page.from(node), node })),
    pageInfo: {
      hasNextPage: page.hasNextPage,
      hasPreviousPage: page.hasPrevPage,
      startCursor: page.startCursor,
      endCursor: page.endCursor,
    },
    totalCount: page.totalCount as number,
  };
}
