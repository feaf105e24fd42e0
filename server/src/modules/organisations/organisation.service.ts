import { raw, type FilterQuery } from '@mikro-orm/core';
import { searchText } from '../../core/search.js';
import type { EntityManager } from '@mikro-orm/sql';
import { todayInEngland } from '../../core/dates.js';
import { badInput } from '../../core/errors.js';
import { paginate, type ConnectionShape } from '../../core/pagination.js';
import { SortDirection, toQueryOrder } from '../../core/sorting.js';
import { Icb } from './icb.entity.js';
import { Organisation } from './organisation.entity.js';
import {
  OrganisationOrderField,
  type OrganisationFilter,
  type OrganisationsArgs,
} from './organisation.inputs.js';
import { Region } from './region.entity.js';
import { foldForSearch } from './search-key.js';

/** ICBs in force on `day`. */
export const icbInForce = (day: string): FilterQuery<Icb> => ({
  $or: [{ validTo: null }, { validTo: { $gte: day } }],
});

/** Organisations open on `day`: not closed on or before it. */
const openOn = (day: string): FilterQuery<Organisation> => ({
  $or: [{ closedOn: null }, { closedOn: { $gt: day } }],
});

export class OrganisationService {
  constructor(private readonly em: EntityManager) {}

  async list(args: OrganisationsArgs): Promise<ConnectionShape<Organisation>> {
    const where = await this.where(args.filter ?? {});
    const direction = toQueryOrder(args.orderBy?.direction ?? SortDirection.ASC);
    const orderBy =
      (args.orderBy?.field ?? OrganisationOrderField.NAME) === OrganisationOrderField.NAME
        ? { name: direction, odsCode: direction }
        : { odsCode: direction };
    return paginate(this.em, Organisation, args, { where, orderBy });
  }

  byOdsCode(odsCode: string): Promise<Organisation | null> {
    return this.em.findOne(Organisation, { odsCode: odsCode.trim().toUpperCase() });
  }

  regions(): Promise<Region[]> {
    return this.em.findAll(Region, { orderBy: { name: 'asc' } });
  }

  async icbs(options: { regionCode?: string | null; includeRetired?: boolean | null }): Promise<Icb[]> {
    const where: FilterQuery<Icb>[] = [];
    if (options.regionCode) {
      await this.checkCodes(Region, [options.regionCode], 'regionCode', 'region');
      where.push({ region: options.regionCode });
    }
    if (!options.includeRetired) where.push(icbInForce(todayInEngland()));
    return this.em.find(Icb, { $and: where }, { orderBy: { name: 'asc' } });
  }

  isOpen(organisation: Organisation): boolean {
    const today = todayInEngland();
    return organisation.closedOn === null || organisation.closedOn > today;
  }

  private async where(filter: OrganisationFilter): Promise<FilterQuery<Organisation>> {
    const conditions: FilterQuery<Organisation>[] = [];

    if (filter.search != null) {
      // Each word must start a word of the folded name or code; the trigram index serves the regex.
      for (const word of foldForSearch(searchText(filter.search)).split(' ').filter(Boolean)) {
        conditions.push({
          [raw((alias) => `${alias}.search_key ~ ?`, [`\\m${word}`])]: [],
        } as FilterQuery<Organisation>);
      }
    }
    if (filter.kinds?.length) conditions.push({ kind: { $in: filter.kinds } });
    if (filter.regionCodes?.length) {
      const codes = await this.checkCodes(Region, filter.regionCodes, 'filter.regionCodes', 'region');
      conditions.push({ region: { $in: codes } });
    }
    if (filter.icbCodes?.length) {
      const codes = await this.checkCodes(Icb, filter.icbCodes, 'filter.icbCodes', 'ICB');
      conditions.push({ icb: { $in: codes } });
    }
    if (filter.trustTypes?.length) conditions.push({ trustType: { $in: filter.trustTypes } });
    if (!filter.includeClosed) conditions.push(openOn(todayInEngland()));

    return conditions.length ? { $and: conditions } : {};
  }

  /** Upper-cases the codes and fails, naming the argument, if any is unknown. */
  private async checkCodes(
    entity: typeof Region | typeof Icb,
    given: string[],
    argument: string,
    what: string,
  ): Promise<string[]> {
    const codes = [...new Set(given.map((code) => code.trim().toUpperCase()))];
    const found = await this.em.find(entity as typeof Region, { code: { $in: codes } });
    const known = new Set(found.map((row) => row.code));
    const unknown = codes.filter((code) => !known.has(code));
    if (unknown.length) {
      throw badInput(
        argument,
        `Unknown ${what} code${unknown.length > 1 ? 's' : ''} in "${argument}": ${unknown.join(', ')}.`,
      );
    }
    return codes;
  }
}
