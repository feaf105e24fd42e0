import { beforeAll, describe, expect, it } from 'vitest';
import { signInAs, supplierWithProduct } from '../../../../test/catalogue.js';
import { createdContract, oneLineContractInput } from '../../../../test/contracts.js';
import type { SignedInClient } from '../../../../test/test-server.js';
import { useTestServer } from '../../../../test/test-server.js';

const server = useTestServer();

const VOLUME = /* GraphQL */ `
  query ($input: PriceVersusVolumeInput!) {
    priceVersusVolume(input: $input) {
      n
      spearman
      points {
        quantity
        unitPrice {
          amount
        }
        trustName
        own
      }
      products {
        productId
        n
        spearman
      }
    }
  }
`;
type Volume = {
  n: number;
  spearman: number | null;
  points: { quantity: string; unitPrice: { amount: string }; trustName: string | null; own: boolean }[];
  products: { productId: string; n: number; spearman: number | null }[];
};

const iso = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
const TRUSTS = ['R1H', 'RAN', 'RAS', 'RAT', 'RAX', 'RF4'];

describe('priceVersusVolume', () => {
  let central: SignedInClient;

  async function lines(offer: Awaited<ReturnType<typeof supplierWithProduct>>, pairs: [string, string][]) {
    for (const [i, [quantity, unitPrice]] of pairs.entries()) {
      await createdContract(
        central,
        oneLineContractInput(
          offer,
          { buyerOdsCode: TRUSTS[i]!, unitPrice, quantity, pricingUnit: 'PER_BED', visibility: 'NAMED' },
          { startDate: iso(-100), endDate: iso(700) },
        ),
      );
    }
  }

  const volume = async (input: Record<string, unknown>) => {
    const res = await central.gql<{ priceVersusVolume: Volume }>(VOLUME, {
      input: { pricingUnit: 'PER_BED', ...input },
    });
    expect(res.errors).toBeUndefined();
    return res.data!.priceVersusVolume;
  };

  beforeAll(async () => {
    central = await signInAs(server(), 'CENTRAL_COMMERCIAL', 'X24');
  });

  it('gives Spearman’s ρ of one product’s prices against quantities, worked by hand', async () => {
    const offer = await supplierWithProduct(central);
    // Quantity ranks 1–5, price ranks 5 4 2 3 1: Σd² = 38, ρ = 1 − 6 × 38 ÷ (5 × 24) = −0.9.
    await lines(offer, [
      ['100', '50'],
      ['200', '40'],
      ['300', '30'],
      ['400', '35'],
      ['500', '20'],
    ]);
    const v = await volume({ productId: offer.productId });
    expect([v.n, v.spearman]).toEqual([5, -0.9]);
    expect(v.points.map((p) => [p.quantity, p.unitPrice.amount])).toEqual([
      ['100.00', '50.0000'],
      ['200.00', '40.0000'],
      ['300.00', '30.0000'],
      ['400.00', '35.0000'],
      ['500.00', '20.0000'],
    ]);
    // A central user has no trust of their own; the first trust's lead sees its line as its own.
    expect(v.points.some((p) => p.own)).toBe(false);
    const lead = await signInAs(server(), 'TRUST_PROCUREMENT', TRUSTS[0]!);
    const asLead = await lead.gql<{ priceVersusVolume: Volume }>(VOLUME, {
      input: { pricingUnit: 'PER_BED', productId: offer.productId },
    });
    expect(asLead.data!.priceVersusVolume.points.filter((p) => p.own).map((p) => p.quantity)).toEqual([
      '100.00',
    ]);
    // A filter narrows the lines as a benchmark's would: Barts and NELFT are North East London's.
    const inIcb = await volume({ productId: offer.productId, filter: { icbCodes: ['QMF'] } });
    expect(inIcb.points.map((p) => p.quantity)).toEqual(['100.00', '400.00']);
    // Two lines are too few to rank (n counts lines in groups of three or more).
    expect([inIcb.n, inIcb.spearman]).toEqual([0, null]);
    // Every line started 100 days ago: none since 50 days ago, and none in force a year from now.
    expect((await volume({ productId: offer.productId, filter: { signedAfter: iso(-50) } })).n).toBe(0);
    expect((await volume({ productId: offer.productId, filter: { activeOn: iso(800) } })).n).toBe(0);
    // Across every product, this one is listed with its own ρ.
    const all = await volume({});
    expect(all.products).toContainEqual({ productId: offer.productId, n: 5, spearman: -0.9 });
  });

  it('gives tied values their average rank', async () => {
    const offer = await supplierWithProduct(central);
    // Quantity ranks 1.5 1.5 3, price ranks 3 1.5 1.5: Pearson of the ranks, −0.75 ÷ 1.5 = −0.5.
    await lines(offer, [
      ['100', '50'],
      ['100', '40'],
      ['200', '40'],
    ]);
    expect(await volume({ productId: offer.productId })).toMatchObject({ n: 3, spearman: -0.5 });
  });

  it('says nothing of fewer than 3 lines', async () => {
    const offer = await supplierWithProduct(central);
    await lines(offer, [['10', '5']]);
    expect(await volume({ productId: offer.productId })).toMatchObject({ n: 0, spearman: null });
  });
});
