import type { EntityManager } from '@mikro-orm/sql';
import { CataloguePrice } from './catalogue-price.entity.js';
import { FrameworkAmendment } from './framework-amendment.entity.js';
import { Framework } from './framework.entity.js';
import { FrameworkStatus } from './framework.enums.js';
import { effectiveStatus } from './framework.service.js';
import { frameworkReleasePackage, type OcdsFramework } from './ocds.js';

/**
 * The OCDS release package of a framework past the draft stage, by reference; null if there is none
 * (drafts are never published as open data). Four queries, however big the framework.
 */
export async function ocdsReleasePackage(
  em: EntityManager,
  reference: string,
  baseUrl: string,
): Promise<Record<string, unknown> | null> {
  const framework = await em.findOne(
    Framework,
    { reference: reference.trim().toUpperCase(), status: { $ne: FrameworkStatus.DRAFT } },
    { populate: ['owner', 'lots.requiredStandards', 'lots.awards.supplier'] },
  );
  if (!framework) return null;
  const lots = framework.lots.getItems();
  const awards = lots.flatMap((lot) => lot.awards.getItems());
  const [prices, amendments] = await Promise.all([
    em.find(
      CataloguePrice,
      { award: { $in: awards.map((a) => a.id) } },
      { populate: ['productVersion.product.cpvCode'], orderBy: { validFrom: 'asc', id: 'asc' } },
    ),
    em.find(FrameworkAmendment, { framework }, { orderBy: { madeAt: 'asc', id: 'asc' } }),
  ]);
  const status = effectiveStatus(framework);
  const owner = framework.owner.unwrap();
  const input: OcdsFramework = {
    id: framework.id,
    reference: framework.reference,
    title: framework.title,
    description: framework.description || null,
    status: status === FrameworkStatus.DRAFT ? FrameworkStatus.PUBLISHED : status,
    withdrawnReason: framework.withdrawnReason,
    startDate: framework.startDate,
    endDate: framework.endDate,
    publishedAt: framework.publishedAt ?? framework.updatedAt,
    updatedAt: framework.updatedAt,
    owner: { odsCode: owner.odsCode, name: owner.name },
    lots: lots.map((lot) => ({
      id: lot.id,
      number: lot.number,
      title: lot.title,
      scope: lot.scope || null,
      category: lot.category,
      requiredStandards: lot.requiredStandards.getItems().map((s) => ({ code: s.code, name: s.name })),
    })),
    awards: awards.map((award) => {
      const supplier = award.supplier.unwrap();
      return {
        id: award.id,
        lotId: award.lot.id,
        awardedOn: award.awardedOn,
        supplier: {
          id: supplier.id,
          name: supplier.name,
          companiesHouseNumber: supplier.companiesHouseNumber,
          sme: supplier.sme,
          website: supplier.website,
        },
        prices: prices
          .filter((p) => p.award.id === award.id)
          .map((p) => {
            const version = p.productVersion.unwrap();
            const product = version.product.unwrap();
            const cpv = product.cpvCode.unwrap();
            return {
              id: p.id,
              product: { id: product.id, name: product.name, category: product.category },
              productVersion: { id: version.id, version: version.version },
              cpv: { code: cpv.code, label: cpv.label },
              pricingUnit: p.pricingUnit,
              billingPeriod: p.billingPeriod,
              role: p.role,
              grade: p.grade,
              ceilingUnitPrice: p.ceilingUnitPrice,
              tiers: p.tiers,
              tierCalculation: p.tierCalculation,
              validFrom: p.validFrom,
              validTo: p.validTo,
            };
          }),
      };
    }),
    amendments: amendments.map((a) => ({ id: a.id, kind: a.kind, summary: a.summary, madeAt: a.madeAt })),
  };
  return frameworkReleasePackage(input, { baseUrl });
}
