import { describe, expect, it } from 'vitest';
import { createUser, TEST_PASSWORD } from '../../../../test/factories.js';
import { useTestServer } from '../../../../test/test-server.js';
import { Supplier } from '../supplier.entity.js';

const server = useTestServer();

describe('suppliers', () => {
  it('are public to read, searchable by name or Companies House number', async () => {
    const em = server().server.orm.em.fork();
    em.create(Supplier, {
      name: 'Northwind Health Software Ltd',
      companiesHouseNumber: 'ZZ100001',
      sme: true,
    });
    await em.flush();
    const byName = await server().gql<{ suppliers: { edges: { node: { name: string; sme: boolean } }[] } }>(
      `{ suppliers(filter: { search: "northwind" }) { edges { node { name sme } } } }`,
    );
    expect(byName.data?.suppliers.edges.map((e) => e.node)).toEqual([
      { name: 'Northwind Health Software Ltd', sme: true },
    ]);
    const byNumber = await server().gql<{ suppliers: { edges: unknown[] } }>(
      `{ suppliers(filter: { search: "zz100001" }) { edges { node { name } } } }`,
    );
    expect(byNumber.data?.suppliers.edges).toHaveLength(1);
  });

  it('answer a malformed id with null, not an error', async () => {
    const res = await server().gql(`{ supplier(id: "not-an-id") { name } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual({ supplier: null });
  });

  it('can be the scope of a SUPPLIER membership, held beside ADMIN', async () => {
    const admin = await server().signIn(
      (await createUser(server().server.orm.em.fork(), [['ADMIN', null]])).email,
      TEST_PASSWORD,
    );
    const em = server().server.orm.em.fork();
    const supplier = em.create(Supplier, { name: 'Southwind Imaging Ltd', companiesHouseNumber: 'ZZ100002' });
    await em.flush();
    const res = await admin.gql<{
      createUser: {
        user: { memberships: { role: string; supplier: { name: string } | null }[] } | null;
        userErrors: unknown[];
      };
    }>(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { user { memberships { role supplier { name } } } userErrors { code field message } } }`,
      {
        input: {
          email: `both.${Date.now()}@test.example`,
          name: 'Two Roles',
          password: TEST_PASSWORD,
          memberships: [{ role: 'ADMIN' }, { role: 'SUPPLIER', supplierId: supplier.id }],
        },
      },
    );
    expect(res.data?.createUser.userErrors).toEqual([]);
    const memberships = [...(res.data?.createUser.user?.memberships ?? [])].sort((a, b) =>
      a.role.localeCompare(b.role),
    );
    expect(memberships).toEqual([
      { role: 'ADMIN', supplier: null },
      { role: 'SUPPLIER', supplier: { name: 'Southwind Imaging Ltd' } },
    ]);
  });
});
