import { beforeAll, describe, expect, it } from 'vitest';
import { signInAs, supplierWithProduct } from '../../../../test/catalogue.js';
import { createdContract, oneLineContractInput } from '../../../../test/contracts.js';
import type { SignedInClient } from '../../../../test/test-server.js';
import { useTestServer } from '../../../../test/test-server.js';
import { Product } from '../../catalogue/product.entity.js';

const server = useTestServer();

const COLLABORATION = /* GraphQL */ `
  query ($input: CollaborationOpportunitiesInput!) {
    collaborationOpportunities(input: $input) {
      areaCode
      category
      firstEndDate
      lastEndDate
      trustCount
      members {
        trustOdsCode
        endDate
        own
        contractId
      }
      suppliers
      combinedAnnualValue {
        amount
      }
      bestUnitPrice {
        amount
      }
      bestPriceProduct
    }
  }
`;
type Group = {
  areaCode: string;
  category: string;
  firstEndDate: string;
  lastEndDate: string;
  trustCount: number;
  members: { trustOdsCode: string; endDate: string; own: boolean; contractId: string | null }[];
  suppliers: string[];
  combinedAnnualValue: { amount: string };
  bestUnitPrice: { amount: string } | null;
  bestPriceProduct: string | null;
};

const iso = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

describe('collaborationOpportunities', () => {
  let central: SignedInClient;
  let royalFree: SignedInClient;
  let offer: Awaited<ReturnType<typeof supplierWithProduct>>;

  async function contractFor(odsCode: string, endsIn: number, price: string, visibility = 'NAMED') {
    await createdContract(
      central,
      oneLineContractInput(
        offer,
        { buyerOdsCode: odsCode, unitPrice: price, visibility },
        { startDate: iso(-300), endDate: iso(endsIn) },
      ),
    );
  }

  const groups = async (as: SignedInClient, windowMonths = 3, category: string | null = 'LIMS') => {
    const res = await as.gql<{ collaborationOpportunities: Group[] }>(COLLABORATION, {
      input: { category, windowMonths, scope: 'REGION' },
    });
    expect(res.errors).toBeUndefined();
    return res.data!.collaborationOpportunities.filter((g) => g.areaCode === 'Y56');
  };

  beforeAll(async () => {
    central = await signInAs(server(), 'CENTRAL_COMMERCIAL', 'X24');
    royalFree = await signInAs(server(), 'TRUST_PROCUREMENT', 'RAL');
    offer = await supplierWithProduct(central, { category: 'LIMS' });
    // London: the Royal Free and Barts end a month apart; the Royal National Orthopaedic and
    // Hillingdon over a year later; Homerton's PRIVATE contract ends between the first two.
    await contractFor('RAL', 200, '50');
    await contractFor('R1H', 230, '40');
    await contractFor('RQX', 215, '10', 'PRIVATE');
    await contractFor('RAN', 600, '70');
    await contractFor('RAS', 620, '65');
    // Bristol, in the South West, alone in its region.
    await contractFor('RA7', 210, '45');
  });

  it('groups a trust with neighbours whose contracts end within the window, without PRIVATE ones', async () => {
    const [group, ...rest] = await groups(royalFree);
    expect(rest).toEqual([]);
    expect(group!.members.map((m) => [m.trustOdsCode, m.own])).toEqual([
      ['RAL', true],
      ['R1H', false],
    ]);
    expect([group!.firstEndDate, group!.lastEndDate, group!.trustCount]).toEqual([iso(200), iso(230), 2]);
    // 100 users at 50 and at 40 a year; the best price either pays is Barts' 40.
    expect(group!.combinedAnnualValue.amount).toBe('9000.00');
    expect(group!.bestUnitPrice?.amount).toBe('40.0000');
    expect(group!.bestPriceProduct).toContain('Fixture Record');
    expect(group!.suppliers).toHaveLength(1);
  });

  it('shows central users every group, PRIVATE contracts included', async () => {
    const found = await groups(central);
    // Largest first: 100 users at 70 and 65 (13,500 a year), then at 50, 10 and 40 (10,000).
    expect(found.map((g) => g.members.map((m) => m.trustOdsCode))).toEqual([
      ['RAN', 'RAS'],
      ['RAL', 'RQX', 'R1H'],
    ]);
    expect(found.map((g) => g.combinedAnnualValue.amount)).toEqual(['13500.00', '10000.00']);
    expect(found[1]!.bestUnitPrice?.amount).toBe('10.0000');
  });

  it('chains end dates each within the window of the one before', async () => {
    // Thirteen months joins everything in London: 200, 215, 230, then 600 (370 days on) and 620.
    const wide = await groups(central, 13);
    expect(wide.map((g) => g.trustCount)).toEqual([5]);
  });

  it('groups every category separately when none is given, naming only the viewer’s own contracts', async () => {
    const all = await groups(royalFree, 3, null);
    const lims = all.filter((g) => g.category === 'LIMS');
    expect(lims.map((g) => g.members.map((m) => m.trustOdsCode))).toEqual([['RAL', 'R1H']]);
    expect(all.every((g) => g.members.some((m) => m.own))).toBe(true);
    const [own, other] = lims[0]!.members;
    expect(own!.contractId).toEqual(expect.any(String));
    expect(other!.contractId).toBeNull();
    const asCentral = (await groups(central, 3, null)).filter((g) => g.category === 'LIMS');
    expect(asCentral.flatMap((g) => g.members).every((m) => m.contractId !== null)).toBe(true);
  });

  it('orders a trust user’s groups by what they may see, never by the prices withheld from them', async () => {
    // Two categories in London with the Royal Free in each: in PACS_RIS, one other trust's ANONYMOUS
    // contract (fewer than k trusts, so withheld) worth far more than everything else; in EPMA, a
    // NAMED one. Ordered by the withheld value, PACS_RIS would come first and give it away.
    const pacs = await supplierWithProduct(central, { category: 'PACS_RIS' });
    const epma = await supplierWithProduct(central, { category: 'EPMA' });
    const contract = (o: typeof pacs, odsCode: string, price: string, visibility: string) =>
      createdContract(
        central,
        oneLineContractInput(
          o,
          { buyerOdsCode: odsCode, unitPrice: price, visibility },
          { startDate: iso(-300), endDate: iso(300) },
        ),
      );
    await contract(pacs, 'RAL', '1', 'NAMED');
    await contract(pacs, 'R1H', '1000', 'ANONYMOUS');
    await contract(epma, 'RAL', '10', 'NAMED');
    await contract(epma, 'RAN', '20', 'NAMED');

    const seen = (await groups(royalFree, 3, null)).filter((g) => ['PACS_RIS', 'EPMA'].includes(g.category));
    expect(seen.map((g) => [g.category, g.combinedAnnualValue.amount])).toEqual([
      ['EPMA', '3000.00'],
      ['PACS_RIS', '100.00'],
    ]);
    expect(seen[1]!.bestUnitPrice).toBeNull();
  });

  it('names the same best-priced product every time when two tie: the first by name', async () => {
    // Two groups, each with two products that both trusts buy at the same price (a tie on trusts
    // and on price): in one the first by name is the product made first, in the other the one made
    // second, so no order of rows but the name's can answer both.
    const em = server().server.orm.em.fork();
    for (const [category, names] of [
      ['PATIENT_FLOW', ['Alpha Flow', 'Beta Flow']],
      ['DIGITAL_DICTATION', ['Zulu Dictation', 'Echo Dictation']],
    ] as const) {
      const made = [
        await supplierWithProduct(central, { category }),
        await supplierWithProduct(central, { category }),
      ];
      for (const [i, o] of made.entries()) {
        await em.nativeUpdate(Product, { id: o.productId }, { name: names[i]! });
        for (const odsCode of ['RAL', 'R1H']) {
          await createdContract(
            central,
            oneLineContractInput(
              o,
              { buyerOdsCode: odsCode, unitPrice: '30', visibility: 'NAMED' },
              { startDate: iso(-300), endDate: iso(250) },
            ),
          );
        }
      }
      const [group] = await groups(central, 3, category);
      expect(group!.bestUnitPrice?.amount).toBe('30.0000');
      expect(group!.bestPriceProduct).toBe([...names].sort()[0]);
    }
  });

  it('refuses a window outside 1 to 36 months', async () => {
    const res = await royalFree.gql(COLLABORATION, {
      input: { category: 'LIMS', windowMonths: 0, scope: 'ICB' },
    });
    expect(res.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });
});
