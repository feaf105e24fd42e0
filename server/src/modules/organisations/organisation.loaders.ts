import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/sql';
import { todayInEngland } from '../../core/dates.js';
import { Icb } from './icb.entity.js';
import { icbInForce } from './organisation.service.js';

export function createOrganisationLoaders(em: EntityManager) {
  return {
    /** ICBs in force in each region, by region code, in one query for all regions asked. */
    icbsByRegion: new DataLoader<string, Icb[]>(async (regionCodes) => {
      const icbs = await em.find(
        Icb,
        { $and: [{ region: { $in: [...regionCodes] } }, icbInForce(todayInEngland())] },
        { orderBy: { name: 'asc' } },
      );
      return regionCodes.map((code) => icbs.filter((icb) => icb.region.unwrap().code === code));
    }),
  };
}
