import type { EntityManager } from '@mikro-orm/sql';
import { childrenLoader } from '../../core/loaders.js';
import { Product, ProductVersion } from './product.entity.js';

export function createCatalogueLoaders(em: EntityManager) {
  return {
    /** Each product's versions, oldest first. */
    versionsByProduct: childrenLoader(em, ProductVersion, 'product', {
      orderBy: { createdAt: 'asc', version: 'asc' },
    }),
    /** Each supplier's products, by name. */
    productsBySupplier: childrenLoader(em, Product, 'supplier', { orderBy: { name: 'asc', id: 'asc' } }),
  };
}
