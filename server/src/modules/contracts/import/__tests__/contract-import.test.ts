import { beforeAll, describe, expect, it } from 'vitest';
import {
  publishedFramework,
  signInAs,
  supplierWithProduct,
  type FrameworkShape,
} from '../../../../../test/catalogue.js';
import {
  CONTRACT,
  CONTRACTS,
  END_CONTRACT_EARLY,
  type ContractShape,
} from '../../../../../test/contracts.js';
import type { SignedInClient } from '../../../../../test/test-server.js';
import { useTestServer } from '../../../../../test/test-server.js';
import { AuditEvent } from '../../../audit/audit-event.entity.js';
import { Contract } from '../../contract.entity.js';
import { registerColumns } from '../register-template.js';
import { ContractImport } from '../contract-import.entity.js';
import { takeImportLease } from '../import-lease.js';
import { ContractImportStatus } from '../contract-import.enums.js';

const server = useTestServer();

let central: SignedInClient;
let procurement: SignedInClient;
let offer: Awaited<ReturnType<typeof supplierWithProduct>>;
let framework: FrameworkShape;

beforeAll(async () => {
  central = await signInAs(server(), 'CENTRAL_COMMERCIAL', 'X24');
  procurement = await signInAs(server(), 'TRUST_PROCUREMENT', 'RAL');
  offer = await supplierWithProduct(central);
  framework = await publishedFramework(central, offer);
});

type Row = Partial<Record<(typeof registerColumns)[number]['name'], string>>;

