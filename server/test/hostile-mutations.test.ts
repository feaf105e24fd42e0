// Hostile input through every mutation but createContract (hostile-input.test.ts has that one):
// for each, a valid input from fixtures made through the API, with one to three of its fields
// (nested ones and list items included, read from schema/schema.graphql) replaced by hostile
// values: text of every kind, wrong shapes, huge numbers, bad dates, ids of nothing or of the wrong
// record. Whatever is sent, the answer is never a 5xx nor an internal error: it is saved, or
// refused with reasons (userErrors), or refused as bad input.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import {
  buildSchema,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  type GraphQLInputType,
} from 'graphql';
import { beforeAll, describe, expect, it } from 'vitest';
import { schemaFile } from '../src/core/paths.js';
import { Membership } from '../src/modules/identity/membership.entity.js';
import { Standard } from '../src/modules/standards/standard.entity.js';
import {
  asDraftInput,
  CREATE_FRAMEWORK,
  draftInput,
  FRAMEWORK,
  PUBLISH_FRAMEWORK,
  publishedFramework,
  signInAs,
  supplierWithProduct,
  unique,
  type FrameworkPayloadShape,
  type FrameworkShape,
} from './catalogue.js';
import { declared, signInForSupplier } from './compliance.js';
import { asUpdateInput, contractInput, createdContract } from './contracts.js';
import { createUser, TEST_PASSWORD } from './factories.js';
import { registerLines, layout, header, registerFile, type Line } from './hostile-register.js';
import { amount, anything, badId, date, text, wholeNumber } from './hostile-text.js';
import type { SignedInClient } from './test-server.js';
import { useTestServer } from './test-server.js';

const server = useTestServer();
const schema = buildSchema(readFileSync(schemaFile, 'utf8'));
const em = () => server().server.orm.em.fork();

// Days around the real today, so contracts are in force and plans are due in the future.
const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** Fields holding money or quantities as decimal strings. */
const AMOUNT = /price|value|benefit|quantity|discount/i;
/** An email address in form, longer than any account's. */
const LONG_EMAIL = `${'a'.repeat(400)}@example.org`;
/** A web address in form, longer than any column holds. */
const LONG_URL = `https://example.org/${'a'.repeat(5000)}`;
/** Fields holding the id of a record (or a key naming one). */
const ID = /^(id|key)$|Id$/;

/** Ids of real records of every kind, to send where another kind is expected. */
const knownIds: string[] = [];
const ids = () => fc.oneof(badId, fc.constantFrom(...knownIds));

/** A hostile value for a field of `type` named `name`: of its kind, of no kind, or missing. */
function hostileValue(type: GraphQLInputType, name: string, depth = 0): fc.Arbitrary<unknown> {
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const item = hostileValue(nullable.ofType as GraphQLInputType, name, depth + 1);
    const few = fc.array(item, { maxLength: 4 });
    if (depth > 0) return few;
    // A list far longer than any form sends (not within another: millions of items fit no request).
    return fc.oneof(
      { weight: 4, arbitrary: few },
      { weight: 1, arbitrary: item.map((v) => Array.from({ length: 2000 }, () => v)) },
    );
  }
  const named = getNamedType(type);
  if (isEnumType(named)) return fc.oneof(fc.constantFrom(...named.getValues().map((v) => v.name)), text);
  if (isInputObjectType(named)) {
    if (depth > 2) return anything;
    const fields = Object.values(named.getFields());
    return fc.record(
      Object.fromEntries(fields.map((f) => [f.name, hostileValue(f.type, f.name, depth + 1)])),
      { requiredKeys: [] },
    );
  }
  switch (named.name) {
    case 'Int':
      return wholeNumber;
    case 'Boolean':
      return fc.boolean();
    case 'LocalDate':
    case 'DateTime':
      return date;
    case 'ID':
      return ids();
    default:
      if (ID.test(name)) return ids();
      if (AMOUNT.test(name)) return amount;
      if (/email/i.test(name)) return fc.oneof(text, fc.emailAddress(), fc.constant(LONG_EMAIL));
      return /url|website|links/i.test(name) ? fc.oneof(text, fc.webUrl(), fc.constant(LONG_URL)) : text;
  }
}

type Slot = { path: string[]; value: fc.Arbitrary<unknown> };

