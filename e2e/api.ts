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

/** Signs `api` in as a demo account; `failure` says who, if it fails. */
async function signInAs(api: APIRequestContext, email: string, failure: string): Promise<void> {
  const signIn = await graphql<{ signIn: UserErrors }>(
    api,
    'mutation ($input: SignInInput!) { signIn(input: $input) { userErrors { message } } }',
    { input: { email, password: DEMO_PASSWORD } },
  );
  check(signIn.signIn, failure);
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
    await signInAs(api, DEMO.admin, 'Signing in as the administrator failed');

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

/**
 * Creates and publishes a framework over GraphQL as the demo central user (NHS England): one lot
 * with one demo supplier and a per-user annual price. Returns its reference and title.
 */
export async function publishFramework(
  baseURL: string,
  title: string,
): Promise<{ reference: string; title: string }> {
  const api = await request.newContext({ baseURL });
  try {
    await signInAs(api, DEMO.commercial, 'Signing in as the central user failed');
    const found = await graphql<{
      suppliers: { edges: { node: { id: string; products: { versions: { id: string }[] }[] } }[] };
    }>(
      api,
      '{ suppliers(first: 1, filter: { search: "Brightwater" }) { edges { node { id products { versions { id } } } } } }',
    );
    const supplier = found.suppliers.edges[0]!.node;
    const reference = `E2E-${randomUUID().slice(0, 8).toUpperCase()}`;
    const created = await graphql<{
      createFramework: UserErrors & { framework: { id: string; rowVersion: number } };
    }>(
      api,
      'mutation ($input: CreateFrameworkInput!) { createFramework(input: $input) { framework { id rowVersion } userErrors { message } } }',
      {
        input: {
          reference,
          title,
          startDate: '2026-01-01',
          endDate: '2029-12-31',
          lots: [
            {
              number: 1,
              title: 'Electronic patient records',
              category: 'EPR',
              awards: [
                {
                  supplierId: supplier.id,
                  prices: [
                    {
                      productVersionId: supplier.products[0]!.versions[0]!.id,
                      pricingUnit: 'PER_USER',
                      billingPeriod: 'ANNUAL',
                      ceilingUnitPrice: '20.00',
                      validFrom: '2026-01-01',
                    },
                  ],
                },
              ],
            },
          ],
        },
      },
    );
    check(created.createFramework, 'Creating the framework failed');
    const { id, rowVersion } = created.createFramework.framework;
    const published = await graphql<{ publishFramework: UserErrors }>(
      api,
      'mutation ($input: FrameworkVersionInput!) { publishFramework(input: $input) { userErrors { message } } }',
      { input: { id, expectedRowVersion: rowVersion } },
    );
    check(published.publishFramework, 'Publishing the framework failed');
    return { reference, title };
  } finally {
    await api.dispose();
  }
}

type ContractLine = {
  productVersionId?: string;
  description?: string;
  category?: string;
  pricingUnit: string;
  billingPeriod: string;
  quantity: string;
  unitPrice: string;
  rebate?: boolean;
  suppressed?: boolean;
  suppressionReason?: string;
};

/**
 * Records a contract over GraphQL as the demo procurement lead (Royal Free London) with Brightwater,
 * in a request context of its own: a call-off from the framework given (its first lot, the first
 * version Brightwater offers there, priced above the ceiling) or an off-framework direct award.
 * Each has a recurring and a one-off line. The reference is unique to the call. Returns its id and
 * reference.
 */
export async function recordContract(
  baseURL: string,
  options: { framework?: string; asDraft?: boolean; title?: string; notes?: string } = {},
): Promise<{ id: string; reference: string; title: string }> {
  const api = await request.newContext({ baseURL });
  try {
    await signInAs(api, DEMO.procurement, 'Signing in as the procurement lead failed');
    const found = await graphql<{
      suppliers: { edges: { node: { id: string; products: { versions: { id: string }[] }[] } }[] };
    }>(
      api,
      '{ suppliers(first: 1, filter: { search: "Brightwater" }) { edges { node { id products { versions { id } } } } } }',
    );
    const supplier = found.suppliers.edges[0]!.node;
    let lotId: string | null = null;
    let productVersionId = supplier.products[0]!.versions[0]!.id;
    if (options.framework) {
      const framework = await graphql<{
        framework: {
          lots: {
            id: string;
            awards: { supplier: { id: string }; prices: { productVersion: { id: string } }[] }[];
          }[];
        };
      }>(
        api,
        'query ($reference: String!) { framework(reference: $reference) { lots { id awards { supplier { id } prices { productVersion { id } } } } } }',
        { reference: options.framework },
      );
      const lot = framework.framework.lots[0]!;
      const award = lot.awards.find((each) => each.supplier.id === supplier.id)!;
      lotId = lot.id;
      productVersionId = award.prices[0]!.productVersion.id;
    }
    const year = new Date().getFullYear();
    const reference = `E2E-${randomUUID().slice(0, 8).toUpperCase()}`;
    const title = options.title ?? (options.framework ? 'Patient records call-off' : 'Patient portal');
    const lines: ContractLine[] = [
      {
        productVersionId,
        pricingUnit: 'PER_USER',
        billingPeriod: 'ANNUAL',
        quantity: '1200',
        unitPrice: '25.00',
        rebate: true,
      },
      {
        description: 'Implementation support',
        category: 'PROFESSIONAL_SERVICES',
        pricingUnit: 'FIXED',
        billingPeriod: 'ONE_OFF',
        quantity: '1',
        unitPrice: '90000',
        suppressed: true,
        suppressionReason: 'Priced with the data migration',
      },
    ];
    const created = await graphql<{ createContract: UserErrors & { contract: { id: string } | null } }>(
      api,
      'mutation ($input: CreateContractInput!) { createContract(input: $input) { contract { id } userErrors { message } } }',
      {
        input: {
          supplierId: supplier.id,
          ...(lotId ? { lotId } : { route: 'DIRECT_AWARD' }),
          asDraft: options.asDraft ?? false,
          reference,
          title,
          // A call-off starts while its framework is in force (publishFramework's dates).
          startDate: lotId ? '2026-04-01' : `${year - 1}-04-01`,
          endDate: lotId ? '2029-03-31' : `${year + 2}-03-31`,
          totalValue: '250000',
          ...(options.notes ? { notes: options.notes } : {}),
          lines,
        },
      },
    );
    check(created.createContract, 'Recording the contract failed');
    return { id: created.createContract.contract!.id, reference, title };
  } finally {
    await api.dispose();
  }
}

/**
 * A product the demo procurement lead's trust (Royal Free London) pays more for than the median of
 * other trusts, from its savings opportunities over GraphQL: the product's id and pricing unit.
 */
export async function productToCompare(baseURL: string): Promise<{ productId: string; pricingUnit: string }> {
  const api = await request.newContext({ baseURL });
  try {
    await signInAs(api, DEMO.procurement, 'Signing in as the procurement lead failed');
    const found = await graphql<{
      savingsOpportunities: { opportunities: { productId: string | null; pricingUnit: string }[] };
    }>(
      api,
      '{ savingsOpportunities(input: { scope: TRUST, target: MEDIAN, first: 20 }) { opportunities { productId pricingUnit } } }',
    );
    const opportunity = found.savingsOpportunities.opportunities.find((each) => each.productId !== null);
    if (!opportunity?.productId) throw new Error('The Royal Free has no product priced above the median');
    return { productId: opportunity.productId, pricingUnit: opportunity.pricingUnit };
  } finally {
    await api.dispose();
  }
}

/**
 * The trust's compliance lead declares the standard again (superseding its current declaration,
 * COMPLIANT with a statement), and the demo central user rejects the new declaration with the
 * comment: both over GraphQL, each in a request context of its own.
 */
export async function declareAgainAndReject(
  baseURL: string,
  declaration: { odsCode: string; standardCode: string; comment: string },
): Promise<void> {
  const lead = await request.newContext({ baseURL });
  const central = await request.newContext({ baseURL });
  try {
    await signInAs(lead, DEMO.compliance, 'Signing in as the compliance lead failed');
    const found = await graphql<{ declarations: { edges: { node: { id: string; rowVersion: number } }[] } }>(
      lead,
      `
        query ($ods: String!, $code: String!) {
          declarations(first: 1, filter: { organisationOdsCodes: [$ods], standardCodes: [$code] }) {
            edges {
              node {
                id
                rowVersion
              }
            }
          }
        }
      `,
      { ods: declaration.odsCode, code: declaration.standardCode },
    );
    const current = found.declarations.edges[0]?.node;
    if (!current)
      throw new Error(`${declaration.odsCode} has no current ${declaration.standardCode} declaration`);
    const superseded = await graphql<{
      supersedeDeclaration: UserErrors & { declaration: { id: string; rowVersion: number } | null };
    }>(
      lead,
      `
        mutation ($input: SupersedeDeclarationInput!) {
          supersedeDeclaration(input: $input) {
            declaration {
              id
              rowVersion
            }
            userErrors {
              message
            }
          }
        }
      `,
      {
        input: {
          id: current.id,
          expectedRowVersion: current.rowVersion,
          status: 'COMPLIANT',
          evidence: { statement: 'Declared again by an end-to-end test.' },
        },
      },
    );
    check(superseded.supersedeDeclaration, 'Declaring again failed');
    const renewed = superseded.supersedeDeclaration.declaration!;
    await signInAs(central, DEMO.commercial, 'Signing in as the central user failed');
    const rejected = await graphql<{ rejectDeclaration: UserErrors }>(
      central,
      `
        mutation ($input: VerifyDeclarationInput!) {
          rejectDeclaration(input: $input) {
            userErrors {
              message
            }
          }
        }
      `,
      { input: { id: renewed.id, expectedRowVersion: renewed.rowVersion, comment: declaration.comment } },
    );
    check(rejected.rejectDeclaration, 'Rejecting the declaration failed');
  } finally {
    await lead.dispose();
    await central.dispose();
  }
}
