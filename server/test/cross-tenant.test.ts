import { describe, expect, it } from 'vitest';
import { createUser, TEST_PASSWORD } from './factories.js';
import {
  CREATE_FRAMEWORK,
  draftInput,
  FRAMEWORK,
  signInAs,
  supplierWithProduct,
  type FrameworkPayloadShape,
} from './catalogue.js';
import { CONTRACT, CONTRACTS, contractInput, createdContract } from './contracts.js';
import { declared, sendDeclaration } from './compliance.js';
import { useTestServer } from './test-server.js';

const server = useTestServer();

/**
 * A trust user must not reach another trust's private records by any path: a direct id, a nested
 * field, or a list filter. Today the private records are people's accounts, memberships, API
 * tokens, the audit trail, central bodies' draft frameworks, and each trust's contract register
 * with its prices.
 */
describe('across tenants', () => {
  async function twoTrusts() {
    const em = server().server.orm.em.fork();
    const ours = await createUser(em, [['TRUST_PROCUREMENT', 'RAL']]);
    const theirs = await createUser(em, [['TRUST_PROCUREMENT', 'RJ1']]);
    const us = await server().signIn(ours.email, TEST_PASSWORD);
    const them = await server().signIn(theirs.email, TEST_PASSWORD);
    const theirMembership = (
      await them.gql<{ me: { memberships: { id: string }[] } }>('{ me { memberships { id } } }')
    ).data!.me.memberships[0]!.id;
    const theirToken = (
      await them.gql<{ createApiToken: { apiToken: { id: string } } }>(
        `mutation($m: ID!) { createApiToken(input: { name: "Theirs", membershipId: $m }) { apiToken { id } } }`,
        { m: theirMembership },
      )
    ).data!.createApiToken.apiToken.id;
    return { us, theirs, theirMembership, theirToken };
  }

  it('cannot read another trust’s users, directly or by list filter', async () => {
    const { us, theirs } = await twoTrusts();
    const direct = await us.gql(`query($id: String!) { user(id: $id) { email } }`, { id: theirs.id });
    expect(direct.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(direct.data?.['user'] ?? null).toBeNull();
    const listed = await us.gql(
      `query($s: String) { users(filter: { search: $s }) { edges { node { email } } } }`,
      {
        s: theirs.email,
      },
    );
    expect(listed.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(listed)).not.toContain(theirs.email);
  });

  it('cannot read the audit trail of another trust’s people', async () => {
    const { us, theirs } = await twoTrusts();
    const res = await us.gql(
      `query($a: ID) { auditEvents(filter: { actorUserId: $a }) { edges { node { action } } } }`,
      {
        a: theirs.id,
      },
    );
    expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('cannot act in, or make tokens for, another trust’s membership', async () => {
    const { us, theirMembership } = await twoTrusts();
    const sw = await us.gql<{ switchMembership: { userErrors: { code: string }[] } }>(
      `mutation($m: ID!) { switchMembership(input: { membershipId: $m }) { userErrors { code } } }`,
      { m: theirMembership },
    );
    expect(sw.data?.switchMembership.userErrors[0]?.code).toBe('NOT_FOUND');
    const token = await us.gql<{ createApiToken: { token: string | null; userErrors: { code: string }[] } }>(
      `mutation($m: ID!) { createApiToken(input: { name: "x", membershipId: $m }) { token userErrors { code } } }`,
      { m: theirMembership },
    );
    expect(token.data?.createApiToken).toEqual({ token: null, userErrors: [{ code: 'NOT_FOUND' }] });
  });

  it('cannot see or revoke another trust’s API tokens through nested fields or by id', async () => {
    const { us, theirToken } = await twoTrusts();
    const mine = await us.gql<{ me: { apiTokens: { id: string }[] } }>('{ me { apiTokens { id } } }');
    expect(mine.data?.me.apiTokens.map((t) => t.id)).not.toContain(theirToken);
    const revoke = await us.gql<{ revokeApiToken: { userErrors: { code: string }[] } }>(
      `mutation($id: ID!) { revokeApiToken(input: { id: $id }) { userErrors { code } } }`,
      { id: theirToken },
    );
    expect(revoke.data?.revokeApiToken.userErrors[0]?.code).toBe('NOT_FOUND');
  });

  it('cannot see another central body’s draft frameworks by id, reference, list, nested lot or OCDS', async () => {
    const ours = await signInAs(server(), 'CENTRAL_COMMERCIAL', 'X24');
    const theirs = await signInAs(server(), 'CENTRAL_COMMERCIAL', 'CC-SBS');
    const offer = await supplierWithProduct(ours);
    const created = await ours.gql<{ createFramework: FrameworkPayloadShape }>(CREATE_FRAMEWORK, {
      input: draftInput(offer),
    });
    const draft = created.data!.createFramework.framework!;
    for (const viewer of [theirs.gql, server().gql]) {
      const byId = await viewer<{ framework: unknown }>(FRAMEWORK, { id: draft.id });
      const byReference = await viewer<{ framework: unknown }>(FRAMEWORK, { reference: draft.reference });
      expect([byId.data?.framework, byReference.data?.framework]).toEqual([null, null]);
      const listed = await viewer<{ frameworks: { totalCount: number } }>(
        `query($s: String) { frameworks(filter: { search: $s, statuses: [DRAFT, PUBLISHED] }) { totalCount } }`,
        { s: draft.reference },
      );
      expect(listed.data?.frameworks.totalCount).toBe(0);
      const supplier = await viewer<{ supplier: { awards: unknown[] } }>(
        `query($id: String!) { supplier(id: $id) { awards { id } } }`,
        {
          id: offer.supplierId,
        },
      );
      expect(supplier.data?.supplier.awards).toEqual([]);
    }
    expect((await fetch(`${server().url}/ocds/frameworks/${draft.reference}.json`)).status).toBe(404);
  });

  it('cannot read or change another trust’s contracts by id, list filter, search or mutation', async () => {
    const { us } = await twoTrusts();
    const them = await signInAs(server(), 'TRUST_PROCUREMENT', 'RJ1');
    const central = await signInAs(server(), 'CENTRAL_COMMERCIAL', 'X24');
    const offer = await supplierWithProduct(central);
    const theirs = await createdContract(them, contractInput(offer, { asDraft: true }));
    const byId = await us.gql<{ contract: unknown }>(CONTRACT, { id: theirs.id });
    expect(byId.data?.contract).toBeNull();
    for (const filter of [
      { buyerOdsCodes: ['RJ1'] },
      { search: theirs.reference },
      { supplierIds: [offer.supplierId] },
    ]) {
      const listed = await us.gql<{ contracts: { totalCount: number } }>(CONTRACTS, { filter });
      expect(listed.data?.contracts.totalCount).toBe(0);
    }
    const version = { id: theirs.id, expectedRowVersion: theirs.rowVersion };
    for (const [name, input] of [
      ['confirmContract', version],
      ['deleteContract', version],
      ['endContractEarly', { ...version, endDate: '2026-05-01', reason: 'x' }],
    ] as const) {
      const type = name === 'endContractEarly' ? 'EndContractEarlyInput' : 'ContractVersionInput';
      const res = await us.gql<Record<string, { userErrors: { code: string }[] }>>(
        `mutation($input: ${type}!) { ${name}(input: $input) { userErrors { code } } }`,
        { input },
      );
      expect(res.data?.[name]?.userErrors).toEqual([{ code: 'NOT_FOUND' }]);
    }
    const still = await them.gql<{ contract: { status: string; rowVersion: number } }>(CONTRACT, {
      id: theirs.id,
    });
    expect(still.data?.contract).toMatchObject({ status: 'DRAFT', rowVersion: theirs.rowVersion });
  });

  it('cannot read another trust’s unverified declarations by id, filter, history or estate, nor declare for it', async () => {
    const ours = await signInAs(server(), 'TRUST_COMPLIANCE', 'RAL');
    const theirs = await signInAs(server(), 'TRUST_COMPLIANCE', 'RJ1');
    const secret = await declared(theirs, 'declareCompliance', {
      subject: { organisationOdsCode: 'RJ1' },
      standardCode: 'ISO27001',
      status: 'NON_COMPLIANT',
      remediation: { dueOn: '2099-01-01', actions: ['Scope the information security management system'] },
    });
    const direct = await ours.gql<{ declaration: unknown }>(
      `query($id: String!) { declaration(id: $id) { id } }`,
      {
        id: secret.id,
      },
    );
    expect(direct.data?.declaration).toBeNull();
    const listed = await ours.gql(
      `{ declarations(first: 50, filter: { organisationOdsCodes: ["RJ1"], verification: [UNVERIFIED] }) { totalCount edges { node { id } } } }`,
    );
    expect(JSON.stringify(listed.data)).not.toContain(secret.id);
    const history = await ours.gql<{ declarationHistory: unknown[] }>(
      `{ declarationHistory(subject: { organisationOdsCode: "RJ1" }, standardCode: "ISO27001") { id } }`,
    );
    expect(history.data?.declarationHistory).toEqual([]);
    const estate = await ours.gql(`{ estate(input: { odsCode: "RJ1" }) { systems { productName } } }`);
    expect(estate.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const attention = await ours.gql(
      `{ complianceAttention(input: { scope: ORGANISATION, code: "RJ1" }) { withinDays } }`,
    );
    expect(attention.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const forThem = await sendDeclaration(ours, 'declareCompliance', {
      subject: { organisationOdsCode: 'RJ1' },
      standardCode: 'DSPT',
      status: 'COMPLIANT',
      level: 'STANDARDS_MET',
    });
    expect(forThem.userErrors.map((e) => e.field)).toEqual([['subject', 'organisationOdsCode']]);
  });
});
