import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/sql';
import { todayInEngland } from '../../../core/dates.js';
import { isUuid } from '../../../core/ids.js';
import { CpvCode } from '../../catalogue/cpv-code.entity.js';
import { Contract } from '../contract.entity.js';
import { ContractStatus, PriceVisibility } from '../contract.enums.js';
import { effectiveStatus } from '../contract.service.js';
import { ContractLine } from '../contract-line.entity.js';
import { contractRelease, contractReleasePackage, type OcdsContract } from './contract-release.js';

export const MAX_RELEASES_PER_PAGE = 100;

/** What is open data: every contract past the draft stage whose prices are not PRIVATE. */
const published: FilterQuery<Contract> = {
  status: { $ne: ContractStatus.DRAFT },
  priceVisibility: { $ne: PriceVisibility.PRIVATE },
};

/** Reads contracts as the OCDS mapping needs them: a fixed number of queries per page. */
async function ocdsContracts(em: EntityManager, contracts: Contract[]): Promise<OcdsContract[]> {
  if (!contracts.length) return [];
  await em.populate(contracts, ['buyer', 'supplier', 'award.lot.framework']);
  const lines = await em.find(
    ContractLine,
    { contract: { $in: contracts.map((c) => c.id) } },
    { populate: ['productVersion.product'], orderBy: { position: 'asc', id: 'asc' } },
  );
  const codes = new Set<string>();
  for (const line of lines) {
    const code = line.productVersion?.unwrap().product.unwrap().cpvCode.code ?? null;
    if (code) codes.add(code);
  }
  const labels = new Map(
    (codes.size ? await em.find(CpvCode, { code: { $in: [...codes] } }) : []).map((c) => [c.code, c.label]),
  );
  const byContract = new Map<string, ContractLine[]>();
  for (const line of lines)
    byContract.set(line.contract.id, [...(byContract.get(line.contract.id) ?? []), line]);
  const today = todayInEngland();
  return contracts.map((c) => {
    const buyer = c.buyer.unwrap();
    const supplier = c.supplier.unwrap();
    const lot = c.award?.unwrap().lot.unwrap();
    const framework = lot?.framework.unwrap();
    return {
      id: c.id,
      reference: c.reference,
      title: c.title,
      status: effectiveStatus(c, today) as OcdsContract['status'],
      priceVisibility: c.priceVisibility as OcdsContract['priceVisibility'],
      buyer: { odsCode: buyer.odsCode, name: buyer.name },
      supplier: { id: supplier.id, name: supplier.name, companiesHouseNumber: supplier.companiesHouseNumber },
      framework:
        lot && framework
          ? {
              id: framework.id,
              reference: framework.reference,
              title: framework.title,
              lotNumber: lot.number,
              lotTitle: lot.title,
            }
          : null,
      route: c.route,
      startDate: c.startDate,
      endDate: c.endDate,
      maxEndDate: c.maxEndDate,
      totalValue: c.totalValue,
      createdAt: c.createdAt,
      updatedAt: c.updatedAt,
      lines: (byContract.get(c.id) ?? []).map((line) => {
        const code = line.productVersion?.unwrap().product.unwrap().cpvCode.code ?? line.cpvCode;
        return {
          id: line.id,
          lineReference: line.lineReference,
          description: line.description,
          cpv: code ? { code, label: labels.get(code) ?? code } : null,
          quantity: line.quantity,
          pricingUnit: line.pricingUnit,
          billingPeriod: line.billingPeriod,
          netUnitPrice: line.netUnitPrice,
        };
      }),
    };
  });
}

/** One contract's release package; null unless it is published open data. */
export async function contractPackage(
  em: EntityManager,
  id: string,
  baseUrl: string,
): Promise<Record<string, unknown> | null> {
  if (!isUuid(id)) return null;
  const contract = await em.findOne(Contract, { $and: [{ id }, published] });
  if (!contract) return null;
  const [ocds] = await ocdsContracts(em, [contract]);
  return contractReleasePackage([contractRelease(ocds!)], {
    uri: `${baseUrl}/ocds/contracts/${id}.json`,
    publishedDate: contract.updatedAt,
  });
}

export type ReleasePage = { package: Record<string, unknown> | null; error: string | null };

/**
 * A page of every published contract's release, oldest change first, optionally only those changed
 * since `updatedSince`. The cursor is the last release's change time and contract id, so paging
 * stays stable while contracts change (a changed contract reappears later, with its new release).
 */
export async function releasesPage(
  em: EntityManager,
  query: { updatedSince?: string; cursor?: string; limit?: string },
  baseUrl: string,
): Promise<ReleasePage> {
  const limit = query.limit === undefined ? MAX_RELEASES_PER_PAGE : Number(query.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_RELEASES_PER_PAGE) {
    return { package: null, error: `limit must be a whole number from 1 to ${MAX_RELEASES_PER_PAGE}.` };
  }
  const where: FilterQuery<Contract>[] = [published];
  if (query.updatedSince !== undefined) {
    const since = new Date(query.updatedSince);
    if (Number.isNaN(since.getTime())) {
      return { package: null, error: 'updatedSince must be a date-time, like 2026-04-01T00:00:00Z.' };
    }
    where.push({ updatedAt: { $gte: since } });
  }
  if (query.cursor !== undefined) {
    const [time, id] = Buffer.from(query.cursor, 'base64url').toString('utf8').split('|');
    const at = new Date(time ?? '');
    if (Number.isNaN(at.getTime()) || !isUuid(id ?? ''))
      return { package: null, error: 'cursor is not one this server gave.' };
    where.push({ $or: [{ updatedAt: { $gt: at } }, { updatedAt: at, id: { $gt: id } }] });
  }
  const contracts = await em.find(
    Contract,
    { $and: where },
    { orderBy: { updatedAt: 'asc', id: 'asc' }, limit: limit + 1 },
  );
  const page = contracts.slice(0, limit);
  if (!page.length) return { package: null, error: null };
  const last = page.at(-1)!;
  const pageUrl = (cursor: string | undefined) => {
    const params = new URLSearchParams();
    if (query.updatedSince !== undefined) params.set('updatedSince', query.updatedSince);
    if (query.limit !== undefined) params.set('limit', String(limit));
    if (cursor !== undefined) params.set('cursor', cursor);
    return `${baseUrl}/ocds/releases${params.size ? `?${params}` : ''}`;
  };
  const next = Buffer.from(`${last.updatedAt.toISOString()}|${last.id}`).toString('base64url');
  const releases = (await ocdsContracts(em, page)).map(contractRelease);
  return {
    package: contractReleasePackage(releases, {
      uri: pageUrl(query.cursor),
      publishedDate: new Date(),
      nextUri: contracts.length > limit ? pageUrl(next) : null,
    }),
    error: null,
  };
}