/** Every field of an input type, nested input objects and the first item of lists included. */
function slots(type: GraphQLInputType, at: string[] = [], depth = 0): Slot[] {
  const named = getNamedType(type);
  if (!isInputObjectType(named) || depth > 4) return [];
  return Object.values(named.getFields()).flatMap((field) => {
    const here = [...at, field.name];
    const item = isListType(getNullableType(field.type)) ? [...here, '0'] : here;
    const value = fc.oneof(
      { weight: 6, arbitrary: hostileValue(field.type, field.name) },
      { weight: 1, arbitrary: anything },
      { weight: 1, arbitrary: fc.constantFrom(null, undefined) },
    );
    return [{ path: here, value }, ...slots(field.type, item, depth + 1)];
  });
}

/** Sets `value` at `path` (missing objects and lists made on the way; undefined removes the field). */
function setAt(target: Record<string, unknown>, at: string[], value: unknown) {
  let node: Record<string, unknown> = target;
  for (let i = 0; i < at.length - 1; i++) {
    const next = node[at[i]!];
    if (next === null || typeof next !== 'object') node[at[i]!] = /^\d+$/.test(at[i + 1]!) ? [] : {};
    node = node[at[i]!] as Record<string, unknown>;
  }
  if (value === undefined) delete node[at.at(-1)!];
  else node[at.at(-1)!] = value;
}

type Payload = Record<string, unknown> & {
  userErrors: { field: string[] | null; code: string; message: string }[];
};

type Case = {
  mutation: string;
  /** Who sends it: a user the mutation is for. */
  as: () => SignedInClient;
  /** A valid input (made afresh for each run where a success uses it up); one is picked per run. */
  bases: (() => Promise<Record<string, unknown>> | Record<string, unknown>)[];
  /** What the payload holds on success, as selected (`framework { id }`), and whether it did. */
  result: string;
  succeeded: (payload: Payload) => boolean;
  /** Hostile values for a field beyond its kind's (a CSV file's text, say), by dotted path. */
  extra?: Record<string, fc.Arbitrary<unknown>>;
  /** Inputs tried on every run before the generated ones: values once found to break the promise. */
  examples?: { path: string[]; value: unknown }[][];
  runs: number;
};

/** The result is there (not null, not empty). */
const has = (field: string) => (p: Payload) => {
  const value = p[field];
  return value !== null && value !== undefined && !(Array.isArray(value) && value.length === 0);
};

/** Refusals of any mutation: bad input, or a request body over the limit (413). */
const ANSWERS = ['BAD_USER_INPUT', 'PAYLOAD_TOO_LARGE'];

const inputTypeOf = (c: Case) => schema.getMutationType()!.getFields()[c.mutation]!.args[0]!.type;
const documentOf = (c: Case) => /* GraphQL */ `
  mutation Hostile($input: ${inputTypeOf(c).toString()}) {
    ${c.mutation}(input: $input) {
      ${c.result}
      userErrors { field code message }
    }
  }
`;

async function run(c: Case) {
  const inputType = inputTypeOf(c);
  const document = documentOf(c);
  const fields = [
    ...slots(inputType),
    ...Object.entries(c.extra ?? {}).map(([at, value]) => ({ path: at.split('.'), value })),
  ];
  const changes = fc
    .uniqueArray(fc.nat({ max: fields.length - 1 }), { minLength: 1, maxLength: 3 })
    .chain((picked) =>
      fc.tuple(...picked.map((i) => fields[i]!.value.map((value) => ({ path: fields[i]!.path, value })))),
    );
  await fc.assert(
    fc.asyncProperty(fc.nat({ max: c.bases.length - 1 }), changes, async (which, change) => {
      const input = structuredClone(await c.bases[which]!());
      for (const { path: at, value } of change) setAt(input, at, value);
      // Not kept alive: the server answers a body over its limit at once and closes the socket.
      const res = await c
        .as()
        .gql<Record<string, Payload>>(document, { input }, { headers: { connection: 'close' } });
      const errors = res.errors ?? [];
      const codes = errors.map((e) => String(e.extensions?.code));
      const context = JSON.stringify({ status: res.status, errors }).slice(0, 2000);
      expect(res.status, context).toBeLessThan(500);
      expect(
        codes.filter((code) => !ANSWERS.includes(code)),
        context,
      ).toEqual([]);
      if (codes.length) return;
      const payload = res.data![c.mutation]!;
      // Saved, or refused with reasons: never both, never neither.
      expect(c.succeeded(payload), JSON.stringify(payload).slice(0, 2000)).toBe(
        payload.userErrors.length === 0,
      );
      for (const e of payload.userErrors) expect(e.message.trim()).not.toBe('');
    }),
    // Every run makes its own records and some send 2,000-item lists: shrinking a failure could
    // outlast the test's timeout, so the first failing input is reported as it was found.
    {
      numRuns: c.runs,
      endOnFailure: true,
      examples: (c.examples ?? []).map((change) => [0, change] as [number, typeof change]),
    },
  );
}

