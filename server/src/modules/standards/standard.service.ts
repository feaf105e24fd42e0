import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/sql';
import { badInput } from '../../core/errors.js';
import { paginate, type ConnectionShape } from '../../core/pagination.js';
import { Standard } from './standard.entity.js';
import { StandardAppliesTo, StandardStatus } from './standard.enums.js';
import type { StandardsArgs } from './standard.inputs.js';

const like = (text: string) => `%${text.trim().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** The standards catalogue: public to read. */
export class StandardService {
  constructor(private readonly em: EntityManager) {}

  list(args: StandardsArgs): Promise<ConnectionShape<Standard>> {
    const f = args.filter ?? {};
    const where: FilterQuery<Standard>[] = [];
    if (f.search != null) {
      if (f.search.length > 100)
        throw badInput('filter.search', '"filter.search" must be at most 100 characters.');
      const pattern = like(f.search);
      where.push({
        $or: [
          { code: { $ilike: pattern } },
          { name: { $ilike: pattern } },
          { publisher: { $ilike: pattern } },
        ],
      });
    }
    if (f.categories?.length) where.push({ category: { $in: f.categories } });
    if (f.appliesTo?.length)
      where.push({ appliesTo: { $in: [...new Set([...f.appliesTo, StandardAppliesTo.BOTH])] } });
    where.push({
      status: { $in: f.statuses?.length ? f.statuses : [StandardStatus.DRAFT, StandardStatus.EFFECTIVE] },
    });
    return paginate(this.em, Standard, args, {
      where: { $and: where },
      orderBy: { category: 'asc', code: 'asc' },
    });
  }

  byCode(code: string): Promise<Standard | null> {
    return this.em.findOne(Standard, { code: code.trim().toUpperCase() });
  }

  supersededBy(standard: Standard): Promise<Standard | null> {
    return this.em.findOne(Standard, { supersedes: standard.id });
  }
}