/** A register file: the template's header and the rows given (blank cells for what a row leaves out). */
function csv(rows: Row[], separator = ','): string {
  const names = registerColumns.map((c) => c.name);
  const cell = (value: string) => (/[",;\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value);
  return [names.join(separator), ...rows.map((r) => names.map((n) => cell(r[n] ?? '')).join(separator))].join(
    '\r\n',
  );
}

const contractRow = (reference: string, extra: Row = {}): Row => ({
  contract_reference: reference,
  contract_title: 'Patient record licences',
  supplier_name: offer.supplierName.toUpperCase().replace(' LTD', ' Limited'), // matched ignoring case and Ltd/Limited
  route: 'direct award',
  start_date: '01/04/2026',
  end_date: '2029-03-31',
  total_value: '£250,000.00',
  line_reference: 'L1',
  description: 'Licences',
  pricing_unit: 'PER_USER',
  billing_period: 'monthly',
  quantity: '1200',
  unit_price: '4.50',
  ...extra,
});

const IMPORT_FIELDS = /* GraphQL */ `
  id
  status
  fileName
  rowCount
  problemCount
  problemReportUrl
  error
  problems { row column message }
  reviews { kind key name rowCount candidates { id name } chosenId }
  summary { contracts { create update unchanged } lines { create update unchanged } linesRemoved }
`;
type ImportShape = {
  id: string;
  status: string;
  fileName: string;
  rowCount: number;
  problemCount: number;
  problemReportUrl: string | null;
  error: string | null;
  problems: { row: number; column: string | null; message: string }[];
  reviews: {
    kind: string;
    key: string;
    name: string;
    rowCount: number;
    candidates: { id: string; name: string }[];
    chosenId: string | null;
  }[];
  summary: {
    contracts: { create: number; update: number; unchanged: number };
    lines: { create: number; update: number; unchanged: number };
    linesRemoved: number;
  } | null;
};

async function upload(text: string, as = procurement, fileName = 'register.csv'): Promise<ImportShape> {
  const res = await as.gql<{ uploadContractRegister: { contractImport: ImportShape } }>(
    `mutation($input: UploadContractRegisterInput!) { uploadContractRegister(input: $input) { contractImport { ${IMPORT_FIELDS} } userErrors { field message } } }`,
    { input: { fileName, csv: text } },
  );
  expect(res.errors, JSON.stringify(res.errors)).toBeUndefined();
  return res.data!.uploadContractRegister.contractImport;
}

async function read(id: string, as = procurement): Promise<ImportShape> {
  const res = await as.gql<{ contractImport: ImportShape }>(
    `query($id: String!) { contractImport(id: $id) { ${IMPORT_FIELDS} } }`,
    { id },
  );
  return res.data!.contractImport;
}

/** Commits and waits for the import to finish (it runs after the mutation answers). */
async function commit(id: string, as = procurement): Promise<ImportShape> {
  const res = await as.gql<{
    commitContractImport: { contractImport: ImportShape | null; userErrors: { message: string }[] };
  }>(
    `mutation($input: CommitContractImportInput!) { commitContractImport(input: $input) { contractImport { status } userErrors { message } } }`,
    { input: { id } },
  );
  expect(res.data!.commitContractImport.userErrors).toEqual([]);
  for (let i = 0; i < 400; i += 1) {
    const now = await read(id, as);
    // Once committed, an import is IMPORTING until it ends: never READY again in between, which a
    // page polling it would offer to import a second time.
    expect(now.status).not.toBe('READY');
    if (now.status !== 'IMPORTING') return now;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('the import did not finish');
}

async function register(references: string[]) {
  const res = await procurement.gql<{ contracts: { edges: { node: { id: string; reference: string } }[] } }>(
    CONTRACTS,
    {
      first: 100,
      filter: { search: references[0]!.slice(0, 6) },
    },
  );
  return res.data!.contracts.edges.map((e) => e.node).filter((n) => references.includes(n.reference));
}

const count = () => server().server.orm.em.fork().count(Contract, {});
const unique = () => `IMP-${Date.now().toString(36)}-${Math.floor(Math.random() * 1e6)}`;

describe('importing a contract register', () => {
  it('dry-runs first and saves nothing; the commit saves every contract with normalised prices; a second import of the same file changes nothing', async () => {
    const a = unique();
    const b = unique();
    const text = csv([
      contractRow(a, { description: 'Licences', line_reference: 'L1' }),
      contractRow(a, {
        line_reference: 'L2',
        description: 'Implementation',
        pricing_unit: 'FIXED',
        billing_period: 'one-off',
        quantity: '1',
        unit_price: '£90,000',
      }),
      // A call-off of the fixture's product, its name in other case: above the banded ceiling.
      contractRow(b, {
        framework_reference: framework.reference,
        lot_number: '1',
        route: '',
        product_name: `FIXTURE record ${offer.supplierName.match(/\d+/)![0]}`,
        billing_period: 'ANNUAL',
        unit_price: '13.00',
      }),
    ]);
    const before = await count();
    const checked = await upload(`\uFEFF${text}`);
    expect(checked.problems).toEqual([]);
    expect(checked).toMatchObject({
      status: 'READY',
      rowCount: 3,
      summary: {
        contracts: { create: 2, update: 0, unchanged: 0 },
        lines: { create: 3, update: 0, unchanged: 0 },
        linesRemoved: 0,
      },
    });
    expect(await count()).toBe(before);

    const done = await commit(checked.id);
    expect(done.status).toBe('IMPORTED');
    expect(await count()).toBe(before + 2);
    const recorded = await server().server.orm.em.fork().find(AuditEvent, { action: 'importContract' });
    expect(
      recorded.filter((e) => (e.changes?.['after'] as { importId?: string })?.importId === checked.id),
    ).toHaveLength(2);
    const [first, second] = (await register([a, b])).sort((x, y) =>
      x.reference === a ? -1 : y.reference === a ? 1 : 0,
    );
    const contract = (await procurement.gql<{ contract: ContractShape }>(CONTRACT, { id: first!.id })).data!
      .contract;
    expect(contract).toMatchObject({
      status: 'ACTIVE',
      route: 'DIRECT_AWARD',
      startDate: '2026-04-01',
      totalValue: { amount: '250000.00' },
    });
    expect(contract.lines.map((l) => l.observation.annualUnitPrice.amount)).toEqual([
      '54.0000',
      '30000.0000',
    ]);
    const callOff = (await procurement.gql<{ contract: ContractShape }>(CONTRACT, { id: second!.id })).data!
      .contract;
    expect(callOff.award?.lot.framework.reference).toBe(framework.reference);
    expect(callOff.lines[0]!.observation).toMatchObject({
      ceilingAnnualUnitPrice: { amount: '12.1250' },
      aboveCeiling: true,
    });

    const events = await server().server.orm.em.fork().count(AuditEvent, {});
    const again = await upload(text, procurement, 'register (again).csv');
    expect(again.summary).toEqual({
      contracts: { create: 0, update: 0, unchanged: 2 },
      lines: { create: 0, update: 0, unchanged: 3 },
      linesRemoved: 0,
    });
    expect((await commit(again.id)).status).toBe('IMPORTED');
    const same = (await procurement.gql<{ contract: ContractShape }>(CONTRACT, { id: first!.id })).data!
      .contract;
    expect(same.rowVersion).toBe(contract.rowVersion);
    // Only the import itself is recorded: no contract changed.
    expect(await server().server.orm.em.fork().count(AuditEvent, {})).toBe(events + 1);
  });

  it('leaves alone an import another server process runs (PostgreSQL: its lease held), and checks and runs it again once none does', async () => {
    const { database } = server();
    const a = unique();
    const uploaded = await upload(csv([contractRow(a)]));
    // The embedded database serves one process: no other can be running it.
    const elsewhere =
      database.kind === 'postgresql' ? await takeImportLease(database.url, uploaded.id) : null;
    try {
      await server()
        .server.orm.em.fork()
        .nativeUpdate(ContractImport, { id: uploaded.id }, { status: ContractImportStatus.IMPORTING });
      if (elsewhere) {
        expect((await read(uploaded.id)).status).toBe('IMPORTING');
        const refused = await procurement.gql<{
          commitContractImport: { userErrors: { message: string }[] };
        }>(
          `mutation($input: CommitContractImportInput!) { commitContractImport(input: $input) { userErrors { message } } }`,
          { input: { id: uploaded.id } },
        );
        expect(refused.data!.commitContractImport.userErrors.map((e) => e.message)).toEqual([
          'This file has already been imported.',
        ]);
      }
    } finally {
      // The other process dies: its connection, and so its lease, goes with it.
      await elsewhere?.release();
    }
    expect((await read(uploaded.id)).status).toBe('FAILED');
    // "Try again" on the page: the file checked once more, ready to import.
    const checked = await procurement.gql<{ chooseContractImportMatches: { contractImport: ImportShape } }>(
      `mutation($input: ChooseContractImportMatchesInput!) { chooseContractImportMatches(input: $input) { contractImport { ${IMPORT_FIELDS} } userErrors { message } } }`,
      { input: { id: uploaded.id, choices: [] } },
    );
    expect(checked.data!.chooseContractImportMatches.contractImport).toMatchObject({ status: 'READY' });
    expect((await commit(uploaded.id)).status).toBe('IMPORTED');
    expect((await register([a])).map((c) => c.reference)).toEqual([a]);
  });

  it('updates the same contracts and lines from an updated file, keyed by reference and line reference', async () => {
    const a = unique();
    const first = await upload(
      csv([
        contractRow(a, { description: 'Licences' }),
        contractRow(a, {
          line_reference: 'L2',
          description: 'Training',
          pricing_unit: 'PER_DAY',
          role: 'Trainer',
          grade: 'Standard',
          billing_period: 'ONE_OFF',
          quantity: '5',
          unit_price: '600',
        }),
      ]),
    );
    await commit(first.id);
    const [created] = await register([a]);
    const original = (await procurement.gql<{ contract: ContractShape }>(CONTRACT, { id: created!.id })).data!
      .contract;

    const updated = await upload(
      csv(
        [
          contractRow(a, { description: 'Licences', unit_price: '4.00' }),
          contractRow(a, {
            line_reference: 'L3',
            description: 'Support',
            pricing_unit: 'FIXED',
            billing_period: 'ANNUAL',
            quantity: '1',
            unit_price: '5000',
          }),
        ],
        ';',
      ),
    );
    expect(updated.summary).toEqual({
      contracts: { create: 0, update: 1, unchanged: 0 },
      lines: { create: 1, update: 1, unchanged: 0 },
      linesRemoved: 1,
    });
    await commit(updated.id);
    const after = (await procurement.gql<{ contract: ContractShape }>(CONTRACT, { id: created!.id })).data!
      .contract;
    expect(after.lines.map((l) => [l.lineReference, l.unitPrice.amount])).toEqual([
      ['L1', '4.0000'],
      ['L3', '5000.0000'],
    ]);
    expect(after.lines[0]!.id).toBe(original.lines[0]!.id);
    expect(after.rowVersion).toBe(original.rowVersion + 1);
  });

  it('reports every problem by row and column, and saves nothing', async () => {
    const a = unique();
    const other = await supplierWithProduct(central);
    const before = await count();
    const imp = await upload(
      csv([
        contractRow(a, { description: 'x', unit_price: '4.12345' }),
        contractRow(a, { line_reference: 'L2', description: 'x', quantity: '-3' }),
        contractRow(unique(), { buyer_ods_code: 'RJ1', description: 'x' }),
        contractRow(unique(), {
          framework_reference: 'NOPE-1',
          lot_number: '1',
          route: '',
          description: 'x',
        }),
        contractRow(unique(), { start_date: '2026-04-01', end_date: '2026-03-01', description: 'x' }),
        contractRow(unique(), {
          framework_reference: framework.reference,
          lot_number: '1',
          route: '',
          supplier_name: other.supplierName,
          description: 'x',
        }),
        contractRow(unique(), {
          description: '=HYPERLINK("http://evil.example","click")',
          unit_price: 'abc',
        }),
      ]),
    );
    expect(imp.status).toBe('NEEDS_FIXES');
    const at = (row: number) => imp.problems.filter((p) => p.row === row).map((p) => p.column);
    expect(at(2)).toContain('unit_price');
    expect(at(3)).toContain('quantity');
    expect(at(4)).toEqual(['buyer_ods_code']);
    expect(at(5)).toEqual(['framework_reference']);
    expect(at(6)).toContain('end_date');
    expect(at(7)).toEqual(['lot_number']);
    expect(at(8)).toContain('unit_price');
    expect(imp.problems.every((p) => p.message.length > 10)).toBe(true);
    expect(imp.summary).toBeNull();
    expect(await count()).toBe(before);

    const res = await fetch(`${server().url}${imp.problemReportUrl}`, {
      headers: { cookie: procurement.cookie },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/csv/);
    const report = await res.text();
    expect(report).toContain('unit_price');
    expect(report).toContain(`'=HYPERLINK`);
    expect(report).not.toMatch(/(^|,)=HYPERLINK/m);
    const refused = await procurement.gql<{ commitContractImport: { userErrors: { message: string }[] } }>(
      `mutation($input: CommitContractImportInput!) { commitContractImport(input: $input) { userErrors { message } } }`,
      { input: { id: imp.id } },
    );
    expect(refused.data!.commitContractImport.userErrors[0]!.message).toMatch(/Fix the problems/);
  });

  it('asks the importer to choose when a supplier name matches nothing, then imports with the choice', async () => {
    const a = unique();
    const imp = await upload(
      csv([contractRow(a, { supplier_name: 'Fixture Supplyer Holdings', description: 'x' })]),
    );
    expect(imp.status).toBe('NEEDS_REVIEW');
    const review = imp.reviews[0]!;
    expect(review).toMatchObject({
      kind: 'SUPPLIER',
      name: 'Fixture Supplyer Holdings',
      rowCount: 1,
      chosenId: null,
    });
    expect(review.candidates.map((c) => c.id)).toContain(offer.supplierId);
    const bad = await procurement.gql<{ chooseContractImportMatches: { userErrors: { field: string[] }[] } }>(
      `mutation($input: ChooseContractImportMatchesInput!) { chooseContractImportMatches(input: $input) { userErrors { field } } }`,
      {
        input: {
          id: imp.id,
          choices: [{ key: review.key, chosenId: '00000000-0000-4000-8000-000000000000' }],
        },
      },
    );
    expect(bad.data!.chooseContractImportMatches.userErrors).toEqual([
      { field: ['choices', '0', 'chosenId'] },
    ]);
    const chosen = await procurement.gql<{ chooseContractImportMatches: { contractImport: ImportShape } }>(
      `mutation($input: ChooseContractImportMatchesInput!) { chooseContractImportMatches(input: $input) { contractImport { ${IMPORT_FIELDS} } } }`,
      { input: { id: imp.id, choices: [{ key: review.key, chosenId: offer.supplierId }] } },
    );
    expect(chosen.data!.chooseContractImportMatches.contractImport).toMatchObject({
      status: 'READY',
      summary: { contracts: { create: 1 } },
    });
    expect((await commit(imp.id)).status).toBe('IMPORTED');
    expect(await register([a])).toHaveLength(1);
  });

  it('checks the file again at commit: a contract ended early since the dry run stops the import, nothing saved', async () => {
    const a = unique();
    await commit((await upload(csv([contractRow(a, { description: 'x' })]))).id);
    const [made] = await register([a]);
    const changed = await upload(
      csv([
        contractRow(a, { description: 'x', unit_price: '3.00' }),
        contractRow(unique(), { description: 'y' }),
      ]),
    );
    expect(changed.status).toBe('READY');
    const current = (await procurement.gql<{ contract: ContractShape }>(CONTRACT, { id: made!.id })).data!
      .contract;
    await procurement.gql(END_CONTRACT_EARLY, {
      input: {
        id: made!.id,
        expectedRowVersion: current.rowVersion,
        endDate: '2027-03-31',
        reason: 'Replaced.',
      },
    });
    const before = await count();
    const result = await commit(changed.id);
    expect(result.status).toBe('NEEDS_FIXES');
    expect(result.problems[0]!.message).toMatch(/ended early/);
    expect(await count()).toBe(before);
  });
});

describe('importing a large register', () => {
  const sql = (text: string) => server().server.orm.em.getConnection().execute(text);

  it('keeps every character of the text as written, and finds it unchanged when imported again', async () => {
    const a = unique();
    const title = `O'Brien's "new" ward\\back {braces}, commas; NULL – £5 ✓`;
    const description = `"Quoted", 'single' \\N\\t and NULL`;
    const text = csv([contractRow(a, { contract_title: title, description, notes: 'Line one\nline two' })]);
    expect((await commit((await upload(text)).id)).status).toBe('IMPORTED');
    const [made] = await register([a]);
    const contract = (await procurement.gql<{ contract: ContractShape }>(CONTRACT, { id: made!.id })).data!
      .contract;
    expect(contract.title).toBe(title);
    expect(contract.lines[0]!.description).toBe(description);
    expect((await upload(text)).summary?.contracts).toEqual({ create: 0, update: 0, unchanged: 1 });
  });

  it('writes more contracts than one batch, all or nothing: a failure in the last batch leaves none of them', async () => {
    const a = unique();
    // 1,005 contracts of one line: more than one round trip of inserts.
    const rows = Array.from({ length: 1005 }, (_, i) =>
      contractRow(`${a}-${i}`, { description: `Line ${i}` }),
    );
    const failing = `${a}-FAIL`;
    rows[1004] = contractRow(failing, { description: 'The last' });
    // The check passes; the database refuses the last contract when it is written.
    await sql(
      `create function refuse_${a.replace(/-/g, '_').toLowerCase()}() returns trigger as $$ begin raise exception 'refused'; end; $$ language plpgsql`,
    );
    await sql(
      `create trigger refuse_import before insert on contract for each row when (new.reference = '${failing}') execute function refuse_${a.replace(/-/g, '_').toLowerCase()}()`,
    );
    const before = await count();
    const events = await server().server.orm.em.fork().count(AuditEvent, {});
    try {
      const checked = await upload(csv(rows));
      expect(checked.summary?.contracts.create).toBe(1005);
      expect((await commit(checked.id)).status).toBe('FAILED');
      expect(await count()).toBe(before);
      expect(await server().server.orm.em.fork().count(AuditEvent, {})).toBe(events);
    } finally {
      await sql('drop trigger refuse_import on contract');
    }
    const again = await upload(csv(rows));
    expect((await commit(again.id)).status).toBe('IMPORTED');
    expect(await count()).toBe(before + 1005);
    const recorded = await server().server.orm.em.fork().find(AuditEvent, { action: 'importContract' });
    expect(
      recorded.filter((e) => (e.changes?.['after'] as { importId?: string })?.importId === again.id),
    ).toHaveLength(1005);
    const last = await server()
      .server.orm.em.fork()
      .findOneOrFail(Contract, { reference: failing }, { populate: ['lines'] });
    expect(last.lines.getItems().map((l) => l.description)).toEqual(['The last']);
  });
});

describe('exporting the register', () => {
  const exported = async (as: SignedInClient) => {
    const res = await fetch(`${server().url}/imports/contract-register/export.csv`, {
      headers: { cookie: as.cookie },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/attachment/);
    return res.text();
  };

  it('exports the trust’s register in the template’s columns, which imports back unchanged', async () => {
    const trust = await signInAs(server(), 'TRUST_PROCUREMENT', 'RAE');
    const a = unique();
    const checked = await upload(
      csv([
        contractRow(a, { discount_percent: '12.5', notes: 'Agreed at the regional hub' }),
        contractRow(a, {
          line_reference: 'L2',
          notes: 'Agreed at the regional hub',
          pricing_unit: 'PER_DAY',
          role: 'Trainer',
          grade: 'Senior',
          billing_period: 'ONE_OFF',
          quantity: '2.5',
          unit_price: '600',
          suppressed: 'yes',
          suppression_reason: 'Part of a research partnership',
        }),
      ]),
      trust,
    );
    expect(checked.problems).toEqual([]);
    await commit(checked.id, trust);
    const text = await exported(trust);
    expect(text.split('\r\n').filter(Boolean)).toHaveLength(3);
    const again = await upload(text, trust, 'export.csv');
    expect(again.problems).toEqual([]);
    expect(again.summary).toMatchObject({
      contracts: { create: 0, update: 0, unchanged: 1 },
      lines: { unchanged: 2 },
    });
  });

  it('neutralises cells a spreadsheet would run as formulas, and shows nothing of other trusts', async () => {
    const trust = await signInAs(server(), 'TRUST_PROCUREMENT', 'RAJ');
    await commit(
      (
        await upload(
          csv([contractRow(unique(), { notes: '=HYPERLINK("http://evil.example","Click")' })]),
          trust,
        )
      ).id,
      trust,
    );
    const text = await exported(trust);
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""Click"")"`);
    expect(text).not.toMatch(/(^|,)"?=HYPERLINK/m);
    expect(text).not.toContain('RAL');
  });
});

describe('the file routes', () => {
  const post = (body: string | Buffer, headers: Record<string, string>) =>
    fetch(`${server().url}/imports/contract-register`, { method: 'POST', body, headers });

  it('accepts a CSV file from a signed-in procurement user and runs the dry run', async () => {
    const res = await post(csv([contractRow(unique(), { description: 'x' })]), {
      'content-type': 'text/csv',
      'x-file-name': encodeURIComponent('Register – April.csv'),
      cookie: procurement.cookie,
    });
    expect(res.status).toBe(201);
    const body = (await res.json()) as { id: string; status: string };
    expect(body.status).toBe('READY');
    expect((await read(body.id)).fileName).toBe('Register – April.csv');
  });

  it('refuses what is not a CSV upload, too large a file, and callers who may not import', async () => {
    expect(
      (await post('{}', { 'content-type': 'application/json', cookie: procurement.cookie })).status,
    ).toBe(415);
    const big = await post(Buffer.alloc(50 * 1024 * 1024, 'a'), {
      'content-type': 'text/csv',
      cookie: procurement.cookie,
    });
    expect(big.status).toBe(413);
    expect(JSON.stringify(await big.json())).toMatch(/larger than 20 MB/);
    expect((await post('a,b', { 'content-type': 'text/csv' })).status).toBe(401);
    const compliance = await signInAs(server(), 'TRUST_COMPLIANCE', 'RAL');
    expect((await post('a,b', { 'content-type': 'text/csv', cookie: compliance.cookie })).status).toBe(403);
  });

  it('reports a binary file as not CSV, with nothing else to look at', async () => {
    const res = await post(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]), {
      'content-type': 'text/csv',
      cookie: procurement.cookie,
    });
    const body = (await res.json()) as { id: string; status: string };
    expect(body.status).toBe('NEEDS_FIXES');
    const imp = await read(body.id);
    expect(imp.problems).toHaveLength(1);
    expect(imp.problems[0]).toMatchObject({ row: 0 });
  });

  it('serves the template to anyone', async () => {
    const res = await fetch(`${server().url}/imports/contract-register/template.csv`);
    expect(res.headers.get('content-disposition')).toMatch(/attachment/);
    expect((await res.text()).split('\n')[0]).toContain('contract_reference');
  });

  it('keeps an import to its importer’s trust', async () => {
    const imp = await upload(csv([contractRow(unique(), { description: 'x' })]));
    const other = await signInAs(server(), 'TRUST_PROCUREMENT', 'RJ1');
    expect(await read(imp.id, other)).toBeNull();
    const colleague = await signInAs(server(), 'TRUST_PROCUREMENT', 'RAL');
    expect((await read(imp.id, colleague)).id).toBe(imp.id);
    const report = await fetch(`${server().url}/imports/contract-register/${imp.id}/problems.csv`, {
      headers: { cookie: other.cookie },
    });
    expect(report.status).toBe(404);
  });
});