let admin: SignedInClient;
let central: SignedInClient;
let procurement: SignedInClient;
let compliance: SignedInClient;
let supplierUser: SignedInClient;
let switcher: SignedInClient;
let switcherMemberships: string[];
let offer: Awaited<ReturnType<typeof supplierWithProduct>>;
let editable: Awaited<ReturnType<typeof supplierWithProduct>> & { companiesHouseNumber: string };
let published: FrameworkShape;
let standardId: string;
let signInEmail: string;
let reviewImportId: string;
let reviewKey: string;
let reviewCandidateId: string;

const PLANNED = {
  status: 'PLANNED',
  remediation: { dueOn: day(200), actions: ['Pass the assurance tests'] },
};
const DECLARATIONS = /* GraphQL */ `
  query Current($filter: DeclarationFilter) {
    declarations(first: 1, filter: $filter) {
      edges {
        node {
          id
          rowVersion
        }
      }
    }
  }
`;

/** The current declaration of `standard` for the product version, or for RAL. */
async function currentDeclaration(standard: string, forProduct: boolean) {
  const filter = forProduct
    ? { productVersionIds: [offer.versionId], standardCodes: [standard] }
    : { organisationOdsCodes: ['RAL'], standardCodes: [standard], forProducts: false };
  const res = await central.gql<{ declarations: { edges: { node: { id: string; rowVersion: number } }[] } }>(
    DECLARATIONS,
    { filter },
  );
  return res.data!.declarations.edges[0]!.node;
}

/** A new current declaration of `standard` for the product version, not yet verified. */
async function freshProductDeclaration(standard: string) {
  const current = await currentDeclaration(standard, true);
  return declared(supplierUser, 'supersedeDeclaration', {
    id: current.id,
    expectedRowVersion: current.rowVersion,
    ...PLANNED,
  });
}

async function rowVersion(query: string, variables: Record<string, unknown>): Promise<number> {
  const res = await central.gql<Record<string, { rowVersion: number }>>(query, variables);
  return Object.values(res.data!)[0]!.rowVersion;
}

async function freshDraft(): Promise<FrameworkShape> {
  const res = await central.gql<{ createFramework: FrameworkPayloadShape }>(CREATE_FRAMEWORK, {
    input: draftInput(offer),
  });
  return res.data!.createFramework.framework!;
}

async function readFramework(id: string): Promise<FrameworkShape> {
  return (await central.gql<{ framework: FrameworkShape }>(FRAMEWORK, { id })).data!.framework;
}

/** A contract of RAL for the offer's product, in force from a month ago for two years. */
const liveContractInput = (extra: Record<string, unknown> = {}) =>
  contractInput(offer, { startDate: day(-30), endDate: day(730), maxEndDate: null, ...extra });

const UPLOAD = `mutation($input: UploadContractRegisterInput!) { uploadContractRegister(input: $input) { contractImport { id status reviews { key candidates { id } } } } }`;
type Uploaded = { id: string; status: string; reviews: { key: string; candidates: { id: string }[] }[] };

/** A register of one line of the offer's product, as it would import. */
function registerOf(extra: Line = {}): string {
  const line: Line = {
    contract_reference: `HM-${unique()}`,
    contract_title: 'Patient record licences',
    supplier_name: offer.supplierName,
    route: 'DIRECT_AWARD',
    start_date: day(-30),
    end_date: day(700),
    line_reference: 'L1',
    description: 'Licences',
    pricing_unit: 'PER_USER',
    billing_period: 'ANNUAL',
    quantity: '100',
    unit_price: '12.00',
    ...extra,
  };
  const columns = Object.keys(line);
  return [columns.join(','), columns.map((c) => line[c as keyof Line]).join(',')].join('\r\n');
}

async function uploaded(csv: string): Promise<Uploaded> {
  const res = await procurement.gql<{ uploadContractRegister: { contractImport: Uploaded } }>(UPLOAD, {
    input: { fileName: 'register.csv', csv },
  });
  return res.data!.uploadContractRegister.contractImport;
}

