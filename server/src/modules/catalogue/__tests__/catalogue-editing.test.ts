import { beforeAll, describe, expect, it } from 'vitest';
import {
  CREATE_PRODUCT,
  CREATE_SUPPLIER,
  signInAs,
  unique,
  type UserErrorShape,
} from '../../../../test/catalogue.js';
import { createUser, TEST_PASSWORD } from '../../../../test/factories.js';
import type { SignedInClient } from '../../../../test/test-server.js';
import { useTestServer } from '../../../../test/test-server.js';
import { AuditEvent } from '../../audit/audit-event.entity.js';
import { Membership } from '../../identity/membership.entity.js';
import { Supplier } from '../../suppliers/supplier.entity.js';
import { Product } from '../product.entity.js';

const server = useTestServer();
let central: SignedInClient;

beforeAll(async () => {
  central = await signInAs(server(), 'CENTRAL_COMMERCIAL', 'X24');
});

type SupplierPayload = {
  supplier: { id: string; rowVersion: number; companiesHouseNumber: string } | null;
  userErrors: UserErrorShape[];
};
type ProductPayload = {
  product: {
    id: string;
    rowVersion: number;
    cpv: { code: string; label: string };
    versions: { version: string }[];
  } | null;
  userErrors: UserErrorShape[];
};
const UPDATE_SUPPLIER = `mutation($input: UpdateSupplierInput!) { updateSupplier(input: $input) { supplier { id name rowVersion companiesHouseNumber } userErrors { field code message } } }`;
const UPDATE_PRODUCT = `mutation($input: UpdateProductInput!) { updateProduct(input: $input) { product { id name rowVersion cpv { code label } versions { version } } userErrors { field code message } } }`;
const ADD_VERSION = `mutation($input: AddProductVersionInput!) { addProductVersion(input: $input) { productVersion { version releasedOn } userErrors { field code message } } }`;
const fields = (errors: UserErrorShape[] | undefined) => errors?.map((e) => e.field?.join('.'));

async function createSupplier(input: Record<string, unknown>, as = central) {
  const res = await as.gql<{ createSupplier: SupplierPayload }>(CREATE_SUPPLIER, { input });
  expect(res.errors).toBeUndefined();
  return res.data!.createSupplier;
}

