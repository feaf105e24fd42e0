import { describe, expect, it } from 'vitest';
import { createUser, TEST_PASSWORD } from '../../../../test/factories.js';
import { useTestServer } from '../../../../test/test-server.js';
import { AuditEvent } from '../../audit/audit-event.entity.js';
import { Session } from '../session.entity.js';
import { FREE_FAILURES } from '../sign-in-throttle.js';
import { User } from '../user.entity.js';

const server = useTestServer();
const em = () => server().server.orm.em.fork();

const ME = `{ me { user { email name } activeMembership { id role organisation { odsCode name } } memberships { id role } } }`;
const SIGN_IN = `mutation($input: SignInInput!) { signIn(input: $input) { me { user { email } } userErrors { code message field } } }`;
const SIGN_OUT = `mutation { signOut { signedOut userErrors { code } } }`;
const SWITCH = `mutation($input: SwitchMembershipInput!) { switchMembership(input: $input) { me { activeMembership { role organisation { odsCode } } } userErrors { code message field } } }`;

type SignInResult = {
  signIn: { me: { user: { email: string } } | null; userErrors: { code: string; message: string }[] };
};

describe('signing in', () => {
  it('sets an HttpOnly, SameSite=Lax session cookie and shows who is signed in', async () => {
    const user = await createUser(em(), [['TRUST_PROCUREMENT', 'RAL']]);
    const res = await server().gql<SignInResult>(SIGN_IN, {
      input: { email: user.email.toUpperCase(), password: TEST_PASSWORD },
    });
    expect(res.data?.signIn.userErrors).toEqual([]);
    const cookie = res.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^concord_session=[\w-]{43};/);
    expect(cookie).toContain('HttpOnly');
    expect(cookie).toContain('SameSite=Lax');
    expect(cookie).not.toContain('Secure'); // only in production

    const client = await server().signIn(user.email, TEST_PASSWORD);
    const me = await client.gql<{
      me: { user: { email: string }; activeMembership: { role: string; organisation: { odsCode: string } } };
    }>(ME);
    expect(me.data?.me.user.email).toBe(user.email);
    expect(me.data?.me.activeMembership).toMatchObject({
      role: 'TRUST_PROCUREMENT',
      organisation: { odsCode: 'RAL' },
    });
  });

  it('says the same thing for an unknown email and a wrong password, and sets no cookie', async () => {
    const user = await createUser(em(), [['TRUST_PROCUREMENT', 'RAL']]);
    const wrongPassword = await server().gql<SignInResult>(SIGN_IN, {
      input: { email: user.email, password: 'not-it' },
    });
    const unknown = await server().gql<SignInResult>(SIGN_IN, {
      input: { email: 'nobody@test.example', password: 'x' },
    });
    expect(wrongPassword.data?.signIn.userErrors).toEqual(unknown.data?.signIn.userErrors);
    expect(unknown.data?.signIn.userErrors[0]?.code).toBe('INVALID_CREDENTIALS');
    expect(wrongPassword.headers.get('set-cookie')).toBeNull();
  });

  it('refuses a deactivated user, and ends their existing sessions at once', async () => {
    const user = await createUser(em(), [['TRUST_COMPLIANCE', 'RAL']]);
    const client = await server().signIn(user.email, TEST_PASSWORD);
    await em().nativeUpdate(User, { id: user.id }, { active: false });

    expect((await client.gql<{ me: unknown }>(ME)).data?.me).toBeNull();
    const again = await server().gql<SignInResult>(SIGN_IN, {
      input: { email: user.email, password: TEST_PASSWORD },
    });
    expect(again.data?.signIn.userErrors[0]?.code).toBe('INVALID_CREDENTIALS');
  });

  it(`slows down guessing an account: after ${FREE_FAILURES.email} failures even the right password waits`, async () => {
    const user = await createUser(em(), [['TRUST_PROCUREMENT', 'RAL']]);
    for (let i = 0; i < FREE_FAILURES.email; i++) {
      const res = await server().gql<SignInResult>(SIGN_IN, {
        input: { email: user.email, password: `guess-${i}` },
      });
      expect(res.data?.signIn.userErrors[0]?.code).toBe('INVALID_CREDENTIALS');
    }
    const blocked = await server().gql<SignInResult>(SIGN_IN, {
      input: { email: user.email, password: TEST_PASSWORD },
    });
    expect(blocked.data?.signIn.userErrors[0]?.code).toBe('TOO_MANY_ATTEMPTS');
    expect(blocked.data?.signIn.userErrors[0]?.message).toMatch(/Try again in \d+ seconds?/);
    expect(blocked.headers.get('set-cookie')).toBeNull();
  });

  it(`slows down one address guessing many accounts after ${FREE_FAILURES.ip} failures`, async () => {
    const from = { headers: { 'x-forwarded-for': '192.0.2.77' } };
    for (let i = 0; i < FREE_FAILURES.ip; i++) {
      await server().gql(SIGN_IN, { input: { email: `guess${i}@test.example`, password: 'x' } }, from);
    }
    const user = await createUser(em(), [['TRUST_PROCUREMENT', 'RAL']]);
    const blocked = await server().gql<SignInResult>(
      SIGN_IN,
      { input: { email: user.email, password: TEST_PASSWORD } },
      from,
    );
    expect(blocked.data?.signIn.userErrors[0]?.code).toBe('TOO_MANY_ATTEMPTS');
    const elsewhere = await server().gql<SignInResult>(SIGN_IN, {
      input: { email: user.email, password: TEST_PASSWORD },
    });
    expect(elsewhere.data?.signIn.userErrors).toEqual([]);
  });
});

