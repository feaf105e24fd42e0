import { beforeAll, describe, expect, it } from 'vitest';
import { createUser, TEST_PASSWORD } from '../../../../test/factories.js';
import { useTestServer, type SignedInClient } from '../../../../test/test-server.js';

const server = useTestServer();
let admin: SignedInClient;
beforeAll(async () => {
  const user = await createUser(server().server.orm.em.fork(), [['ADMIN', null]]);
  admin = await server().signIn(user.email, TEST_PASSWORD);
});

const CREATE = `mutation($input: CreateUserInput!) { createUser(input: $input) { user { id email memberships { role organisation { odsCode } } } userErrors { field code message } } }`;
type Created = {
  createUser: {
    user: { id: string; email: string; memberships: unknown[] } | null;
    userErrors: { field: string[] | null; code: string; message: string }[];
  };
};
let n = 0;
const email = () => `new${++n}.${Date.now()}@test.example`;

describe('user administration', () => {
  it('creates a user with a membership, who can then sign in', async () => {
    const address = email();
    const res = await admin.gql<Created>(CREATE, {
      input: {
        email: address.toUpperCase(),
        name: 'Nia New',
        password: 'a-fresh-password-1',
        memberships: [{ role: 'TRUST_PROCUREMENT', organisationOdsCode: 'rj1' }],
      },
    });
    expect(res.data?.createUser.userErrors).toEqual([]);
    expect(res.data?.createUser.user).toMatchObject({
      email: address,
      memberships: [{ role: 'TRUST_PROCUREMENT', organisation: { odsCode: 'RJ1' } }],
    });
    const newcomer = await server().signIn(address, 'a-fresh-password-1');
    const me = await newcomer.gql<{ me: { activeMembership: { organisation: { odsCode: string } } } }>(
      '{ me { activeMembership { organisation { odsCode } } } }',
    );
    expect(me.data?.me.activeMembership.organisation.odsCode).toBe('RJ1');
  });

  it.each([
    ['a malformed email', { email: 'not-an-email' }, ['email'], 'INVALID'],
    ['an empty name', { name: '  ' }, ['name'], 'INVALID'],
    ['a short password', { password: 'short' }, ['password'], 'INVALID'],
    [
      'a trust role at a central body',
      { memberships: [{ role: 'TRUST_PROCUREMENT', organisationOdsCode: 'X24' }] },
      ['memberships', '0', 'organisationOdsCode'],
      'INVALID',
    ],
    [
      'an unknown organisation',
      { memberships: [{ role: 'TRUST_COMPLIANCE', organisationOdsCode: 'ZZZ' }] },
      ['memberships', '0', 'organisationOdsCode'],
      'NOT_FOUND',
    ],
    [
      'ADMIN at an organisation',
      { memberships: [{ role: 'ADMIN', organisationOdsCode: 'RAL' }] },
      ['memberships', '0', 'organisationOdsCode'],
      'INVALID',
    ],
  ])('refuses %s, naming the field, and creates nothing', async (_label, change, field, code) => {
    const input = { email: email(), name: 'Someone', password: 'a-fresh-password-1', ...change };
    const res = await admin.gql<Created>(CREATE, { input });
    expect(res.data?.createUser.user).toBeNull();
    expect(res.data?.createUser.userErrors).toContainEqual(expect.objectContaining({ field, code }));
    const found = await admin.gql<{ users: { totalCount: number } }>(
      `query($s: String) { users(filter: { search: $s }) { totalCount } }`,
      { s: input.email },
    );
    expect(found.data?.users.totalCount).toBe(0);
  });

  it('refuses a second user with the same email', async () => {
    const address = email();
    await admin.gql(CREATE, { input: { email: address, name: 'First', password: 'a-fresh-password-1' } });
    const again = await admin.gql<Created>(CREATE, {
      input: { email: address, name: 'Second', password: 'a-fresh-password-1' },
    });
    expect(again.data?.createUser.userErrors[0]).toMatchObject({ code: 'CONFLICT', field: ['email'] });
    const both = await admin.gql<Created>(CREATE, {
      input: {
        email: address,
        name: 'Third',
        password: 'a-fresh-password-1',
        memberships: [{ role: 'TRUST_COMPLIANCE', organisationOdsCode: 'ZZZ' }],
      },
    });
    expect(both.data?.createUser.userErrors.map((e) => e.code).sort()).toEqual(['CONFLICT', 'NOT_FOUND']);
  });

  it('grants and removes memberships', async () => {
    const user = await createUser(server().server.orm.em.fork(), []);
    const added = await admin.gql<{
      addMembership: { membership: { id: string; role: string } | null; userErrors: unknown[] };
    }>(
      `mutation($userId: ID!) { addMembership(input: { userId: $userId, role: CENTRAL_COMMERCIAL, organisationOdsCode: "X24" }) { membership { id role } userErrors { code } } }`,
      { userId: user.id },
    );
    expect(added.data?.addMembership.userErrors).toEqual([]);
    const id = added.data!.addMembership.membership!.id;
    const duplicate = await admin.gql<{ addMembership: { userErrors: { code: string }[] } }>(
      `mutation($userId: ID!) { addMembership(input: { userId: $userId, role: CENTRAL_COMMERCIAL, organisationOdsCode: "X24" }) { userErrors { code } } }`,
      { userId: user.id },
    );
    expect(duplicate.data?.addMembership.userErrors[0]?.code).toBe('CONFLICT');
    const removed = await admin.gql<{ removeMembership: { removedMembershipId: string } }>(
      `mutation($id: ID!) { removeMembership(input: { membershipId: $id }) { removedMembershipId } }`,
      { id },
    );
    expect(removed.data?.removeMembership.removedMembershipId).toBe(id);
  });

  it('deactivates a user: their session ends at once and they cannot sign in until reactivated', async () => {
    const user = await createUser(server().server.orm.em.fork(), [['TRUST_COMPLIANCE', 'RAL']]);
    const them = await server().signIn(user.email, TEST_PASSWORD);
    await admin.gql(`mutation($id: ID!) { deactivateUser(input: { userId: $id }) { user { active } } }`, {
      id: user.id,
    });
    expect((await them.gql<{ me: unknown }>('{ me { user { id } } }')).data?.me).toBeNull();
    await expect(server().signIn(user.email, TEST_PASSWORD)).rejects.toThrow(/INVALID_CREDENTIALS/);
    await admin.gql(`mutation($id: ID!) { reactivateUser(input: { userId: $id }) { user { active } } }`, {
      id: user.id,
    });
    await expect(server().signIn(user.email, TEST_PASSWORD)).resolves.toBeTruthy();
  });

  it('records every change in the audit trail, readable by ADMIN', async () => {
    const address = email();
    const res = await admin.gql<Created>(CREATE, {
      input: { email: address, name: 'Audited', password: 'a-fresh-password-1' },
    });
    const id = res.data!.createUser.user!.id;
    const trail = await admin.gql<{
      auditEvents: {
        edges: {
          node: { action: string; actor: { email: string } | null; changes: { after: { email: string } } };
        }[];
      };
    }>(
      `query($id: String) { auditEvents(first: 5, filter: { entityId: $id }) { edges { node { id action actor { email } changes } } } }`,
      { id },
    );
    expect(trail.data?.auditEvents.edges[0]?.node).toMatchObject({
      action: 'createUser',
      changes: { after: { email: address } },
    });
    expect(trail.errors).toBeUndefined();
    expect(trail.data?.auditEvents.edges[0]?.node).toHaveProperty('id', expect.stringMatching(/^\d+$/));
    expect(JSON.stringify(trail.data)).not.toContain('password');
  });
});

describe('malformed ids', () => {
  it.each([
    ['user', `{ user(id: "abc") { id } }`, { user: null }],
    [
      'removeMembership',
      `mutation { removeMembership(input: { membershipId: "abc" }) { userErrors { code } } }`,
      { removeMembership: { userErrors: [{ code: 'NOT_FOUND' }] } },
    ],
    [
      'switchMembership',
      `mutation { switchMembership(input: { membershipId: "abc" }) { userErrors { code } } }`,
      { switchMembership: { userErrors: [{ code: 'NOT_FOUND' }] } },
    ],
    [
      'revokeApiToken',
      `mutation { revokeApiToken(input: { id: "abc" }) { userErrors { code } } }`,
      { revokeApiToken: { userErrors: [{ code: 'NOT_FOUND' }] } },
    ],
  ])('%s: not found, never an internal error', async (_name, document, expected) => {
    const res = await admin.gql(document);
    expect(res.errors).toBeUndefined();
    expect(res.data).toEqual(expected);
  });
});