describe('suppliers', () => {
  it('are added by central users with a valid, unique Companies House number; bad input names each field', async () => {
    const n = unique();
    const ok = await createSupplier({
      name: ' Harbour Health Ltd ',
      companiesHouseNumber: `sc ${n}`,
      sme: true,
      website: 'https://harbour.example',
    });
    expect(ok.userErrors).toEqual([]);
    expect(ok.supplier?.companiesHouseNumber).toBe(`SC${n}`);

    const before = await server().server.orm.em.fork().count(Supplier);
    const bad = await createSupplier({
      name: '',
      companiesHouseNumber: '1234',
      sme: false,
      website: 'not a site',
    });
    expect(fields(bad.userErrors)).toEqual(['name', 'companiesHouseNumber', 'website']);
    const duplicate = await createSupplier({ name: 'Copy Ltd', companiesHouseNumber: `SC${n}`, sme: false });
    expect(duplicate.userErrors).toEqual([
      expect.objectContaining({ code: 'CONFLICT', field: ['companiesHouseNumber'] }),
    ]);
    expect(await server().server.orm.em.fork().count(Supplier)).toBe(before);
  });

  it('are edited by central users or the supplier itself, with optimistic locking; other suppliers are refused', async () => {
    const created = (
      await createSupplier({ name: 'Locking Ltd', companiesHouseNumber: `ZX${unique()}`, sme: false })
    ).supplier!;
    const em = server().server.orm.em.fork();
    const own = await createUser(em, []);
    em.create(Membership, { user: own.id, role: 'SUPPLIER', supplier: created.id });
    await em.flush();
    const itself = await server().signIn(own.email, TEST_PASSWORD);
    const input = {
      id: created.id,
      expectedRowVersion: created.rowVersion,
      name: 'Locking Health Ltd',
      companiesHouseNumber: created.companiesHouseNumber,
      sme: true,
    };
    const first = await itself.gql<{ updateSupplier: SupplierPayload }>(UPDATE_SUPPLIER, { input });
    expect(first.data?.updateSupplier.userErrors).toEqual([]);
    const second = await central.gql<{ updateSupplier: SupplierPayload }>(UPDATE_SUPPLIER, {
      input: { ...input, name: 'Other' },
    });
    expect(second.data?.updateSupplier.userErrors.map((e) => e.code)).toEqual(['STALE_VERSION']);

    const stranger = await signInAs(server(), 'SUPPLIER', null);
    const refused = await stranger.gql(UPDATE_SUPPLIER, {
      input: { ...input, expectedRowVersion: created.rowVersion + 1 },
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(
      await server()
        .server.orm.em.fork()
        .count(AuditEvent, { action: 'updateSupplier', entityId: created.id }),
    ).toBe(1);
  });
});

describe('products', () => {
  let supplierId: string;
  beforeAll(async () => {
    supplierId = (
      await createSupplier({
        name: `Product Maker ${unique()} Ltd`,
        companiesHouseNumber: `ZW${unique()}`,
        sme: true,
      })
    ).supplier!.id;
  });

  it('are created with versions and a CPV code from the shipped ICT list; a code not on it is refused', async () => {
    const res = await central.gql<{ createProduct: ProductPayload }>(CREATE_PRODUCT, {
      input: {
        supplierId,
        name: 'Ward Board',
        category: 'PATIENT_FLOW',
        cpvCode: '48180000-3',
        versions: ['1.0', '1.1'],
        description: 'Bed state at a glance.',
      },
    });
    expect(res.data?.createProduct.userErrors).toEqual([]);
    expect(res.data?.createProduct.product).toMatchObject({
      cpv: { code: '48180000-3', label: expect.stringMatching(/medical software/i) },
      versions: [{ version: '1.0' }, { version: '1.1' }],
    });
    const ordered = await central.gql<{ createProduct: ProductPayload }>(CREATE_PRODUCT, {
      input: {
        supplierId,
        name: 'Versioned',
        category: 'EPR',
        cpvCode: '48180000-3',
        versions: ['10.0', '9.2', '2025.10', '2025.1'],
      },
    });
    expect(ordered.data?.createProduct.product?.versions.map((v) => v.version)).toEqual([
      '9.2',
      '10.0',
      '2025.1',
      '2025.10',
    ]);

    const before = await server().server.orm.em.fork().count(Product);
    const bad = await central.gql<{ createProduct: ProductPayload }>(CREATE_PRODUCT, {
      input: {
        supplierId,
        name: 'Ward Board',
        category: 'PATIENT_FLOW',
        cpvCode: '99999999-9',
        versions: ['1.0', '1.0', ''],
      },
    });
    expect(fields(bad.data?.createProduct.userErrors)).toEqual([
      'name',
      'cpvCode',
      'versions.1',
      'versions.2',
    ]);
    expect(await server().server.orm.em.fork().count(Product)).toBe(before);
  });

  it('are edited with optimistic locking and gain versions; suppliers manage only their own', async () => {
    const created = (
      await central.gql<{ createProduct: ProductPayload }>(CREATE_PRODUCT, {
        input: {
          supplierId,
          name: `Scribe ${unique()}`,
          category: 'DIGITAL_DICTATION',
          cpvCode: '48000000-8',
          versions: ['3'],
        },
      })
    ).data!.createProduct.product!;
    const input = {
      id: created.id,
      expectedRowVersion: created.rowVersion,
      name: 'Scribe Pro',
      category: 'DIGITAL_DICTATION',
      cpvCode: '48000000-8',
    };
    const edited = await central.gql<{ updateProduct: ProductPayload }>(UPDATE_PRODUCT, { input });
    expect(edited.data?.updateProduct.userErrors).toEqual([]);
    const stale = await central.gql<{ updateProduct: ProductPayload }>(UPDATE_PRODUCT, { input });
    expect(stale.data?.updateProduct.userErrors.map((e) => e.code)).toEqual(['STALE_VERSION']);

    const added = await central.gql<{ addProductVersion: { userErrors: UserErrorShape[] } }>(ADD_VERSION, {
      input: { productId: created.id, version: '4', releasedOn: '2026-10-01' },
    });
    expect(added.data?.addProductVersion.userErrors).toEqual([]);
    const again = await central.gql<{ addProductVersion: { userErrors: UserErrorShape[] } }>(ADD_VERSION, {
      input: { productId: created.id, version: '4' },
    });
    expect(again.data?.addProductVersion.userErrors).toEqual([
      expect.objectContaining({ code: 'CONFLICT', field: ['version'] }),
    ]);

    const otherSupplier = await signInAs(server(), 'SUPPLIER', null);
    const refused = await otherSupplier.gql(ADD_VERSION, { input: { productId: created.id, version: '5' } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('are listed by search, category and supplier, with CPV codes to choose from', async () => {
    const list = await server().gql<{
      products: { edges: { node: { name: string; supplier: { id: string } } }[] };
    }>(
      `query($supplierId: String) { products(filter: { supplierId: $supplierId, categories: [PATIENT_FLOW], search: "ward" }) { edges { node { name supplier { id } } } } }`,
      { supplierId },
    );
    expect(list.data?.products.edges.map((e) => e.node.name)).toEqual(['Ward Board']);
    const cpv = await server().gql<{ cpvCodes: { code: string }[] }>(
      `{ cpvCodes(search: "4818", first: 5) { code } }`,
    );
    expect(cpv.data?.cpvCodes.map((c) => c.code)).toContain('48180000-3');
    const tooMany = await server().gql(`{ cpvCodes(first: 500) { code } }`);
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('standards curation', () => {
  const CREATE = `mutation($input: CreateStandardInput!) { createStandard(input: $input) { standard { id code rowVersion levels supersedes { code } } userErrors { field code message } } }`;
  const UPDATE = `mutation($input: UpdateStandardInput!) { updateStandard(input: $input) { standard { code status rowVersion supersededBy { code } } userErrors { field code message } } }`;
  const base = {
    name: 'Test Standard',
    publisher: 'NHS England',
    category: 'SECURITY',
    appliesTo: 'BOTH',
    status: 'DRAFT',
  };

  it('lets central users add and edit standards with levels, succession and optimistic locking', async () => {
    const code = `TST_${unique()}`;
    const created = await central.gql<{
      createStandard: {
        standard: { id: string; rowVersion: number; levels: string[] } | null;
        userErrors: UserErrorShape[];
      };
    }>(CREATE, {
      input: {
        ...base,
        code: code.toLowerCase(),
        assessment: 'LEVELS',
        levels: ['Basic', 'Advanced'],
        supersedesCode: 'CE',
      },
    });
    expect(created.data?.createStandard.userErrors).toEqual([]);
    expect(created.data?.createStandard.standard).toMatchObject({
      levels: ['Basic', 'Advanced'],
      supersedes: { code: 'CE' },
    });
    const ce = await server().gql<{ standard: { supersededBy: { code: string } | null } }>(
      `{ standard(code: "CE") { supersededBy { code } } }`,
    );
    expect(ce.data?.standard.supersededBy?.code).toBe(code);

    const standard = created.data!.createStandard.standard!;
    const input = {
      ...base,
      id: standard.id,
      expectedRowVersion: standard.rowVersion,
      code,
      assessment: 'PASS_FAIL',
      status: 'EFFECTIVE',
    };
    const edited = await central.gql<{ updateStandard: { userErrors: UserErrorShape[] } }>(UPDATE, { input });
    expect(edited.data?.updateStandard.userErrors).toEqual([]);
    const stale = await central.gql<{ updateStandard: { userErrors: UserErrorShape[] } }>(UPDATE, { input });
    expect(stale.data?.updateStandard.userErrors.map((e) => e.code)).toEqual(['STALE_VERSION']);
  });

  it('refuses bad input, naming each field', async () => {
    const res = await central.gql<{ createStandard: { standard: null; userErrors: UserErrorShape[] } }>(
      CREATE,
      {
        input: {
          ...base,
          code: 'DSPT',
          name: ' ',
          assessment: 'LEVELS',
          levels: ['Only one'],
          effectiveFrom: '2026-01-01',
          effectiveTo: '2025-01-01',
          supersedesCode: 'NOPE',
          url: 'ftp://x',
        },
      },
    );
    const reserved = await central.gql<{ createStandard: { userErrors: UserErrorShape[] } }>(CREATE, {
      input: { ...base, code: 'new', assessment: 'PASS_FAIL' },
    });
    expect(fields(reserved.data?.createStandard.userErrors)).toEqual(['code']);
    expect(fields(res.data?.createStandard.userErrors)).toEqual([
      'code',
      'name',
      'levels',
      'effectiveTo',
      'url',
      'supersedesCode',
    ]);
  });

  it('records which levels count as compliant and how long a certificate lasts, and keeps them when an edit leaves them out', async () => {
    const code = `TST_${unique()}`;
    const FIELDS = `standard { id rowVersion compliantLevels certificateMonths } userErrors { field code message }`;
    type Saved = {
      standard: {
        id: string;
        rowVersion: number;
        compliantLevels: string[];
        certificateMonths: number | null;
      };
      userErrors: UserErrorShape[];
    };
    const created = await central.gql<{ createStandard: Saved }>(
      `mutation($input: CreateStandardInput!) { createStandard(input: $input) { ${FIELDS} } }`,
      {
        input: {
          ...base,
          code,
          assessment: 'LEVELS',
          levels: ['Bronze', 'Silver', 'Gold'],
          compliantLevels: ['Silver', 'Gold'],
          certificateMonths: 24,
        },
      },
    );
    expect(created.data?.createStandard.userErrors).toEqual([]);
    const standard = created.data!.createStandard.standard!;
    expect(standard).toMatchObject({ compliantLevels: ['Silver', 'Gold'], certificateMonths: 24 });

    const edited = await central.gql<{ updateStandard: Saved }>(
      `mutation($input: UpdateStandardInput!) { updateStandard(input: $input) { ${FIELDS} } }`,
      {
        input: {
          ...base,
          id: standard.id,
          expectedRowVersion: standard.rowVersion,
          code,
          name: 'Renamed Standard',
          assessment: 'LEVELS',
          levels: ['Bronze', 'Silver', 'Gold'],
        },
      },
    );
    expect(edited.data?.updateStandard.userErrors).toEqual([]);
    expect(edited.data?.updateStandard.standard).toMatchObject({
      compliantLevels: ['Silver', 'Gold'],
      certificateMonths: 24,
    });

    const shipped = await server().gql<{
      standard: { compliantLevels: string[]; certificateMonths: number | null };
    }>(`{ standard(code: "DSPT") { compliantLevels certificateMonths } }`);
    expect(shipped.data?.standard).toEqual({
      compliantLevels: ['STANDARDS_MET', 'STANDARDS_EXCEEDED'],
      certificateMonths: null,
    });
  });

  it('refuses compliant levels the standard does not have, and a certificate of 0 or 61 months', async () => {
    for (const [input, expected] of [
      [
        { assessment: 'LEVELS', levels: ['Low', 'High'], compliantLevels: ['Top'], certificateMonths: 0 },
        ['compliantLevels', 'certificateMonths'],
      ],
      [
        { assessment: 'PASS_FAIL', compliantLevels: ['High'], certificateMonths: 61 },
        ['compliantLevels', 'certificateMonths'],
      ],
    ] as const) {
      const res = await central.gql<{ createStandard: { userErrors: UserErrorShape[] } }>(CREATE, {
        input: { ...base, code: `TST_${unique()}`, ...input },
      });
      expect(fields(res.data?.createStandard.userErrors)).toEqual(expected);
    }
  });
});
