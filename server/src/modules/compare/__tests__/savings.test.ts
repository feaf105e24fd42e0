import { beforeAll, describe, expect, it } from 'vitest';
import { signInAs, supplierWithProduct } from '../../../../test/catalogue.js';
import { contractInput, createdContract, oneLineContractInput } from '../../../../test/contracts.js';
import type { SignedInClient } from '../../../../test/test-server.js';
import { useTestServer } from '../../../../test/test-server.js';
import { AuditEvent } from '../../audit/audit-event.entity.js';

const server = useTestServer();

const SAVINGS = /* GraphQL */ `
  query ($input: SavingsOpportunitiesInput!) {
    savingsOpportunities(input: $input) {
      lineCount
      totalAnnualSaving {
        amount
      }
      opportunities {
        trustOdsCode
        item
        unitPrice {
          amount
        }
        targetPrice {
          amount
        }
        annualSaving {
          amount
        }
        comparedTrusts
      }
      byTrust {
        key
        lineCount
        annualSaving {
          amount
        }
      }
      byCategory {
        key
        annualSaving {
          amount
        }
      }
      byRegion {
        key
        label
        lineCount
        annualSaving {
          amount
        }
      }
      byIcb {
        key
        label
        lineCount
        annualSaving {
          amount
        }
      }
      bySupplier {
        label
        annualSaving {
          amount
        }
      }
    }
  }
`;

type Total = { key: string; label: string; lineCount: number; annualSaving: { amount: string } };
type Savings = {
  lineCount: number;
  totalAnnualSaving: { amount: string };
  opportunities: {
    trustOdsCode: string;
    item: string;
    unitPrice: { amount: string };
    targetPrice: { amount: string };
    annualSaving: { amount: string };
    comparedTrusts: number;
  }[];
  byTrust: { key: string; lineCount: number; annualSaving: { amount: string } }[];
  byCategory: { key: string; annualSaving: { amount: string } }[];
  byRegion: Total[];
  byIcb: Total[];
  bySupplier: { label: string; annualSaving: { amount: string } }[];
};

/**
 * Contracts in force today (the opportunities compare what is paid now), a year's licence per user.
 * Every figure below is worked by hand from these.
 */
const today = new Date();
const iso = (d: Date) => d.toISOString().slice(0, 10);
const start = iso(new Date(today.getTime() - 200 * 86_400_000));
const end = iso(new Date(today.getTime() + 900 * 86_400_000));

