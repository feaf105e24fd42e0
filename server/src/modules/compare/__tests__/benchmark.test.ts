import { beforeAll, describe, expect, it } from 'vitest';
import { publishedFramework, signInAs, supplierWithProduct } from '../../../../test/catalogue.js';
import { createdContract, oneLineContractInput } from '../../../../test/contracts.js';
import type { SignedInClient } from '../../../../test/test-server.js';
import { useTestServer } from '../../../../test/test-server.js';
import { AuditEvent } from '../../audit/audit-event.entity.js';
import { summaryOf } from '../benchmark.service.js';

const server = useTestServer();

const BENCHMARK = /* GraphQL */ `
  query ($input: PriceBenchmarkInput!) {
    priceBenchmark(input: $input) {
      subject
      trustCount
      lineCount
      minimumAnonymousTrusts
      anonymousWithheld
      summary {
        minimum {
          amount
        }
        lowerQuartile {
          amount
        }
        median {
          amount
        }
        upperQuartile {
          amount
        }
        maximum {
          amount
        }
        mean {
          amount
        }
      }
      ownLines {
        contractReference
        lineReference
        annualUnitPrice {
          amount
        }
        percentile
      }
      savings {
        target
        targetPrice {
          amount
        }
        annualSaving {
          amount
        }
      }
      points {
        annualUnitPrice {
          amount
        }
        trustName
        trustOdsCode
        supplierName
        own
      }
    }
  }
`;

type Benchmark = {
  subject: string;
  trustCount: number;
  lineCount: number;
  minimumAnonymousTrusts: number;
  anonymousWithheld: boolean;
  summary: Record<string, { amount: string }> | null;
  ownLines: {
    contractReference: string;
    lineReference: string;
    annualUnitPrice: { amount: string };
    percentile: number;
  }[];
  savings: { target: string; targetPrice: { amount: string } | null; annualSaving: { amount: string } }[];
  points: {
    annualUnitPrice: { amount: string };
    trustName: string | null;
    trustOdsCode: string | null;
    supplierName: string | null;
    own: boolean;
  }[];
};

const figures = (b: Benchmark) =>
  b.summary && Object.fromEntries(Object.entries(b.summary).map(([k, v]) => [k, Number(v.amount)]));

