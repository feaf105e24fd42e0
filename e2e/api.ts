import { randomUUID } from 'node:crypto';
import { request, type APIRequestContext } from '@playwright/test';

/** Every demo account's password; the server loads them into a fresh development database. */
export const DEMO_PASSWORD = 'concord-demo-password';

export const DEMO = {
  admin: 'admin@concord.example',
  commercial: 'commercial@nhsengland.example',
  procurement: 'procurement@royalfree.example',
  compliance: 'compliance@royalfree.example',
} as const;

type GraphQLResponse<T> = { data?: T; errors?: { message: string }[] };

async function graphql<T>(api: APIRequestContext, query: string, variables: object = {}): Promise<T> {
  const response = await api.post('/graphql', { data: { query, variables } });
  const body = (await response.json()) as GraphQLResponse<T>;
  if (!response.ok() || body.errors || !body.data) {
    throw new Error(`GraphQL request failed (${response.status()}): ${JSON.stringify(body.errors)}`);
  }
  return body.data;
}

type UserErrors = { userErrors: { message: string }[] };

function check(payload: UserErrors, what: string): void {
  if (payload.userErrors.length > 0) {
    throw new Error(`${what}: ${payload.userErrors.map((e) => e.message).join('; ')}`);
  }
}

export type NewUser = { email: string; name: string; password: string };

/**
 * Creates a user with these memberships over GraphQL, as the demo administrator, in a request
 * context of its own (so the browser's session is untouched). The email address is unique to
 * the call, so tests running in parallel never meet.
 */
export async function createUser(
  baseURL: string,
  user: { name: string; memberships: { organisationOdsCode: string | null; role: string }[] },
): Promise<NewUser> {
  const api = await request.newContext({ baseURL });
  try {
    const signIn = await graphql<{ signIn: UserErrors }>(
      api,
      'mutation ($input: SignInInput!) { signIn(input: $input) { userErrors { message } } }',
      { input: { email: DEMO.admin, password: DEMO_PASSWORD } },
    );
    check(signIn.signIn, 'Signing in as the administrator failed');

    const created: NewUser = {
      email: `e2e-${randomUUID()}@concord.example`,
      name: user.name,
      password: `e2e-password-${randomUUID()}`,
    };
    const result = await graphql<{ createUser: UserErrors }>(
      api,
      'mutation ($input: CreateUserInput!) { createUser(input: $input) { userErrors { message } } }',
      { input: { ...created, memberships: user.memberships } },
    );
    check(result.createUser, 'Creating the user failed');
    return created;
  } finally {
    await api.dispose();
  }
}
