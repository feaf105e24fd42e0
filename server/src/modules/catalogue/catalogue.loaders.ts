import type { EntityManager } from '@mikro-orm/sql';
import DataLoader from 'dataloader';
import { childrenLoader } from '../../core/loaders.js';
import { Product, ProductVersion } from './product.entity.js';

/** `9.2` before `10.0`, `2025.1` before `2025.10`: versions compare as numbers where they are numbers. */
const byVersion = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

export function createCatalogueLoaders(em: EntityManager) {
  const versions = childrenLoader(em, ProductVersion, 'product', { orderBy: { version: 'asc' } });
  return {
    /** Each product's versions, in version order (9.2 before 10.0). */
    versionsByProduct: new DataLoader<string, ProductVersion[]>(async (ids) =>
      (await versions.loadMany(ids)).map((list) =>
        list instanceof Error ? list : [...list].sort((a, b) => byVersion.compare(a.version, b.version)),
      ),
    ),
    /** Each supplier's products, by name. */
    productsBySupplier: childrenLoader(em, Product, 'supplier', { orderBy: { name: 'asc', id: 'asc' } }),
  };
}
