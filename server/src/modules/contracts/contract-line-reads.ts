import { ref } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/sql';
import { asProperties, joinedTable } from '../../core/joined-rows.js';
import { rows, sql, textArray } from '../../core/sql.js';
import { Product, ProductVersion } from '../catalogue/product.entity.js';
import { CataloguePrice } from '../frameworks/catalogue-price.entity.js';
import { ContractLine } from './contract-line.entity.js';

/**
 * A contract line as read for display: its columns as plain values, its product version and
 * ceiling price as references to loaded entities. Not managed by the session: change lines
 * through `ContractLine` entities.
 */
export type ContractLineRead = Omit<ContractLine, 'contract'> & { contractId: string };

/**
 * The lines of many contracts, in order, with each line's product version, product and ceiling
 * price, in one statement. Lines stay plain objects: making a register page's 550 lines into
 * entities took most of its time (docs/perf.md); the few distinct versions, products and
 * ceilings on a page become entities, so their fields resolve as they do anywhere else.
 */
export async function readContractLines(
  em: EntityManager,
  contractIds: readonly string[],
): Promise<Map<string, ContractLineRead[]>> {
  const [l, v, p, cp] = [
    joinedTable(em, ContractLine, 'l'),
    joinedTable(em, ProductVersion, 'v'),
    joinedTable(em, Product, 'p'),
    joinedTable(em, CataloguePrice, 'cp'),
  ];
  const found = await rows<Record<string, unknown>>(
    em,
    sql`select ${l.select}, ${v.select}, ${p.select}, ${cp.select}
      from contract_line l
      left join product_version v on v.id = l.product_version_id
      left join product p on p.id = v.product_id
      left join catalogue_price cp on cp.id = l.ceiling_price_id
      where l.contract_id = any(${textArray(contractIds)}::uuid[])
      order by l.position, l.id`,
  );
  const byContract = new Map<string, ContractLineRead[]>(contractIds.map((id) => [id, []]));
  const versions = new Map<string, ProductVersion>();
  const ceilings = new Map<string, CataloguePrice>();
  for (const row of found) {
    const versionId = v.idOf(row);
    let version = versionId === null ? undefined : versions.get(versionId);
    if (versionId !== null && !version) {
      em.map(Product, p.columnsOf(row)!);
      version = em.map(ProductVersion, v.columnsOf(row)!);
      versions.set(versionId, version);
    }
    const ceilingId = cp.idOf(row);
    let ceiling = ceilingId === null ? undefined : ceilings.get(ceilingId);
    if (ceilingId !== null && !ceiling) {
      ceiling = em.map(CataloguePrice, cp.columnsOf(row)!);
      ceilings.set(ceilingId, ceiling);
    }
    const { contract, ...line } = asProperties(em, ContractLine, l.columnsOf(row)!);
    byContract.get(contract as string)?.push({
      ...(line as Omit<ContractLineRead, 'contractId' | 'productVersion' | 'ceilingPrice'>),
      contractId: contract as string,
      productVersion: version ? ref(version) : null,
      ceilingPrice: ceiling ? ref(ceiling) : null,
    });
  }
  return byContract;
}
