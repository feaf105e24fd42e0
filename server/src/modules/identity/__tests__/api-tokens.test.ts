import { describe, expect, it } from 'vitest';
import { createUser, TEST_PASSWORD } from '../../../../test/factories.js';
import { useTestServer } from '../../../../test/test-server.js';
import { ApiToken } from '../api-token.entity.js';
import { User } from '../user.entity.js';

const server = useTestServer();
const em = () => server().server.orm.em.fork();

const CREATE = `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { token apiToken { id name prefix } userErrors { code field } } }`;
const ME = `{ me { user { email } activeMembership { role organisation { odsCode } } } }`;

async function tokenFor(odsCode = 'RAL') {
  const user = await createUser(em(), [['TRUST_PROCUREMENT', odsCode]]);
  const client = await server().signIn(user.email, TEST_PASSWORD);
  const me = await client.gql<{ me: { memberships: { id: string }[] } }>('{ me { memberships { id } } }');
  const res = await client.gql<{
    createApiToken: { token: string; apiToken: { id: string; prefix: string } };
  }>(CREATE, {
    input: { name: 'Finance system', membershipId: me.data!.me.memberships[0]!.id },
  });
  return { user, client, ...res.data!.createApiToken };
}

const bearer = (token: string) => ({ headers: { authorization: `Bearer ${token}` } });

describe('API tokens', () => {
  it('are shown once, stored hashed, and act in their membership', async () => {
    const { user, token, apiToken } = await tokenFor();
    expect(token).toMatch(/^ccd_[\w-]{43}$/);
    expect(token.startsWith(apiToken.prefix)).toBe(true);
    const stored = await em().findOneOrFail(ApiToken, { id: apiToken.id });
    expect(stored.tokenHash).not.toContain(token.slice(4, 20));

    const res = await server().gql<{
      me: { user: { email: string }; activeMembership: { organisation: { odsCode: string } } };
    }>(ME, {}, bearer(token));
    expect(res.data?.me.user.email).toBe(user.email);
    expect(res.data?.me.activeMembership.organisation.odsCode).toBe('RAL');
    expect((await em().findOneOrFail(ApiToken, { id: apiToken.id })).lastUsedAt).toBeInstanceOf(Date);
  });

  it('stop working at once when revoked', async () => {
    const { client, token, apiToken } = await tokenFor();
    expect((await server().gql(ME, {}, bearer(token))).status).toBe(200);
    await client.gql(`mutation($id: ID!) { revokeApiToken(input: { id: $id }) { apiToken { revokedAt } } }`, {
      id: apiToken.id,
    });
    const refused = await server().gql(ME, {}, bearer(token));
    expect(refused.status).toBe(401);
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('stop working when their user is deactivated', async () => {
    const { user, token } = await tokenFor();
    await em().nativeUpdate(User, { id: user.id }, { active: false });
    expect((await server().gql(ME, {}, bearer(token))).status).toBe(401);
  });

  it('refuse a made-up or malformed token rather than treating it as anonymous', async () => {
    for (const header of ['Bearer ccd_madeup', 'Basic abc', 'Bearer']) {
      const res = await server().gql(ME, {}, { headers: { authorization: header } });
      expect(res.status).toBe(401);
      expect(res.errors?.[0]?.message).toMatch(/API token is not valid/);
    }
  });

  it('cannot be made for, or revoked from, someone else', async () => {
    const mine = await tokenFor();
    const theirs = await tokenFor('RJ1');
    const me = await theirs.client.gql<{ me: { memberships: { id: string }[] } }>(
      '{ me { memberships { id } } }',
    );
    const create = await mine.client.gql<{ createApiToken: { userErrors: { code: string }[] } }>(CREATE, {
      input: { name: 'Sneaky', membershipId: me.data!.me.memberships[0]!.id },
    });
    expect(create.data?.createApiToken.userErrors[0]?.code).toBe('NOT_FOUND');
    const revoke = await mine.client.gql<{ revokeApiToken: { userErrors: { code: string }[] } }>(
      `mutation($id: ID!) { revokeApiToken(input: { id: $id }) { userErrors { code } } }`,
      { id: theirs.apiToken.id },
    );
    expect(revoke.data?.revokeApiToken.userErrors[0]?.code).toBe('NOT_FOUND');
    expect((await server().gql(ME, {}, bearer(theirs.token))).status).toBe(200);
  });

  it('act in one membership: switching is refused', async () => {
    const { token } = await tokenFor();
    const res = await server().gql<{ switchMembership: { userErrors: { code: string }[] } }>(
      `mutation { switchMembership(input: { membershipId: "00000000-0000-0000-0000-000000000000" }) { userErrors { code } } }`,
      {},
      bearer(token),
    );
    expect(res.data?.switchMembership.userErrors[0]?.code).toBe('INVALID');
  });
});