describe('savingsOpportunities', () => {
  let central: SignedInClient;
  let royalFree: SignedInClient;
  let offer: Awaited<ReturnType<typeof supplierWithProduct>>;
  let other: Awaited<ReturnType<typeof supplierWithProduct>>;

  async function contractFor(
    odsCode: string,
    price: string,
    options: { visibility?: string; quantity?: string; product?: typeof offer } = {},
  ) {
    const { product = offer, ...line } = options;
    await createdContract(
      central,
      oneLineContractInput(
        product,
        { buyerOdsCode: odsCode, unitPrice: price, visibility: 'NAMED', ...line },
        { startDate: start, endDate: end },
      ),
    );
  }

  const savings = async (as: SignedInClient, input: Record<string, unknown>) => {
    const res = await as.gql<{ savingsOpportunities: Savings }>(SAVINGS, { input });
    expect(res.errors).toBeUndefined();
    return res.data!.savingsOpportunities;
  };

  beforeAll(async () => {
    central = await signInAs(server(), 'CENTRAL_COMMERCIAL', 'X24');
    royalFree = await signInAs(server(), 'TRUST_PROCUREMENT', 'RAL');
    offer = await supplierWithProduct(central, { category: 'PACS_RIS' });
    other = await supplierWithProduct(central, { category: 'PACS_RIS' });
    // The product: Royal Free 80 for 100 users, Barts 40, Royal National Orthopaedic 60, Hillingdon
    // 100 (PRIVATE: others never compare with it). Median of 40 60 80 = 60.
    await contractFor('RAL', '80');
    await contractFor('R1H', '40');
    await contractFor('RAN', '60');
    await contractFor('RAS', '100', { visibility: 'PRIVATE' });
    // Another product only the Royal Free buys: nothing to compare it with, so no opportunity.
    await contractFor('RAL', '500', { product: other });
  });

  it('lists a trust’s lines above the median of what others pay, with the saving a year', async () => {
    const s = await savings(royalFree, { scope: 'TRUST', target: 'MEDIAN' });
    // (80 − 60) ÷ 80 of a £8,000 annual cost: £2,000.
    expect(s.opportunities).toEqual([
      {
        trustOdsCode: 'RAL',
        item: expect.stringContaining('Fixture Record'),
        unitPrice: { amount: '80.0000' },
        targetPrice: { amount: '60.0000' },
        annualSaving: { amount: '2000.00' },
        comparedTrusts: 3,
      },
    ]);
    expect([s.lineCount, s.totalAnnualSaving.amount]).toEqual([1, '2000.00']);
    expect(s.byTrust).toEqual([{ key: 'RAL', lineCount: 1, annualSaving: { amount: '2000.00' } }]);
    expect(s.byCategory).toEqual([{ key: 'PACS_RIS', annualSaving: { amount: '2000.00' } }]);
  });

  it('measures against the best price and the lower quartile too', async () => {
    const best = await savings(royalFree, { scope: 'TRUST', target: 'BEST' });
    expect(best.opportunities[0]!.annualSaving.amount).toBe('4000.00'); // (80 − 40) × 100
    const lower = await savings(royalFree, { scope: 'TRUST', target: 'LOWER_QUARTILE' });
    expect(lower.opportunities[0]!.targetPrice.amount).toBe('50.0000'); // 40 + ½(60 − 40)
    expect(lower.opportunities[0]!.annualSaving.amount).toBe('3000.00');
  });

  it('adds up a region for central users, PRIVATE prices included, by trust and supplier', async () => {
    const s = await savings(central, {
      scope: 'REGION',
      code: 'Y56',
      target: 'MEDIAN',
      categories: ['PACS_RIS'],
    });
    // Central users compare with every price: 40 60 80 100, median 70. Above it: Royal Free 80
    // ((80 − 70) × 100 = 1,000) and Hillingdon 100 (3,000).
    const mine = s.opportunities.filter((o) => o.item.includes('Fixture Record'));
    expect(mine.map((o) => [o.trustOdsCode, o.annualSaving.amount])).toEqual([
      ['RAS', '3000.00'],
      ['RAL', '1000.00'],
    ]);
    expect(s.byTrust.find((t) => t.key === 'RAS')?.annualSaving.amount).toBe('3000.00');
    expect(s.bySupplier.length).toBeGreaterThan(0);
    // One region, the whole of it; its ICBs add up to the same, each named.
    expect(s.byRegion).toEqual([
      { key: 'Y56', label: 'London', lineCount: s.lineCount, annualSaving: s.totalAnnualSaving },
    ]);
    expect(s.byIcb.length).toBeGreaterThan(0);
    expect(s.byIcb.reduce((sum, t) => sum + t.lineCount, 0)).toBe(s.lineCount);
    expect(s.byIcb.reduce((sum, t) => sum + Number(t.annualSaving.amount), 0)).toBeCloseTo(
      Number(s.totalAnnualSaving.amount),
      2,
    );
    expect(s.byIcb.every((t) => /Integrated Care Board$/.test(t.label))).toBe(true);
  });

  it('keeps trust users to their own trust', async () => {
    const res = await royalFree.gql(SAVINGS, { input: { scope: 'REGION', code: 'Y56', target: 'MEDIAN' } });
    expect(res.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const another = await royalFree.gql(SAVINGS, {
      input: { scope: 'TRUST', code: 'R1H', target: 'MEDIAN' },
    });
    expect(another.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('answers in the same number of statements however many lines there are', async () => {
    const statements = async () => {
      server().queries.reset();
      await savings(central, { scope: 'NATIONAL', target: 'MEDIAN' });
      return server().queries.statements.filter((s) => !/^(begin|commit|rollback)/i.test(s)).length;
    };
    const few = await statements();
    await contractFor('RJ1', '90');
    await contractFor('RJ2', '95');
    expect(await statements()).toBe(few);
  });

  it('records every view by a trust user in the audit trail, even of a kept answer, and none by central users', async () => {
    const em = server().server.orm.em.fork();
    const count = () => em.count(AuditEvent, { action: 'viewSavingsOpportunities' });
    const before = await count();
    const input = { scope: 'TRUST', target: 'MEDIAN', categories: ['PACS_RIS'] };
    await savings(royalFree, input);
    await savings(royalFree, input);
    await savings(central, { scope: 'NATIONAL', target: 'MEDIAN' });
    expect(await count()).toBe(before + 2);
    const [event] = await em.find(
      AuditEvent,
      { action: 'viewSavingsOpportunities' },
      { orderBy: { id: 'desc' }, limit: 1 },
    );
    const me = await royalFree.gql<{
      me: { user: { id: string }; activeMembership: { id: string; organisation: { id: string } } };
    }>('{ me { user { id } activeMembership { id organisation { id } } } }');
    expect(event).toMatchObject({
      actorUserId: me.data!.me.user.id,
      membershipId: me.data!.me.activeMembership.id,
      entityType: 'Organisation',
      entityId: me.data!.me.activeMembership.organisation.id,
      changes: { before: null, after: input },
      requestId: expect.any(String),
    });
  });

  it('ranks by the saving as a number, largest first', async () => {
    // Every price now: 40 60 80 90 95 100, median 85. Above it: 90 (500 a year), 95 (1,000) and
    // 100 (1,500). The two largest, not the two first as text ("500.00" before "1500.00").
    const s = await savings(central, {
      scope: 'NATIONAL',
      target: 'MEDIAN',
      categories: ['PACS_RIS'],
      first: 2,
    });
    expect(s.opportunities.map((o) => o.annualSaving.amount)).toEqual(['1500.00', '1000.00']);
    expect(s.lineCount).toBe(3);
  });

  it('names the role and grade of a day rate, so it can be compared', async () => {
    const dayRate = (odsCode: string, unitPrice: string) =>
      createdContract(
        central,
        contractInput(offer, {
          buyerOdsCode: odsCode,
          priceVisibility: 'NAMED',
          startDate: start,
          endDate: end,
          maxEndDate: null,
          lines: [
            {
              lineReference: 'L1',
              description: 'Clinical safety case review',
              role: 'Clinical safety officer',
              grade: 'Senior',
              pricingUnit: 'PER_DAY',
              billingPeriod: 'ONE_OFF',
              quantity: '20',
              unitPrice,
            },
          ],
        }),
      );
    await dayRate('RAL', '900');
    await dayRate('R1H', '700');
    await dayRate('RAN', '800');
    const res = await royalFree.gql<{
      savingsOpportunities: { opportunities: Record<string, unknown>[] };
    }>(
      /* GraphQL */ `
        query ($input: SavingsOpportunitiesInput!) {
          savingsOpportunities(input: $input) {
            opportunities {
              item
              productId
              serviceRole
              grade
              pricingUnit
              unitPrice {
                amount
              }
              targetPrice {
                amount
              }
            }
          }
        }
      `,
      { input: { scope: 'TRUST', target: 'MEDIAN', categories: ['PROFESSIONAL_SERVICES'] } },
    );
    expect(res.errors).toBeUndefined();
    expect(res.data!.savingsOpportunities.opportunities).toEqual([
      {
        item: 'Clinical safety officer (Senior)',
        productId: null,
        serviceRole: 'Clinical safety officer',
        grade: 'Senior',
        pricingUnit: 'PER_DAY',
        unitPrice: { amount: '900.0000' },
        targetPrice: { amount: '800.0000' },
      },
    ]);
  });
  it('keeps an answer while nothing it reads changes, and computes it again when a contract does', async () => {
    const ask = async () => {
      server().queries.reset();
      const s = await savings(central, { scope: 'NATIONAL', target: 'BEST', categories: ['PACS_RIS'] });
      const statements = server().queries.statements.filter((q) => !/^(begin|commit|rollback)/i.test(q));
      return { s, statements };
    };
    const first = await ask();
    const again = await ask();
    // Kept: past the session look-up, only the comparison version is read.
    const past = (statements: string[]) => statements.filter((q) => !/from "session"/.test(q));
    expect(past(again.statements)).toEqual([expect.stringMatching(/comparison_version_seq/)]);
    expect(again.s).toEqual(first.s);
    // A new contract above the best price: the next answer counts it.
    await contractFor('RJ7', '99');
    const after = await ask();
    expect(past(after.statements).length).toBeGreaterThan(1);
    expect(after.s.lineCount).toBe(first.s.lineCount + 1);
  });
});
