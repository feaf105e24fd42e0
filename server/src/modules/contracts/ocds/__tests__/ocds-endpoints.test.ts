import { beforeAll, describe, expect, it } from 'vitest';
import { signInAs, supplierWithProduct } from '../../../../../test/catalogue.js';
import { contractInput, createdContract, type ContractShape } from '../../../../../test/contracts.js';
import { useTestServer } from '../../../../../test/test-server.js';
import { releasePackageErrors } from '../ocds-validation.js';

const server = useTestServer();

type Release = {
  ocid: string;
  contracts: { items: { id: string; unit: { value?: { amount: number } } }[]; value?: unknown }[];
  parties: { id: string; roles: string[] }[];
};
type Package = { releases: Release[]; links?: { next: string } };

let since: string;
let made: Record<'named' | 'anonymous' | 'private' | 'draft', ContractShape>;

beforeAll(async () => {
  const central = await signInAs(server(), 'CENTRAL_COMMERCIAL', 'X24');
  const procurement = await signInAs(server(), 'TRUST_PROCUREMENT', 'RAL');
  const offer = await supplierWithProduct(central);
  since = new Date(Date.now() - 1000).toISOString();
  made = {
    named: await createdContract(procurement, contractInput(offer, { priceVisibility: 'NAMED' })),
    anonymous: await createdContract(procurement, contractInput(offer, { priceVisibility: 'ANONYMOUS' })),
    private: await createdContract(procurement, contractInput(offer, { priceVisibility: 'PRIVATE' })),
    draft: await createdContract(procurement, contractInput(offer, { asDraft: true })),
  };
});

const get = (path: string) => fetch(`${server().url}${path}`);

async function allReleases(first: string): Promise<{ pages: Package[] }> {
  const pages: Package[] = [];
  let url: string | null = first;
  while (url) {
    const res = await fetch(url.startsWith('http') ? url : `${server().url}${url}`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as Package;
    expect(releasePackageErrors(body)).toEqual([]);
    pages.push(body);
    url = body.links?.next ?? null;
  }
  return { pages };
}

describe('contracts as open data', () => {
  it('publishes every contract that is not PRIVATE or a draft, a page at a time, each page valid OCDS', async () => {
    const { pages } = await allReleases(`/ocds/releases?updatedSince=${encodeURIComponent(since)}&limit=1`);
    expect(pages).toHaveLength(2);
    const ocids = pages.flatMap((p) => p.releases.map((r) => r.ocid));
    expect(ocids.some((o) => o.endsWith(made.named.id))).toBe(true);
    expect(ocids.some((o) => o.endsWith(made.anonymous.id))).toBe(true);
    expect(ocids.some((o) => o.endsWith(made.private.id) || o.endsWith(made.draft.id))).toBe(false);
  });

  it('shows NAMED unit prices and hides ANONYMOUS ones', async () => {
    const named = (await (await get(`/ocds/contracts/${made.named.id}.json`)).json()) as Package;
    expect(releasePackageErrors(named)).toEqual([]);
    expect(named.releases[0]!.contracts[0]!.items[0]!.unit.value).toEqual({ amount: 4.5, currency: 'GBP' });
    const anonymous = (await (await get(`/ocds/contracts/${made.anonymous.id}.json`)).json()) as Package;
    expect(releasePackageErrors(anonymous)).toEqual([]);
    expect(anonymous.releases[0]!.contracts[0]!.items.every((i) => i.unit.value === undefined)).toBe(true);
    expect(anonymous.releases[0]!.contracts[0]!.value).toBeUndefined();
    expect(anonymous.releases[0]!.parties.find((p) => p.roles.includes('buyer'))!.id).toBe('GB-NHS-RAL');
  });

  it('never publishes PRIVATE contracts or drafts, and says so with a 404', async () => {
    expect((await get(`/ocds/contracts/${made.private.id}.json`)).status).toBe(404);
    expect((await get(`/ocds/contracts/${made.draft.id}.json`)).status).toBe(404);
    expect((await get('/ocds/contracts/not-an-id.json')).status).toBe(404);
  });

  it('answers an empty page with no content and bad parameters with a 400', async () => {
    expect(
      (await get(`/ocds/releases?updatedSince=${encodeURIComponent('2999-01-01T00:00:00Z')}`)).status,
    ).toBe(204);
    expect((await get('/ocds/releases?limit=101')).status).toBe(400);
    expect((await get('/ocds/releases?updatedSince=yesterday')).status).toBe(400);
    expect((await get('/ocds/releases?cursor=bogus')).status).toBe(400);
  });
});