beforeAll(async () => {
  admin = await signInAs(server(), 'ADMIN', null);
  central = await signInAs(server(), 'CENTRAL_COMMERCIAL', 'X24');
  procurement = await signInAs(server(), 'TRUST_PROCUREMENT', 'RAL');
  compliance = await signInAs(server(), 'TRUST_COMPLIANCE', 'RAL');
  offer = await supplierWithProduct(central);
  supplierUser = await signInForSupplier(server(), offer.supplierId);
  const other = await supplierWithProduct(central, { conformsTo: [] });
  const supplier = await central.gql<{ supplier: { companiesHouseNumber: string } }>(
    `query($id: String!) { supplier(id: $id) { companiesHouseNumber } }`,
    { id: other.supplierId },
  );
  editable = { ...other, companiesHouseNumber: supplier.data!.supplier.companiesHouseNumber };
  published = await publishedFramework(central, offer);

  // A user with two memberships to switch between and make tokens for.
  const two = await createUser(em(), [
    ['TRUST_PROCUREMENT', 'RAL'],
    ['TRUST_COMPLIANCE', 'RAL'],
  ]);
  switcher = await server().signIn(two.email, TEST_PASSWORD);
  const me = await switcher.gql<{ me: { memberships: { id: string }[] } }>('{ me { memberships { id } } }');
  switcherMemberships = me.data!.me.memberships.map((m) => m.id);
  signInEmail = (await createUser(em(), [['TRUST_COMPLIANCE', 'RJ1']])).email;

  // Declarations to supersede, verify, reject and accept: the product's (its trust has it under
  // contract) and the trust's own.
  await createdContract(procurement, liveContractInput());
  await declared(supplierUser, 'declareCompliance', {
    subject: { productVersionId: offer.versionId },
    standardCode: 'FHIR_UK_CORE',
    ...PLANNED,
  });
  await declared(compliance, 'declareCompliance', {
    subject: { organisationOdsCode: 'RAL' },
    standardCode: 'ISO27001',
    ...PLANNED,
  });

  const standard = await central.gql<{
    createStandard: { standard: { id: string } | null; userErrors: unknown[] };
  }>(
    `mutation($input: CreateStandardInput!) { createStandard(input: $input) { standard { id } userErrors { code } } }`,
    { input: standardInput(`HOSTILE_${unique()}`) },
  );
  expect(standard.data?.createStandard.userErrors).toEqual([]);
  standardId = standard.data!.createStandard.standard!.id;

  // An import whose supplier name matches none exactly: a name to review, with the nearest offered.
  const review = await uploaded(registerOf({ supplier_name: `${offer.supplierName} Holdings ${unique()}` }));
  expect(review.status).toBe('NEEDS_REVIEW');
  reviewImportId = review.id;
  reviewKey = review.reviews[0]!.key;
  reviewCandidateId = review.reviews[0]!.candidates[0]!.id;

  const contract = await createdContract(procurement, liveContractInput());
  knownIds.push(
    offer.supplierId,
    offer.productId,
    offer.versionId,
    editable.supplierId,
    published.id,
    published.lots[0]!.id,
    published.lots[0]!.awards[0]!.id,
    published.lots[0]!.awards[0]!.prices[0]!.id,
    contract.id,
    contract.lines[0]!.id,
    reviewImportId,
    two.id,
    ...switcherMemberships,
  );
}, 120_000);

function standardInput(code: string): Record<string, unknown> {
  return {
    code,
    name: 'Hostile Test Standard',
    publisher: 'NHS England',
    category: 'SECURITY',
    appliesTo: 'BOTH',
    assessment: 'LEVELS',
    levels: ['Basic', 'Advanced'],
    compliantLevels: ['Advanced'],
    certificateMonths: 12,
    status: 'DRAFT',
    effectiveFrom: '2026-01-01',
    effectiveTo: '2030-12-31',
    url: 'https://example.org/standard',
    version: '1.0',
  };
}

const ocdsSample = readFileSync(
  path.join(import.meta.dirname, 'fixtures/ocds-sample/ocds-213czf-000-00001-05-contract.json'),
  'utf8',
);

/** The sample package's text with values changed, each at its path. */
function sampleWith(changes: [string[], unknown][]): string {
  const pkg = JSON.parse(ocdsSample) as Record<string, unknown>;
  for (const [at, value] of changes) setAt(pkg, at, value);
  return JSON.stringify(pkg);
}

/** Every path in a JSON value, for putting hostile values anywhere in a package. */
function jsonPaths(value: unknown, at: string[] = []): string[][] {
  if (value === null || typeof value !== 'object') return [at];
  return [at, ...Object.entries(value).flatMap(([k, v]) => jsonPaths(v, [...at, k]))];
}
const ocdsPaths = jsonPaths(JSON.parse(ocdsSample)).filter((p) => p.length > 0);
/** The sample package with hostile values at up to three places, or text that is no package at all. */
const ocdsJson = fc.oneof(
  fc
    .array(
      fc.tuple(
        fc.constantFrom(...ocdsPaths),
        fc.oneof(text, amount, date, anything, wholeNumber, fc.constant(null)),
      ),
      { minLength: 1, maxLength: 3 },
    )
    .map(sampleWith),
  text,
  fc.constantFrom('{}', '[]', 'null', '{"releases": 1}', '{"releases": [{}]}', '{'.repeat(5000)),
);

