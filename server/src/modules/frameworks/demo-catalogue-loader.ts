import type { EntityManager } from '@mikro-orm/sql';
import { CpvCode } from '../catalogue/cpv-code.entity.js';
import { Product, ProductVersion } from '../catalogue/product.entity.js';
import { Organisation } from '../organisations/organisation.entity.js';
import { Standard } from '../standards/standard.entity.js';
import { Supplier } from '../suppliers/supplier.entity.js';
import { CataloguePrice } from './catalogue-price.entity.js';
import { demoCatalogue } from './demo-catalogue.js';
import { Framework } from './framework.entity.js';
import { LotAward } from './lot-award.entity.js';
import { Lot } from './lot.entity.js';

/**
 * Loads the fictional demo catalogue (suppliers, products, frameworks with synthetic prices) into a
 * database that has no frameworks yet, in one transaction. Never called in production.
 */
export async function loadDemoCatalogue(
  em: EntityManager,
): Promise<{ frameworks: number; suppliers: number; products: number }> {
  const data = demoCatalogue();
  return em.transactional(async (tx) => {
    if (await tx.count(Framework, {})) return { frameworks: 0, suppliers: 0, products: 0 };
    const existing = new Map(
      (
        await tx.find(Supplier, {
          companiesHouseNumber: { $in: data.suppliers.map((s) => s.companiesHouseNumber) },
        })
      ).map((s) => [s.companiesHouseNumber, s]),
    );
    const suppliers = new Map(
      data.suppliers.map((s) => [
        s.key,
        existing.get(s.companiesHouseNumber) ??
          tx.create(Supplier, {
            name: s.name,
            companiesHouseNumber: s.companiesHouseNumber,
            sme: s.sme,
            website: s.website,
          }),
      ]),
    );
    const versions = new Map<string, ProductVersion>();
    for (const p of data.products) {
      const product = tx.create(Product, {
        supplier: suppliers.get(p.supplierKey)!,
        name: p.name,
        category: p.category,
        cpvCode: tx.getReference(CpvCode, p.cpvCode),
        description: p.description,
      });
      for (const version of p.versions)
        versions.set(`${p.key}@${version}`, tx.create(ProductVersion, { product, version }));
    }
    const owners = new Map(
      (await tx.find(Organisation, { odsCode: { $in: data.frameworks.map((f) => f.ownerOdsCode) } })).map(
        (o) => [o.odsCode, o],
      ),
    );
    const standards = new Map((await tx.findAll(Standard)).map((s) => [s.code, s]));
    for (const f of data.frameworks) {
      const framework = tx.create(Framework, {
        owner: owners.get(f.ownerOdsCode)!,
        reference: f.reference,
        title: f.title,
        description: f.description,
        startDate: f.startDate,
        endDate: f.endDate,
        status: f.status,
        publishedAt: f.status === 'PUBLISHED' ? new Date(`${f.startDate}T09:00:00Z`) : null,
      });
      for (const l of f.lots) {
        const lot = tx.create(Lot, {
          framework,
          number: l.number,
          title: l.title,
          scope: l.scope,
          category: l.category,
        });
        lot.requiredStandards.set(l.requiredStandardCodes.map((code) => standards.get(code)!));
        for (const a of l.awards) {
          const award = tx.create(LotAward, {
            lot,
            supplier: suppliers.get(a.supplierKey)!,
            awardedOn: f.startDate,
          });
          for (const offer of a.offers) {
            for (const price of offer.prices) {
              tx.create(CataloguePrice, {
                award,
                productVersion: versions.get(`${offer.productKey}@${offer.version}`)!,
                ...price,
              });
            }
          }
        }
      }
    }
    return {
      frameworks: data.frameworks.length,
      suppliers: data.suppliers.length,
      products: data.products.length,
    };
  });
}