describe('priceBenchmark', () => {
  let central: SignedInClient;
  let royalFree: SignedInClient;
  let offer: Awaited<ReturnType<typeof supplierWithProduct>>;

  /** One contract for `odsCode`: 100 users at `price` a year each. */
  async function contractFor(
    odsCode: string,
    price: string,
    options: { visibility?: string; suppressed?: boolean } = {},
  ) {
    await createdContract(
      central,
      oneLineContractInput(offer, { buyerOdsCode: odsCode, unitPrice: price, ...options }),
    );
  }

  const benchmark = async (as: SignedInClient, input: Record<string, unknown> = {}) => {
    const res = await as.gql<{ priceBenchmark: Benchmark }>(BENCHMARK, {
      input: {
        productId: offer.productId,
        pricingUnit: 'PER_USER',
        filter: { activeOn: '2026-06-01' },
        ...input,
      },
    });
    expect(res.errors).toBeUndefined();
    return res.data!.priceBenchmark;
  };

  beforeAll(async () => {
    central = await signInAs(server(), 'CENTRAL_COMMERCIAL', 'X24');
    royalFree = await signInAs(server(), 'TRUST_PROCUREMENT', 'RAL');
    offer = await supplierWithProduct(central);
    await contractFor('RAL', '60', { visibility: 'PRIVATE' }); // the viewer's own, even PRIVATE
    await contractFor('R1H', '40', { visibility: 'NAMED' });
    await contractFor('RAN', '50', { visibility: 'NAMED' });
    for (const [ods, price] of [
      ['RAS', '30'],
      ['RAT', '45'],
      ['RAX', '55'],
      ['RF4', '70'],
    ] as const) {
      await contractFor(ods, price);
    }
    await contractFor('RJ1', '10', { visibility: 'PRIVATE' });
    await contractFor('RJ2', '5', { visibility: 'NAMED', suppressed: true });
  });

  it('leaves out anonymous prices of fewer than k trusts, PRIVATE ones and suppressed lines', async () => {
    const b = await benchmark(royalFree);
    expect(b.minimumAnonymousTrusts).toBe(5);
    expect(b.anonymousWithheld).toBe(true);
    // Royal Free 60, Barts 40 and the Royal National Orthopaedic 50, all of them named to it.
    expect([b.trustCount, b.lineCount]).toEqual([3, 3]);
    expect(figures(b)).toEqual({
      minimum: 40,
      lowerQuartile: 45,
      median: 50,
      upperQuartile: 55,
      maximum: 60,
      mean: 50,
    });
    expect(b.points.map((p) => [p.annualUnitPrice.amount, p.trustOdsCode, p.own])).toEqual([
      ['40.0000', 'R1H', false],
      ['50.0000', 'RAN', false],
      ['60.0000', 'RAL', true],
    ]);
    expect(b.ownLines).toEqual([
      expect.objectContaining({
        lineReference: 'L1',
        annualUnitPrice: { amount: '60.0000' },
        percentile: 83.3,
      }),
    ]);
    // 100 users at 60 a year: 10 a user above the median is 1,000 a year.
    expect(b.savings.map((s) => [s.target, s.targetPrice?.amount ?? null, s.annualSaving.amount])).toEqual([
      ['MEDIAN', '50.0000', '1000.00'],
      ['LOWER_QUARTILE', '45.0000', '1500.00'],
      ['BEST', '40.0000', '2000.00'],
      ['CEILING', null, '0.00'],
    ]);
  });

  it('counts anonymous prices once k trusts have them, without naming them', async () => {
    await contractFor('RJ6', '65');
    const b = await benchmark(royalFree);
    expect(b.anonymousWithheld).toBe(false);
    expect([b.trustCount, b.lineCount]).toEqual([8, 8]);
    // 30 40 45 50 55 60 65 70: h = 7p, interpolated between neighbours.
    expect(figures(b)).toEqual({
      minimum: 30,
      lowerQuartile: 43.75,
      median: 52.5,
      upperQuartile: 61.25,
      maximum: 70,
      mean: 51.875,
    });
    const anonymous = b.points.filter((p) => p.trustName === null);
    expect(anonymous.map((p) => p.annualUnitPrice.amount)).toEqual([
      '30.0000',
      '45.0000',
      '55.0000',
      '65.0000',
      '70.0000',
    ]);
    expect(anonymous.every((p) => p.trustOdsCode === null && p.supplierName === null && !p.own)).toBe(true);
    expect(
      b.points.some((p) => p.annualUnitPrice.amount === '10.0000' || p.annualUnitPrice.amount === '5.0000'),
    ).toBe(false);
    // Five of eight below 60, none equal but itself: (5 + ½) ÷ 8.
    expect(b.ownLines[0]!.percentile).toBe(68.8);
  });

  it('shows central users every price but suppressed ones, named, with no savings of their own', async () => {
    const b = await benchmark(central);
    expect(b.anonymousWithheld).toBe(false);
    expect(b.lineCount).toBe(9);
    expect(b.points.every((p) => p.trustName !== null)).toBe(true);
    expect(b.points[0]!.trustOdsCode).toBe('RJ1');
    expect([b.ownLines, b.savings]).toEqual([[], []]);
  });

  it('narrows by region and by the day in force', async () => {
    const elsewhere = await benchmark(royalFree, {
      filter: { activeOn: '2026-06-01', regionCodes: ['Y58'] },
    });
    expect([elsewhere.lineCount, elsewhere.summary]).toEqual([0, null]);
    const before = await benchmark(royalFree, { filter: { activeOn: '2025-06-01' } });
    expect(before.lineCount).toBe(0);
  });

  it('records every view by a trust user in the audit trail, even of a kept answer, and none by central users', async () => {
    const em = server().server.orm.em.fork();
    const count = () => em.count(AuditEvent, { action: 'viewPriceBenchmark', entityId: offer.productId });
    const before = await count();
    const seen = await benchmark(royalFree);
    expect(await benchmark(royalFree)).toEqual(seen);
    await benchmark(central);
    expect(await count()).toBe(before + 2);
    // Who looked, as whom, at what, and whether anonymous prices were withheld from them.
    const [event] = await em.find(
      AuditEvent,
      { action: 'viewPriceBenchmark', entityId: offer.productId },
      { orderBy: { id: 'desc' }, limit: 1 },
    );
    const me = await royalFree.gql<{ me: { user: { id: string }; activeMembership: { id: string } } }>(
      '{ me { user { id } activeMembership { id } } }',
    );
    expect(event).toMatchObject({
      actorUserId: me.data!.me.user.id,
      membershipId: me.data!.me.activeMembership.id,
      entityType: 'Product',
      changes: {
        before: null,
        after: {
          productId: offer.productId,
          pricingUnit: 'PER_USER',
          filter: { activeOn: '2026-06-01' },
          anonymousWithheld: seen.anonymousWithheld,
        },
      },
      requestId: expect.any(String),
    });
  });

  it('answers in the same number of statements however many prices there are, and sees a new price at once', async () => {
    let lines = 0;
    const statements = async () => {
      server().queries.reset();
      lines = (await benchmark(royalFree)).lineCount;
      return server().queries.statements.filter((s) => !/^(begin|commit|rollback)/i.test(s)).length;
    };
    await contractFor('RJ6', '52'); // so that the first answer is computed too, not one kept
    const few = await statements();
    const linesBefore = lines;
    for (const ods of ['RJ7', 'RJZ', 'RKE']) await contractFor(ods, '48');
    expect(await statements()).toBe(few);
    expect(lines).toBe(linesBefore + 3);
    // Asked again with nothing changed: the kept answer, without computing it.
    expect(await statements()).toBeLessThan(few);
  });

  it('places the trust’s own price among equal ones half-way: below it, and half of those equal to it', async () => {
    await contractFor('RK9', '60');
    const b = await benchmark(royalFree);
    const prices = b.points.map((p) => Number(p.annualUnitPrice.amount));
    const below = prices.filter((p) => p < 60).length;
    const equal = prices.filter((p) => p === 60).length;
    expect(equal).toBe(2);
    expect(b.ownLines[0]!.percentile).toBe(Math.round((1000 * (below + equal / 2)) / prices.length) / 10);
  });

  it('sees a framework price published after an answer was kept, at once', async () => {
    const ceilingTarget = async () =>
      (await benchmark(royalFree)).savings.find((s) => s.target === 'CEILING')!.targetPrice;
    expect(await ceilingTarget()).toBeNull();
    expect(await ceilingTarget()).toBeNull(); // kept
    await publishedFramework(central, offer); // a ceiling of 12.50 a user a year for the product
    expect(await ceilingTarget()).toEqual({ amount: '12.5000' });
  });

  it.each([
    [{ category: 'EPR' }, 'exactly one of'],
    [{ productId: 'not-an-id' }, 'There is no such product.'],
    [{ productId: null, serviceRole: 'Solution architect' }, 'priced PER_DAY'],
    [{ productId: null, category: 'EPR', grade: 'Senior' }, 'give the role too'],
  ])('refuses %o with a clear message', async (input, message) => {
    const res = await royalFree.gql(BENCHMARK, {
      input: { productId: offer.productId, pricingUnit: 'PER_USER', ...input },
    });
    expect(res.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toContain(message);
  });
});

describe('the quartiles', () => {
  const em = () => server().server.orm.em.fork();

  it.each([
    ['one price', ['42'], { minimum: 42, lowerQuartile: 42, median: 42, upperQuartile: 42, maximum: 42 }],
    ['an odd count', ['1', '2', '3', '4', '5'], { lowerQuartile: 2, median: 3, upperQuartile: 4 }],
    ['an even count', ['1', '2', '3', '4'], { lowerQuartile: 1.75, median: 2.5, upperQuartile: 3.25 }],
    ['ties', ['10', '10', '10', '20'], { lowerQuartile: 10, median: 10, upperQuartile: 12.5 }],
    [
      'four decimal places',
      ['0.0004', '0.0008'],
      { lowerQuartile: 0.0005, median: 0.0006, upperQuartile: 0.0007 },
    ],
  ])('interpolate as percentile_cont does: %s', async (_label, prices, expected) => {
    const summary = await summaryOf(em(), prices);
    expect(summary).toMatchObject(expected);
    // And agree with PostgreSQL's own, to 4 decimal places.
    const [pg] = await em()
      .getConnection()
      .execute<{ q: number[] }[]>(
        'select percentile_cont(array[0.25, 0.5, 0.75]) within group (order by x) as q from unnest(?::numeric[]) as x',
        [`{${prices.join(',')}}`],
      );
    expect([summary.lowerQuartile, summary.median, summary.upperQuartile]).toEqual(
      pg!.q.map((q) => Math.round(q * 10_000) / 10_000),
    );
  });
});