const hostileLineBase: Line = {
  contract_title: 'Patient record licences',
  supplier_name: 'Hostile Supplier Ltd',
  route: 'DIRECT_AWARD',
  start_date: '2026-04-01',
  end_date: '2029-03-31',
  description: 'Licences',
  pricing_unit: 'PER_USER',
  billing_period: 'ANNUAL',
  quantity: '100',
  unit_price: '12.00',
};

const csvText = fc
  .tuple(
    registerLines((reference, lineReference) => ({
      ...hostileLineBase,
      contract_reference: `HM-${reference}`,
      line_reference: lineReference,
    })),
    layout(header, fc.constantFrom('needed', 'always', 'never')),
  )
  .map(([lines, lay]) => registerFile(lines, { ...lay, bytes: false }));

const FRAMEWORK_RESULT = 'framework { id }';
const DECLARATION_RESULT = 'declaration { id }';

const cases: Case[] = [
  // Compliance
  {
    mutation: 'declareCompliance',
    as: () => supplierUser,
    bases: [
      async () => {
        // A version of its own to declare for, so every run can succeed.
        const version = await central.gql<{ addProductVersion: { productVersion: { id: string } } }>(
          `mutation($input: AddProductVersionInput!) { addProductVersion(input: $input) { productVersion { id } } }`,
          { input: { productId: offer.productId, version: `9.${unique()}` } },
        );
        return {
          subject: { productVersionId: version.data!.addProductVersion.productVersion.id },
          standardCode: 'FHIR_UK_CORE',
          evidence: { statement: 'Tested in the harness.', links: ['https://example.org/report'] },
          ...PLANNED,
        };
      },
    ],
    result: DECLARATION_RESULT,
    succeeded: has('declaration'),
    runs: 50,
  },
  {
    mutation: 'supersedeDeclaration',
    as: () => compliance,
    bases: [
      async () => {
        const current = await currentDeclaration('ISO27001', false);
        return {
          id: current.id,
          expectedRowVersion: current.rowVersion,
          evidence: { statement: 'Stage 1 audit booked.' },
          ...PLANNED,
        };
      },
    ],
    result: DECLARATION_RESULT,
    succeeded: has('declaration'),
    runs: 50,
  },
  ...(['verifyDeclaration', 'rejectDeclaration'] as const).map((mutation): Case => ({
    mutation,
    as: () => central,
    bases: [
      async () => {
        const fresh = await freshProductDeclaration('FHIR_UK_CORE');
        return { id: fresh.id, expectedRowVersion: fresh.rowVersion, comment: 'Checked the report.' };
      },
    ],
    result: DECLARATION_RESULT,
    succeeded: has('declaration'),
    runs: 40,
  })),
  {
    mutation: 'acceptDeclarationLocally',
    as: () => compliance,
    bases: [
      async () => ({
        declarationId: (await freshProductDeclaration('FHIR_UK_CORE')).id,
        note: 'DCB0160 sign-off by the CSO.',
      }),
    ],
    result: 'acceptance { note }',
    succeeded: has('acceptance'),
    runs: 40,
  },

  // Identity
  {
    mutation: 'signIn',
    as: () => ({ ...admin, gql: server().gql }),
    bases: [() => ({ email: signInEmail, password: TEST_PASSWORD })],
    result: 'me { user { id } }',
    succeeded: has('me'),
    runs: 40,
  },
  {
    mutation: 'switchMembership',
    as: () => switcher,
    bases: [
      () => ({ membershipId: switcherMemberships[1] }),
      () => ({ membershipId: switcherMemberships[0] }),
    ],
    result: 'me { user { id } }',
    succeeded: has('me'),
    runs: 40,
  },
  {
    mutation: 'createApiToken',
    as: () => switcher,
    bases: [() => ({ name: 'Finance system', membershipId: switcherMemberships[0] })],
    result: 'token apiToken { id }',
    succeeded: has('apiToken'),
    runs: 50,
  },
  {
    mutation: 'revokeApiToken',
    as: () => switcher,
    bases: [
      async () => {
        const made = await switcher.gql<{ createApiToken: { apiToken: { id: string } } }>(
          `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { apiToken { id } } }`,
          { input: { name: 'To revoke', membershipId: switcherMemberships[0] } },
        );
        return { id: made.data!.createApiToken.apiToken.id };
      },
    ],
    result: 'apiToken { id }',
    succeeded: has('apiToken'),
    runs: 40,
  },
  {
    mutation: 'createUser',
    as: () => admin,
    bases: [
      () => ({
        email: `hostile-${unique()}-${Math.random().toString(36).slice(2)}@test.example`,
        name: 'Hostile Test User',
        password: TEST_PASSWORD,
        memberships: [{ role: 'TRUST_PROCUREMENT', organisationOdsCode: 'RAL' }],
      }),
    ],
    result: 'user { id }',
    succeeded: has('user'),
    runs: 40,
  },
  {
    mutation: 'addMembership',
    as: () => admin,
    bases: [
      async () => ({
        userId: (await createUser(em(), [])).id,
        role: 'TRUST_COMPLIANCE',
        organisationOdsCode: 'RJ1',
      }),
      async () => ({
        userId: (await createUser(em(), [])).id,
        role: 'SUPPLIER',
        supplierId: offer.supplierId,
      }),
    ],
    result: 'membership { id }',
    succeeded: has('membership'),
    runs: 50,
  },
  {
    mutation: 'removeMembership',
    as: () => admin,
    bases: [
      async () => {
        const user = await createUser(em(), [['TRUST_PROCUREMENT', 'RAL']]);
        return { membershipId: (await em().findOneOrFail(Membership, { user: user.id })).id };
      },
    ],
    result: 'removedMembershipId',
    succeeded: has('removedMembershipId'),
    runs: 40,
  },
  ...(['deactivateUser', 'reactivateUser'] as const).map((mutation): Case => ({
    mutation,
    as: () => admin,
    bases: [
      async () => ({
        userId: (
          await createUser(em(), [['TRUST_PROCUREMENT', 'RAL']], { active: mutation === 'deactivateUser' })
        ).id,
      }),
    ],
    result: 'user { id }',
    succeeded: has('user'),
    runs: 40,
  })),

  // Catalogue
  {
    mutation: 'createSupplier',
    as: () => central,
    bases: [
      () => ({
        name: `Hostile Supplier ${unique()} Ltd`,
        companiesHouseNumber: `HS${unique()}`,
        sme: true,
        website: 'https://example.org',
      }),
    ],
    result: 'supplier { id }',
    succeeded: has('supplier'),
    runs: 50,
  },
  {
    mutation: 'updateSupplier',
    as: () => central,
    bases: [
      async () => ({
        id: editable.supplierId,
        expectedRowVersion: await rowVersion('query($id: String!) { supplier(id: $id) { rowVersion } }', {
          id: editable.supplierId,
        }),
        name: `Editable Supplier ${unique()} Ltd`,
        companiesHouseNumber: editable.companiesHouseNumber,
        sme: false,
        website: 'https://example.org/editable',
      }),
    ],
    result: 'supplier { id }',
    succeeded: has('supplier'),
    runs: 50,
  },
  {
    mutation: 'createProduct',
    as: () => central,
    bases: [
      () => ({
        supplierId: editable.supplierId,
        name: `Hostile Product ${unique()}`,
        category: 'EPR',
        cpvCode: '48180000-3',
        versions: ['1.0', '1.1'],
        description: 'A product made by a test.',
      }),
    ],
    result: 'product { id }',
    succeeded: has('product'),
    runs: 50,
  },
  {
    mutation: 'updateProduct',
    as: () => central,
    bases: [
      async () => ({
        id: editable.productId,
        expectedRowVersion: await rowVersion('query($id: String!) { product(id: $id) { rowVersion } }', {
          id: editable.productId,
        }),
        name: `Editable Product ${unique()}`,
        category: 'EPR',
        cpvCode: '48180000-3',
        description: 'Edited by a test.',
      }),
    ],
    result: 'product { id }',
    succeeded: has('product'),
    runs: 50,
  },
  {
    mutation: 'addProductVersion',
    as: () => central,
    bases: [() => ({ productId: editable.productId, version: `2.${unique()}`, releasedOn: '2026-01-01' })],
    result: 'productVersion { id }',
    succeeded: has('productVersion'),
    runs: 50,
  },
  {
    mutation: 'createStandard',
    as: () => central,
    bases: [() => standardInput(`HOSTILE_${unique()}`)],
    result: 'standard { id }',
    succeeded: has('standard'),
    runs: 50,
  },
  {
    mutation: 'updateStandard',
    as: () => central,
    bases: [
      async () => {
        // By id: a run that renamed it (a new code is an edit like any other) keeps it the same record.
        const { code, rowVersion: expectedRowVersion } = await em().findOneOrFail(Standard, {
          id: standardId,
        });
        return { ...standardInput(code), id: standardId, expectedRowVersion };
      },
    ],
    result: 'standard { id }',
    succeeded: has('standard'),
    runs: 50,
  },

  // Frameworks
  {
    mutation: 'createFramework',
    as: () => central,
    bases: [() => draftInput(offer)],
    result: FRAMEWORK_RESULT,
    succeeded: has('framework'),
    runs: 60,
  },
  {
    mutation: 'updateFramework',
    as: () => central,
    bases: [async () => asDraftInput(await freshDraft())],
    result: FRAMEWORK_RESULT,
    succeeded: has('framework'),
    runs: 50,
  },
  {
    mutation: 'publishFramework',
    as: () => central,
    bases: [
      async () => {
        const draft = await freshDraft();
        return { id: draft.id, expectedRowVersion: draft.rowVersion };
      },
    ],
    result: FRAMEWORK_RESULT,
    succeeded: has('framework'),
    runs: 40,
  },
  {
    mutation: 'amendFramework',
    as: () => central,
    bases: [
      async () => {
        const now = await readFramework(published.id);
        const next = new Date(`${now.endDate}T00:00:00Z`);
        next.setUTCDate(next.getUTCDate() + 1);
        return {
          id: now.id,
          expectedRowVersion: now.rowVersion,
          reason: 'Extended for a further day.',
          extend: { endDate: next.toISOString().slice(0, 10) },
        };
      },
      async () => {
        const now = await readFramework(published.id);
        const price = now.lots[0]!.awards[0]!.prices.find((p) => p.pricingUnit === 'PER_USER')!;
        return {
          id: now.id,
          expectedRowVersion: now.rowVersion,
          reason: 'Ceiling lowered.',
          effectiveFrom: day(1),
          changePrice: {
            priceId: price.id,
            ceilingUnitPrice: '12.00',
            tiers: [
              { from: 1, to: 1000, unitPrice: '12.00' },
              { from: 1001, to: null, unitPrice: '10.00' },
            ],
            tierCalculation: 'CUMULATIVE',
          },
        };
      },
      async () => {
        const now = await readFramework(published.id);
        const newcomer = await supplierWithProduct(central);
        return {
          id: now.id,
          expectedRowVersion: now.rowVersion,
          reason: 'A supplier added.',
          addAward: {
            lotId: now.lots[0]!.id,
            award: {
              supplierId: newcomer.supplierId,
              prices: [
                {
                  productVersionId: newcomer.versionId,
                  pricingUnit: 'PER_USER',
                  billingPeriod: 'ANNUAL',
                  ceilingUnitPrice: '11.00',
                  validFrom: day(1),
                },
              ],
            },
          },
        };
      },
    ],
    result: FRAMEWORK_RESULT,
    succeeded: has('framework'),
    runs: 50,
  },
  {
    mutation: 'withdrawFramework',
    as: () => central,
    bases: [
      async () => {
        const draft = await freshDraft();
        const res = await central.gql<{ publishFramework: FrameworkPayloadShape }>(PUBLISH_FRAMEWORK, {
          input: { id: draft.id, expectedRowVersion: draft.rowVersion },
        });
        const framework = res.data!.publishFramework.framework!;
        return {
          id: framework.id,
          expectedRowVersion: framework.rowVersion,
          reason: 'Replaced by a successor.',
        };
      },
    ],
    result: FRAMEWORK_RESULT,
    succeeded: has('framework'),
    runs: 40,
  },

  // Contracts
  {
    mutation: 'updateContract',
    as: () => procurement,
    bases: [
      async () => {
        const made = await createdContract(procurement, liveContractInput());
        return { ...asUpdateInput(made, offer), notes: 'Updated by a test.', priceVisibility: 'ANONYMOUS' };
      },
    ],
    result: 'contract { id }',
    succeeded: has('contract'),
    runs: 50,
  },
  ...(['confirmContract', 'deleteContract'] as const).map((mutation): Case => ({
    mutation,
    as: () => procurement,
    bases: [
      async () => {
        const draft = await createdContract(procurement, liveContractInput({ asDraft: true }));
        return { id: draft.id, expectedRowVersion: draft.rowVersion };
      },
    ],
    result: mutation === 'deleteContract' ? 'deletedContractId' : 'contract { id }',
    succeeded: has(mutation === 'deleteContract' ? 'deletedContractId' : 'contract'),
    runs: 40,
  })),
  {
    mutation: 'endContractEarly',
    as: () => procurement,
    bases: [
      async () => {
        const made = await createdContract(procurement, liveContractInput());
        return { id: made.id, expectedRowVersion: made.rowVersion, endDate: day(10), reason: 'Replaced.' };
      },
    ],
    result: 'contract { id }',
    succeeded: has('contract'),
    runs: 40,
  },
  {
    mutation: 'importOcdsPackage',
    as: () => procurement,
    bases: [() => ({ fileName: 'package.json', json: ocdsSample })],
    extra: { json: ocdsJson },
    result: 'contracts { id } reviews { key } warnings',
    // A package is read (its contracts, the names to review, or why each contract was left out:
    // the "No contracts were imported" page), or refused with reasons.
    succeeded: (p) =>
      has('contracts')(p) || has('reviews')(p) || (has('warnings')(p) && p.userErrors.length === 0),
    // Found by CI: the sample's one item with a negative quantity leaves its contract out.
    examples: [
      [
        {
          path: ['json'],
          value: sampleWith([[['releases', '0', 'contracts', '0', 'items', '0', 'quantity'], -1630941775]]),
        },
      ],
    ],
    runs: 60,
  },
  {
    mutation: 'uploadContractRegister',
    as: () => procurement,
    bases: [() => ({ fileName: 'register.csv', csv: registerOf() })],
    extra: { csv: csvText },
    result: 'contractImport { id }',
    succeeded: has('contractImport'),
    runs: 60,
  },
  {
    mutation: 'chooseContractImportMatches',
    as: () => procurement,
    bases: [() => ({ id: reviewImportId, choices: [{ key: reviewKey, chosenId: reviewCandidateId }] })],
    result: 'contractImport { id }',
    succeeded: has('contractImport'),
    runs: 50,
  },
  {
    mutation: 'commitContractImport',
    as: () => procurement,
    bases: [async () => ({ id: (await uploaded(registerOf())).id })],
    result: 'contractImport { id }',
    succeeded: has('contractImport'),
    runs: 40,
  },
];

