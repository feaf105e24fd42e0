import { describe, expect, it } from 'vitest';
import { ORGANISATION, ORGANISATIONS, type OrganisationsData } from '../../../../test/operations.js';
import { useTestServer } from '../../../../test/test-server.js';

const server = useTestServer();

const list = (variables: Record<string, unknown>) =>
  server().gql<OrganisationsData>(ORGANISATIONS, variables);
const names = (data: OrganisationsData | undefined) =>
  data?.organisations.edges.map((e) => e.node.name) ?? [];

describe('organisations', () => {
  it('finds the Royal Free with its region and ICB (the README query)', async () => {
    const res = await server().gql<OrganisationsData>(
      `{ organisations(first: 5, filter: {search: "royal free"}) { totalCount edges { node { odsCode name region { name } icb { name } } } } }`,
    );
    expect(res.errors).toBeUndefined();
    expect(res.data?.organisations.totalCount).toBe(1);
    expect(res.data?.organisations.edges[0]?.node).toEqual({
      odsCode: 'RAL',
      name: 'Royal Free London NHS Foundation Trust',
      region: { name: 'London' },
      icb: { name: 'NHS West and North London Integrated Care Board' },
    });
  });

  it('lists over 200 open trusts, and closed ones only when asked', async () => {
    const open = await list({ first: 1, filter: { kinds: ['TRUST'] } });
    const all = await list({ first: 1, filter: { kinds: ['TRUST'], includeClosed: true } });
    const openCount = open.data!.organisations.totalCount;
    const allCount = all.data!.organisations.totalCount;
    expect(openCount).toBeGreaterThan(200);
    // The shipped extract has 274 trusts, 72 of them closed.
    expect(allCount).toBe(274);
    expect(allCount - openCount).toBe(72);

    const closed = await list({
      first: 100,
      filter: { kinds: ['TRUST'], includeClosed: true, search: 'nightingale' },
    });
    expect(closed.data!.organisations.edges.map((e) => e.node.odsCode)).toContain('R0C');
    const hidden = await list({ first: 100, filter: { kinds: ['TRUST'], search: 'nightingale' } });
    expect(hidden.data!.organisations.edges.every((e) => e.node.isOpen)).toBe(true);
    expect(hidden.data!.organisations.edges.map((e) => e.node.odsCode)).not.toContain('R0C');
  });

  it.each([
    ['lower case', 'royal free'],
    ['upper case', 'ROYAL FREE'],
    ['accents', 'Rôyal Frée'],
    ['extra spaces and punctuation', '  royal,   free. '],
    ['word prefixes', 'roy fre'],
    ['ODS code', 'ral'],
  ])('search ignores %s', async (_label, search) => {
    const res = await list({ first: 50, filter: { search } });
    expect(res.errors).toBeUndefined();
    expect(res.data!.organisations.edges.map((e) => e.node.odsCode)).toContain('RAL');
  });

  it('search matches apostrophes either way', async () => {
    const withApostrophe = await list({ first: 10, filter: { search: "king's college" } });
    const without = await list({ first: 10, filter: { search: 'kings college' } });
    expect(names(withApostrophe.data)).toContain("King's College Hospital NHS Foundation Trust");
    expect(names(without.data)).toEqual(names(withApostrophe.data));
  });

  it('filters by region, ICB, kind and trust type, combined with AND', async () => {
    const london = await list({ first: 100, filter: { regionCodes: ['Y56'] } });
    expect(london.data!.organisations.totalCount).toBeGreaterThan(20);
    expect(london.data!.organisations.edges.every((e) => e.node.region?.name === 'London')).toBe(true);

    const icb = await list({ first: 100, filter: { icbCodes: ['Z9B2Z'], kinds: ['TRUST'] } });
    expect(icb.data!.organisations.edges.length).toBeGreaterThan(0);
    expect(
      icb.data!.organisations.edges.every((e) => e.node.icb?.code === 'Z9B2Z' && e.node.kind === 'TRUST'),
    ).toBe(true);

    const ambulance = await list({ first: 100, filter: { trustTypes: ['AMBULANCE'] } });
    const ambulanceNames = names(ambulance.data);
    expect(ambulanceNames.length).toBeGreaterThanOrEqual(10);
    expect(ambulanceNames.every((n) => /ambulance/i.test(n))).toBe(true);

    const central = await list({ first: 100, filter: { kinds: ['CENTRAL_BODY'] } });
    expect(names(central.data)).toContain('NHS England');
    expect(central.data!.organisations.edges.every((e) => e.node.kind === 'CENTRAL_BODY')).toBe(true);

    const icbs = await list({ first: 100, filter: { kinds: ['ICB'] } });
    expect(icbs.data!.organisations.totalCount).toBe(36);
  });

  it('sorts by name or ODS code in either direction', async () => {
    const byName = names((await list({ first: 100, filter: { kinds: ['TRUST'] } })).data);
    expect(byName).toEqual([...byName].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));

    const res = await list({ first: 100, orderBy: { field: 'ODS_CODE', direction: 'DESC' } });
    const codes = res.data!.organisations.edges.map((e) => e.node.odsCode);
    expect(codes).toEqual([...codes].sort().reverse());
  });

  it('pages forwards and backwards with cursors, without gaps or repeats', async () => {
    const filter = { includeClosed: true };
    const seen: string[] = [];
    let after: string | null = null;
    let total: number;
    for (;;) {
      const res: Awaited<ReturnType<typeof list>> = await list({ first: 40, after, filter });
      expect(res.errors).toBeUndefined();
      const page = res.data!.organisations;
      total = page.totalCount;
      seen.push(...page.edges.map((e) => e.node.odsCode));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);

    const middle = await list({ first: 10, after: null, filter });
    const second = await list({ first: 10, after: middle.data!.organisations.pageInfo.endCursor, filter });
    const back = await list({ last: 10, before: second.data!.organisations.pageInfo.startCursor, filter });
    expect(back.data!.organisations.edges.map((e) => e.node.odsCode)).toEqual(
      middle.data!.organisations.edges.map((e) => e.node.odsCode),
    );
    expect(second.data!.organisations.pageInfo.hasPreviousPage).toBe(true);
  });

  it('returns an organisation by ODS code, in any case, and null for an unknown code', async () => {
    const found = await server().gql<{ organisation: Record<string, unknown> }>(ORGANISATION, {
      odsCode: 'ral',
    });
    expect(found.data?.organisation).toMatchObject({
      odsCode: 'RAL',
      kind: 'TRUST',
      codeSource: 'ODS',
      trustType: 'NOT_ESTABLISHED',
      addressLines: ['Royal Free Hospital', 'Pond Street', 'London'],
      postcode: 'NW3 2QG',
      openedOn: '1991-04-01',
      closedOn: null,
      isOpen: true,
      region: { name: 'London' },
      icb: { name: 'NHS West and North London Integrated Care Board', validFrom: '2026-04-01' },
    });

    const missing = await server().gql(ORGANISATION, { odsCode: 'NOPE' });
    expect(missing.errors).toBeUndefined();
    expect(missing.data).toEqual({ organisation: null });
  });

  it('lists the 7 regions and the 36 ICBs in force, and each region its ICBs', async () => {
    const res = await server().gql<{
      regions: { code: string; name: string; icbs: { code: string }[] }[];
      icbs: unknown[];
    }>(`{ regions { code name icbs { code } } icbs { code } }`);
    expect(res.data!.regions).toHaveLength(7);
    expect(res.data!.icbs).toHaveLength(36);
    const london = res.data!.regions.find((r) => r.code === 'Y56');
    expect(london?.icbs.map((i) => i.code).sort()).toEqual(['QKK', 'QMF', 'QWE', 'Z9B2Z']);
    expect(res.data!.regions.reduce((n, r) => n + r.icbs.length, 0)).toBe(36);
  });

  describe('bad input gets BAD_USER_INPUT naming the argument, never a 500', () => {
    it.each([
      ['first above 100', { first: 101 }, 'first'],
      ['negative first', { first: -1 }, 'first'],
      ['negative last', { last: -5 }, 'last'],
      ['first and last together', { first: 5, last: 5 }, 'last'],
      ['malformed cursor', { first: 5, after: 'not-a-cursor' }, 'after'],
      [
        'cursor of another shape',
        { first: 5, before: Buffer.from('[1,2,3]').toString('base64url') },
        'before',
      ],
      ['unknown region code', { filter: { regionCodes: ['Y99'] } }, 'regionCodes'],
      ['unknown ICB code', { filter: { icbCodes: ['QXX', 'QMF'] } }, 'icbCodes'],
      ['search too long', { filter: { search: 'x'.repeat(101) } }, 'search'],
      ['unknown kind (variable)', { filter: { kinds: ['HOSPITAL'] } }, 'kinds'],
    ])('%s', async (_label, variables, argument) => {
      const res = await list(variables);
      expect(res.status).toBeLessThan(500);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.message).toContain(argument);
    });

    it('unknown enum value written in the query', async () => {
      const res = await server().gql(`{ organisations(filter: { trustTypes: [HOSPITAL] }) { totalCount } }`);
      expect(res.status).toBeLessThan(500);
      expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      expect(res.errors?.[0]?.message).toContain('HOSPITAL');
    });
  });
});
