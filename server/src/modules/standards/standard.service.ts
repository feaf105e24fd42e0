import type { FilterQuery } from '@mikro-orm/core';
import { containsPattern, searchText } from '../../core/search.js';
import type { EntityManager } from '@mikro-orm/sql';
import { paginate, type ConnectionShape } from '../../core/pagination.js';
import { Standard } from './standard.entity.js';
import { StandardAppliesTo, StandardStatus } from './standard.enums.js';
import type { StandardsArgs } from './standard.inputs.js';

/** The standards catalogue: public to read. */
export class StandardService {
  constructor(private readonly em: EntityManager) {}

  list(args: StandardsArgs): Promise<ConnectionShape<Standard>> {
    const f = args.filter ?? {};
    const where: FilterQuery<Standard>[] = [];
    if (f.search != null) {
      const pattern = containsPattern(searchText(f.search));
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
