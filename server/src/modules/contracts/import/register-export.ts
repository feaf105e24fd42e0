import type { FilterQuery } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/sql';
import type { Viewer } from '../../../core/auth/viewer.js';
import { ContractLine } from '../contract-line.entity.js';
import { Contract } from '../contract.entity.js';
import { readableContracts } from '../contract.service.js';
import { toCsv, type CsvCell } from './csv-export.js';
import { registerColumns, type RegisterColumnName } from './register-template.js';

const BATCH = 500;
const yesNo = (value: boolean) => (value ? 'yes' : 'no');

/**
 * The viewer's contract register in the import template's columns, one row per line: what a trust
 * exports it can edit and import again. Cells that a spreadsheet would run as formulas are
 * neutralised (csv-export.ts). Reads in batches, so a national register does not sit in memory as
 * entities all at once.
 */
export async function registerExportCsv(
  em: EntityManager,
  viewer: Viewer,
  filter: { buyerOdsCode?: string | null },
): Promise<string> {
  const where: FilterQuery<Contract>[] = [readableContracts(viewer)];
  if (filter.buyerOdsCode) where.push({ buyer: { odsCode: filter.buyerOdsCode.trim().toUpperCase() } });
  const names = registerColumns.map((c) => c.name);
  let out = `\uFEFF${toCsv([names])}`;
  let after: { reference: string; id: string } | null = null;
  for (;;) {
    const page: Contract[] = await em.find(
      Contract,
      {
        $and: [
          ...where,
          ...(after
            ? [
                {
                  $or: [
                    { reference: { $gt: after.reference } },
                    { reference: after.reference, id: { $gt: after.id } },
                  ],
                },
              ]
            : []),
        ],
      },
      {
        orderBy: { reference: 'asc', id: 'asc' },
        limit: BATCH,
        populate: ['buyer', 'supplier', 'award.lot.framework'],
      },
    );
    if (!page.length) break;
    const lines = await em.find(
      ContractLine,
      { contract: { $in: page.map((c) => c.id) } },
      { populate: ['productVersion.product'], orderBy: { position: 'asc', id: 'asc' } },
    );
    const byContract = new Map<string, ContractLine[]>();
    for (const line of lines)
      byContract.set(line.contract.id, [...(byContract.get(line.contract.id) ?? []), line]);
    const rows: CsvCell[][] = [];
    for (const c of page) {
      const lot = c.award?.unwrap().lot.unwrap();
      const contract: Partial<Record<RegisterColumnName, CsvCell>> = {
        contract_reference: c.reference,
        contract_title: c.title,
        buyer_ods_code: c.buyer.unwrap().odsCode,
        supplier_name: c.supplier.unwrap().name,
        supplier_companies_house_number: c.supplier.unwrap().companiesHouseNumber,
        framework_reference: lot?.framework.unwrap().reference ?? null,
        lot_number: lot ? String(lot.number) : null,
        route: c.route,
        start_date: c.startDate,
        end_date: c.endDate,
        max_end_date: c.maxEndDate,
        total_value: c.totalValue,
        price_visibility: c.priceVisibility,
        notes: c.notes || null,
        expected_annual_saving: c.expectedAnnualBenefit,
        benefits_owner: c.benefitsOwner || null,
      };
      for (const line of byContract.get(c.id) ?? []) {
        const version = line.productVersion?.unwrap();
        const values: Partial<Record<RegisterColumnName, CsvCell>> = {
          ...contract,
          line_reference: line.lineReference,
          product_name: version?.product.unwrap().name ?? null,
          product_version: version?.version ?? null,
          description: version ? null : line.description,
          role: line.role,
          grade: line.grade,
          pricing_unit: line.pricingUnit,
          billing_period: line.billingPeriod,
          quantity: line.quantity,
          unit_price: line.unitPrice,
          discount_percent: line.discountPercent === '0.00' ? null : line.discountPercent,
          rebate: yesNo(line.rebate),
          bundle: yesNo(line.bundle),
          research_partnership: yesNo(line.researchPartnership),
          suppressed: yesNo(line.suppressed),
          suppression_reason: line.suppressionReason,
        };
        rows.push(names.map((n) => values[n] ?? null));
      }
    }
    out += toCsv(rows);
    em.clear();
    const last = page.at(-1)!;
    after = { reference: last.reference, id: last.id };
  }
  return out;
}
