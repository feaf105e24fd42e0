import type { EntityManager } from '@mikro-orm/sql';
import DataLoader from 'dataloader';
import { todayInEngland } from '../../core/dates.js';
import { childrenLoader } from '../../core/loaders.js';
import type { Standard } from '../standards/standard.entity.js';
import { CataloguePrice } from './catalogue-price.entity.js';
import { FrameworkAmendment } from './framework-amendment.entity.js';
import { LotAward } from './lot-award.entity.js';
import { Lot } from './lot.entity.js';

export function createFrameworkLoaders(em: EntityManager) {
  const today = todayInEngland();
  return {
    lotsByFramework: childrenLoader(em, Lot, 'framework', { orderBy: { number: 'asc' } }),
    awardsByLot: childrenLoader(em, LotAward, 'lot', { orderBy: { supplier: { name: 'asc' }, id: 'asc' } }),
    /** Prices in force today or later (the catalogue as it stands). */
    currentPricesByAward: childrenLoader(em, CataloguePrice, 'award', {
      where: { $or: [{ validTo: null }, { validTo: { $gte: today } }] },
      orderBy: {
        productVersion: { product: { name: 'asc' } },
        pricingUnit: 'asc',
        validFrom: 'asc',
        id: 'asc',
      },
    }),
    /** Every price, including those replaced by amendments. */
    allPricesByAward: childrenLoader(em, CataloguePrice, 'award', {
      orderBy: {
        productVersion: { product: { name: 'asc' } },
        pricingUnit: 'asc',
        validFrom: 'asc',
        id: 'asc',
      },
    }),
    amendmentsByFramework: childrenLoader(em, FrameworkAmendment, 'framework', {
      orderBy: { madeAt: 'desc', id: 'asc' },
    }),
    /** Each supplier's awards on frameworks past the draft stage. */
    publicAwardsBySupplier: childrenLoader(em, LotAward, 'supplier', {
      where: { lot: { framework: { status: { $ne: 'DRAFT' } } } },
      orderBy: { lot: { framework: { title: 'asc' }, number: 'asc' }, id: 'asc' },
    }),
    /** Prices in force for each product version on frameworks past the draft stage. */
    publicPricesByProductVersion: childrenLoader(em, CataloguePrice, 'productVersion', {
      where: {
        $or: [{ validTo: null }, { validTo: { $gte: today } }],
        award: { lot: { framework: { status: { $ne: 'DRAFT' } } } },
      },
      orderBy: { validFrom: 'asc', id: 'asc' },
    }),
    /** The standards each lot requires, by code, in one query for all lots asked. */
    standardsByLot: new DataLoader<string, Standard[]>(async (lotIds) => {
      const lots = await em.find(Lot, { id: { $in: [...lotIds] } }, { populate: ['requiredStandards'] });
      const byId = new Map(
        lots.map((l) => [l.id, l.requiredStandards.getItems().sort((a, b) => a.code.localeCompare(b.code))]),
      );
      return lotIds.map((id) => byId.get(id) ?? []);
    }),
  };
}
