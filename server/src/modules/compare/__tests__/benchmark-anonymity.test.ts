import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { signInAs, supplierWithProduct } from '../../../../test/catalogue.js';
import { CONTRACT, createdContract, oneLineContractInput } from '../../../../test/contracts.js';
import type { SignedInClient } from '../../../../test/test-server.js';
import { useTestServer } from '../../../../test/test-server.js';
import { Organisation } from '../../organisations/organisation.entity.js';

const server = useTestServer();
const K = 5;

/** London (Y56) and South West (Y58) trusts; the viewer is the Royal Free. */
const POOL = [
  'R1H',
  'RAN',
  'RAS',
  'RAT',
  'RAX',
  'RF4',
  'RJ1',
  'RJ2',
  'RJ6',
  'RJ7',
  'R0D',
  'RA7',
  'RA9',
  'RBD',
  'RD1',
];
const VIEWER = 'RAL';

type Entry = {
  ods: string;
  visibility: 'NAMED' | 'ANONYMOUS' | 'PRIVATE';
  price: number;
  suppressed: boolean;
};

const entries = fc.array(
  fc.record({
    ods: fc.constantFrom(VIEWER, ...POOL),
    visibility: fc.constantFrom(
      'NAMED' as const,
      'ANONYMOUS' as const,
      'ANONYMOUS' as const,
      'PRIVATE' as const,
    ),
    price: fc.integer({ min: 1, max: 300 }),
    suppressed: fc.constantFrom(false, false, false, true),
  }),
  { maxLength: 14 },
);

describe('k-anonymity of price benchmarks, and tenant isolation on the other read paths (property)', () => {
  let central: SignedInClient;
  let viewer: SignedInClient;
  const orgs = new Map<string, { region: string | null; trustType: string | null }>();

  beforeAll(async () => {
    central = await signInAs(server(), 'CENTRAL_COMMERCIAL', 'X24');
    viewer = await signInAs(server(), 'TRUST_PROCUREMENT', VIEWER);
    const found = await server()
      .server.orm.em.fork()
      .find(Organisation, { odsCode: { $in: [VIEWER, ...POOL] } });
    for (const o of found)
      orgs.set(o.odsCode, { region: o.region?.unwrap().code ?? null, trustType: o.trustType });
  });

  it('never shows anonymous prices of fewer than k trusts, whatever the data and the filter', async () => {
    const types = [...new Set([...orgs.values()].map((o) => o.trustType).filter((t) => t !== null))];
    await fc.assert(
      fc.asyncProperty(
        entries,
        fc.subarray(['Y56', 'Y58']),
        fc.subarray(types),
        async (data: Entry[], regionCodes, trustTypes) => {
          const offer = await supplierWithProduct(central);
          const ids: string[] = [];
          for (const [i, e] of data.entries()) {
            const made = await createdContract(
              central,
              oneLineContractInput(
                offer,
                {
                  buyerOdsCode: e.ods,
                  unitPrice: String(e.price),
                  quantity: '10',
                  visibility: e.visibility,
                  suppressed: e.suppressed,
                },
                { reference: `K-${offer.productId.slice(0, 8)}-${i}` },
              ),
            );
            ids.push(made.id);
          }
          const res = await viewer.gql<{
            priceBenchmark: {
              lineCount: number;
              anonymousWithheld: boolean;
              points: { trustOdsCode: string | null; own: boolean }[];
            };
          }>(
            `query ($input: PriceBenchmarkInput!) { priceBenchmark(input: $input) { lineCount anonymousWithheld points { trustOdsCode own } } }`,
            {
              input: {
                productId: offer.productId,
                pricingUnit: 'PER_USER',
                filter: { activeOn: '2026-06-01', regionCodes, trustTypes },
              },
            },
          );
          expect(res.errors).toBeUndefined();
          const b = res.data!.priceBenchmark;

          const matches = (e: Entry) => {
            const o = orgs.get(e.ods)!;
            return (
              !e.suppressed &&
              (!regionCodes.length || regionCodes.includes(o.region ?? '')) &&
              (!trustTypes.length || trustTypes.includes(o.trustType!))
            );
          };
          const own = data.filter((e) => e.ods === VIEWER && matches(e));
          const others = data.filter((e) => e.ods !== VIEWER && matches(e));
          const named = others.filter((e) => e.visibility === 'NAMED');
          const anonymous = others.filter((e) => e.visibility === 'ANONYMOUS');
          const anonymousTrusts = new Set(anonymous.map((e) => e.ods)).size;
          const shown = anonymousTrusts >= K;

          const unnamed = b.points.filter((p) => p.trustOdsCode === null);
          // Anonymous prices appear only as a group of at least k trusts' prices, never fewer.
          expect(unnamed.length).toBe(shown ? anonymous.length : 0);
          expect(b.anonymousWithheld).toBe(anonymousTrusts > 0 && !shown);
          // PRIVATE and suppressed prices of other trusts are never counted.
          expect(b.lineCount).toBe(own.length + named.length + (shown ? anonymous.length : 0));
          // Only NAMED contracts and the viewer's own are named.
          const namedOthers = b.points
            .filter((p) => p.trustOdsCode !== null && !p.own)
            .map((p) => p.trustOdsCode);
          expect(namedOthers.sort()).toEqual(named.map((e) => e.ods).sort());

          // The other read paths over the same data: another trust's contract is never readable by
          // id, whatever its visibility, and a PRIVATE one is never published as open data.
          for (const [i, e] of data.entries()) {
            if (e.ods === VIEWER) continue;
            const byId = await viewer.gql<{ contract: unknown }>(CONTRACT, { id: ids[i] });
            expect(byId.data?.contract ?? null).toBeNull();
            const published = await fetch(`${server().url}/ocds/contracts/${ids[i]}.json`);
            expect(published.status).toBe(e.visibility === 'PRIVATE' ? 404 : 200);
            const text = await published.text();
            // The unit price is published for NAMED contracts only (the total value, 250,000, is not it).
            const unitPrice = new RegExp(`"amount": ${e.price}(?![0-9.])`);
            if (e.visibility === 'NAMED') expect(text).toMatch(unitPrice);
            if (e.visibility === 'ANONYMOUS') expect(text).not.toMatch(unitPrice);
          }
          // The register lists the viewer's own contracts only.
          const listed = await viewer.gql<{ contracts: { edges: { node: { id: string } }[] } }>(
            `query($productIds: [ID!]) { contracts(first: 100, filter: { productIds: $productIds }) { edges { node { id } } } }`,
            { productIds: [offer.productId] },
          );
          expect(listed.data!.contracts.edges.map((edge) => edge.node.id).sort()).toEqual(
            ids.filter((_, i) => data[i]!.ods === VIEWER).sort(),
          );
        },
      ),
      { numRuns: 12 },
    );
  });
});