describe('sessions', () => {
  it('end on sign-out', async () => {
    const user = await createUser(em(), [['TRUST_PROCUREMENT', 'RAL']]);
    const client = await server().signIn(user.email, TEST_PASSWORD);
    const out = await client.gql<{ signOut: { signedOut: boolean } }>(SIGN_OUT);
    expect(out.data?.signOut.signedOut).toBe(true);
    expect(out.headers.get('set-cookie')).toContain('Expires=Thu, 01 Jan 1970');
    expect((await client.gql<{ me: unknown }>(ME)).data?.me).toBeNull();
  });

  it('are replaced, not added to, when the same browser signs in again', async () => {
    const user = await createUser(em(), [['TRUST_PROCUREMENT', 'RAL']]);
    const first = await server().signIn(user.email, TEST_PASSWORD);
    const again = await first.gql<SignInResult>(SIGN_IN, {
      input: { email: user.email, password: TEST_PASSWORD },
    });
    expect(again.data?.signIn.userErrors).toEqual([]);
    expect((await first.gql<{ me: unknown }>(ME)).data?.me).toBeNull(); // the old cookie no longer works
    expect(await em().count(Session, { user: user.id })).toBe(1);
  });

  it('expire when idle too long', async () => {
    const user = await createUser(em(), [['TRUST_PROCUREMENT', 'RAL']]);
    const client = await server().signIn(user.email, TEST_PASSWORD);
    await em().nativeUpdate(Session, { user: user.id }, { lastSeenAt: new Date(Date.now() - 31 * 60_000) });
    expect((await client.gql<{ me: unknown }>(ME)).data?.me).toBeNull();
    expect(await em().count(Session, { user: user.id })).toBe(0);
  });

  it('expire at their absolute limit however active they are', async () => {
    const user = await createUser(em(), [['TRUST_PROCUREMENT', 'RAL']]);
    const client = await server().signIn(user.email, TEST_PASSWORD);
    await em().nativeUpdate(Session, { user: user.id }, { expiresAt: new Date(Date.now() - 1000) });
    expect((await client.gql<{ me: unknown }>(ME)).data?.me).toBeNull();
  });

  it('switch between the memberships a user holds, and no others', async () => {
    const user = await createUser(em(), [
      ['TRUST_PROCUREMENT', 'RAL'],
      ['TRUST_COMPLIANCE', 'RJ1'],
    ]);
    const other = await createUser(em(), [['TRUST_PROCUREMENT', 'RRV']]);
    const client = await server().signIn(user.email, TEST_PASSWORD);
    const me = await client.gql<{ me: { memberships: { id: string; role: string }[] } }>(ME);
    const compliance = me.data!.me.memberships.find((m) => m.role === 'TRUST_COMPLIANCE')!;

    const switched = await client.gql<{ switchMembership: { me: { activeMembership: unknown } } }>(SWITCH, {
      input: { membershipId: compliance.id },
    });
    expect(switched.data?.switchMembership.me.activeMembership).toEqual({
      role: 'TRUST_COMPLIANCE',
      organisation: { odsCode: 'RJ1' },
    });
    const after = await client.gql<{ me: { activeMembership: { role: string } } }>(ME);
    expect(after.data?.me.activeMembership.role).toBe('TRUST_COMPLIANCE');

    const othersMembership = (await em().findOneOrFail(User, { id: other.id }, { populate: ['memberships'] }))
      .memberships[0]!;
    const refused = await client.gql<{ switchMembership: { userErrors: { code: string }[] } }>(SWITCH, {
      input: { membershipId: othersMembership.id },
    });
    expect(refused.data?.switchMembership.userErrors[0]?.code).toBe('NOT_FOUND');
    const unchanged = await client.gql<{ me: { activeMembership: { role: string } } }>(ME);
    expect(unchanged.data?.me.activeMembership.role).toBe('TRUST_COMPLIANCE');
  });
});

describe('the audit trail', () => {
  it('records sign-ins, failed ones included, with the request id', async () => {
    const user = await createUser(em(), [['TRUST_PROCUREMENT', 'RAL']]);
    await server().gql(
      SIGN_IN,
      { input: { email: user.email, password: 'wrong' } },
      { headers: { 'x-request-id': 'audit-test-1' } },
    );
    await server().gql(
      SIGN_IN,
      { input: { email: user.email, password: TEST_PASSWORD } },
      { headers: { 'x-request-id': 'audit-test-2' } },
    );
    const events = await em().find(AuditEvent, { entityId: user.id }, { orderBy: { id: 'asc' } });
    expect(events.map((e) => [e.action, e.requestId, e.actorUserId])).toEqual([
      ['signInFailed', 'audit-test-1', null],
      ['signIn', 'audit-test-2', user.id],
    ]);
  });

  it('cannot be changed or deleted, even directly in the database', async () => {
    const user = await createUser(em(), [['TRUST_PROCUREMENT', 'RAL']]);
    await server().signIn(user.email, TEST_PASSWORD);
    const connection = em().getConnection();
    await expect(
      connection.execute(`update audit_event set action = 'x' where entity_id = ?`, [user.id]),
    ).rejects.toThrow(/append-only/);
    await expect(
      connection.execute(`delete from audit_event where entity_id = ?`, [user.id]),
    ).rejects.toThrow(/append-only/);
    expect(await em().count(AuditEvent, { entityId: user.id, action: 'signIn' })).toBe(1);
  });
});