describe('hostile input through every mutation', () => {
  it('covers every mutation with input but createContract (hostile-input.test.ts) and signOut (it has none)', () => {
    const mutations = Object.keys(schema.getMutationType()!.getFields()).filter(
      (m) => m !== 'createContract' && m !== 'signOut',
    );
    expect(cases.map((c) => c.mutation).sort()).toEqual(mutations.sort());
  });

  // So the hostile runs start from input that gets through, and reach the rules beneath.
  it.each(cases.map((c) => [c.mutation, c] as const))(
    '%s saves each valid input it starts from',
    async (_name, c) => {
      for (const base of c.bases) {
        const res = await c.as().gql<Record<string, Payload>>(documentOf(c), { input: await base() });
        expect(res.errors).toBeUndefined();
        expect(res.data![c.mutation]!.userErrors).toEqual([]);
        expect(c.succeeded(res.data![c.mutation]!)).toBe(true);
      }
    },
  );

  it.each(cases.map((c) => [c.mutation, c] as const))(
    '%s answers hostile input without a 5xx or an internal error: saved, or refused with reasons',
    async (_name, c) => run(c),
    120_000,
  );

  it('refuses, naming the field, the inputs these properties found answered with an internal error', async () => {
    const found = [
      // PostgreSQL has no year 0.
      {
        as: central,
        document: `mutation($input: AddProductVersionInput!) { addProductVersion(input: $input) { userErrors { field } } }`,
        input: { productId: editable.productId, version: `0.${unique()}`, releasedOn: '0000-01-01' },
        error: /input\.releasedOn.*years start at 0001/,
      },
      // Longer than any account's address (and the sign-in throttle's key).
      {
        as: { ...admin, gql: server().gql },
        document: `mutation($input: SignInInput!) { signIn(input: $input) { userErrors { field code } } }`,
        input: { email: LONG_EMAIL, password: TEST_PASSWORD },
        userError: { field: ['email'], code: 'INVALID' },
      },
      {
        as: admin,
        document: `mutation($input: CreateUserInput!) { createUser(input: $input) { userErrors { field code } } }`,
        input: { email: LONG_EMAIL, name: 'Long Address', password: TEST_PASSWORD },
        userError: { field: ['email'], code: 'INVALID' },
      },
    ];
    for (const f of found) {
      const res = await f.as.gql<Record<string, { userErrors: unknown[] }>>(f.document, { input: f.input });
      if (f.error) {
        expect(res.errors?.[0]).toMatchObject({
          message: expect.stringMatching(f.error),
          extensions: { code: 'BAD_USER_INPUT' },
        });
      } else {
        expect(res.errors).toBeUndefined();
        expect(Object.values(res.data!)[0]!.userErrors).toEqual([f.userError]);
      }
    }
  });
});
