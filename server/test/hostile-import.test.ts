// Hostile register files through HTTP (fast-check): whatever is uploaded, the server answers
// without a 5xx, and the dry run reports problems or a plan.
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { signInAs, supplierWithProduct } from './catalogue.js';
import {
  allColumns,
  header,
  layout,
  plainLayout,
  registerFile,
  registerLines,
  type Line,
} from './hostile-register.js';
import { Contract } from '../src/modules/contracts/contract.entity.js';
import {
  registerColumnByName,
  type RegisterColumnName,
} from '../src/modules/contracts/import/register-template.js';
import { unstorableIn } from '../src/core/storable-text.js';
import { FORMULAS, NASTY, text } from './hostile-text.js';
import type { SignedInClient } from './test-server.js';
import { useTestServer } from './test-server.js';

const server = useTestServer();

type ImportShape = {
  id: string;
  status: string;
  fileName: string;
  problemCount: number;
  problemReportUrl: string | null;
  error: string | null;
  problems: { row: number; column: string | null; message: string }[];
  reviews: { key: string; chosenId: string | null }[];
  summary: { contracts: { create: number; update: number; unchanged: number } } | null;
};
const IMPORT_FIELDS = /* GraphQL */ `
  id
  status
  fileName
  problemCount
  problemReportUrl
  error
  problems { row column message }
  reviews { key chosenId }
  summary { contracts { create update unchanged } }
`;
const UPLOAD = /* GraphQL */ `
  mutation Upload($input: UploadContractRegisterInput!) {
    uploadContractRegister(input: $input) {
      contractImport { ${IMPORT_FIELDS} }
      userErrors { field code message }
    }
  }
`;

let procurement: SignedInClient;
let offer: Awaited<ReturnType<typeof supplierWithProduct>>;
let batch = 0;

beforeAll(async () => {
  const central = await signInAs(server(), 'CENTRAL_COMMERCIAL', 'X24');
  procurement = await signInAs(server(), 'TRUST_PROCUREMENT', 'RAL');
  offer = await supplierWithProduct(central);
});

/** A line of the fixture supplier's product that would import as it is (references unique per file). */
const validLine = (reference: string, lineReference: string): Line => ({
  contract_reference: `HOSTILE-${batch}-${reference}`,
  contract_title: 'Patient record licences',
  supplier_name: offer.supplierName,
  route: 'DIRECT_AWARD',
  start_date: '01/04/2026',
  end_date: '2029-03-31',
  line_reference: lineReference,
  description: 'Licences',
  pricing_unit: 'PER_USER',
  billing_period: 'monthly',
  quantity: '1200',
  unit_price: '4.50',
});

/** The dry run's answer: problems, names to review, or a summary of what importing would change. */
function expectProblemsOrPlan(imp: ImportShape) {
  if (imp.status === 'NEEDS_FIXES') {
    expect(imp.problemCount).toBeGreaterThan(0);
    expect(imp.problems.length).toBeGreaterThan(0);
    expect(imp.summary).toBeNull();
  } else if (imp.status === 'NEEDS_REVIEW') {
    expect(imp.problems).toEqual([]);
    expect(imp.reviews.some((r) => r.chosenId === null)).toBe(true);
  } else {
    expect(imp.status).toBe('READY');
    expect(imp.problems).toEqual([]);
    const { create, update, unchanged } = imp.summary!.contracts;
    expect(create + update + unchanged).toBeGreaterThan(0);
  }
}

async function readImport(id: string): Promise<ImportShape> {
  const res = await procurement.gql<{ contractImport: ImportShape }>(
    `query($id: String!) { contractImport(id: $id) { ${IMPORT_FIELDS} } }`,
    { id },
  );
  expect(res.errors).toBeUndefined();
  return res.data!.contractImport;
}

/** The problem report downloads, and no cell of it would run as a spreadsheet formula. */
async function expectSafeReport(imp: ImportShape) {
  if (!imp.problemReportUrl) return;
  const res = await fetch(`${server().url}${imp.problemReportUrl}`, {
    headers: { cookie: procurement.cookie, connection: 'close' },
  });
  expect(res.status).toBe(200);
  const cells = (parse(await res.text(), { bom: true, relax_column_count: true }) as string[][]).flat();
  expect(cells.filter((c) => /^[=+\-@\t\r]/.test(c) && !/^-\d+(\.\d+)?$/.test(c))).toEqual([]);
}

/**
 * Uploads a file to POST /imports/contract-register as the procurement user; not kept alive, as
 * Node's fetch would reuse a socket the server may be closing after a large body.
 */
const postFile = (body: Buffer, fileName?: string) =>
  fetch(`${server().url}/imports/contract-register`, {
    method: 'POST',
    body,
    headers: {
      'content-type': 'text/csv',
      ...(fileName === undefined ? {} : { 'x-file-name': fileName }),
      cookie: procurement.cookie,
      connection: 'close',
    },
  });

/** The import an upload answered with, as GraphQL reads it. */
const importOf = async (res: Response) => readImport(((await res.json()) as { id: string }).id);

/** Lines of the fixture's contracts with any cells made hostile, in any layout. */
const hostileLines = registerLines(validLine);
const anyLayout = layout(header, fc.constantFrom('needed', 'always', 'never'));

/** A file name as a browser sends it (percent-encoded), or a header that is no such thing. */
const fileNameHeader = fc.oneof(
  text.filter((t) => !/\p{Cs}/u.test(t)).map((t) => encodeURIComponent(t.slice(0, 300))),
  fc.constantFrom('%', '%E0%A4%A', '%ZZ', '%00', '%0D%0A', '..%2F..%2Fetc%2Fpasswd', 'register.csv'),
);

describe('hostile register files through HTTP', () => {
  it('answers generated files with hostile cells (POST /imports/contract-register) without a 5xx: a dry run with problems or a plan, 150 times', async () => {
    await fc.assert(
      fc.asyncProperty(hostileLines, anyLayout, fileNameHeader, async (lines, lay, fileName) => {
        batch += 1;
        const res = await postFile(registerFile(lines, { ...lay, bytes: true }), fileName);
        expect(res.status, await res.clone().text()).toBeLessThan(500);
        expect(res.status).toBe(201);
        const body = (await res.clone().json()) as { status: string };
        const imp = await importOf(res);
        expect(imp.status).toBe(body.status);
        expectProblemsOrPlan(imp);
        await expectSafeReport(imp);
      }),
      { numRuns: 150 },
    );
  }, 240_000);

  it('keeps a file name that is not percent-encoded as sent, and makes control characters in one spaces', async () => {
    for (const [sent, kept] of [
      ['50%.csv', '50%.csv'],
      ['%', '%'],
      ['%00a%0D%0Ab.csv', 'a  b.csv'],
    ]) {
      const res = await postFile(
        registerFile([validLine('C-1', 'L1')], { ...plainLayout, bytes: true }),
        sent,
      );
      expect(res.status).toBe(201);
      expect((await importOf(res)).fileName).toBe(kept);
    }
  });

  it('quotes a long cell in a problem without cutting a character in half, and a long file name too (both once answered 500)', async () => {
    batch += 1;
    const astral = '\u{10000}'; // one character, two UTF-16 code units: the 39th and 40th
    const res = await postFile(
      registerFile([{ ...validLine('C-1', 'L1'), quantity: `${'9'.repeat(38)}${astral}${astral}` }], {
        ...plainLayout,
        bytes: true,
      }),
      encodeURIComponent(`${'r'.repeat(254)}${astral}.csv`),
    );
    expect(res.status).toBe(201);
    const imp = await importOf(res);
    expect(imp.status).toBe('NEEDS_FIXES');
    expect(imp.problems.map((p) => p.message).join(' ')).toContain(`"${'9'.repeat(38)}…"`);
    expect(imp.fileName).toBe('r'.repeat(254));
  });

  it('answers random bytes after the template’s header without a 5xx, with the file’s problems, 100 times', async () => {
    const headerLine = Buffer.from(`${allColumns.join(',')}\r\n`);
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 3000 }), fc.boolean(), async (bytes, withHeader) => {
        const res = await postFile(withHeader ? Buffer.concat([headerLine, bytes]) : Buffer.from(bytes));
        expect(res.status).toBe(201);
        const imp = await importOf(res);
        expect(imp.status).toBe('NEEDS_FIXES');
        expectProblemsOrPlan(imp);
      }),
      { numRuns: 100 },
    );
  }, 240_000);

  it('answers the same files sent as text to uploadContractRegister (any code units, any file name) without an internal error, 100 times', async () => {
    await fc.assert(
      fc.asyncProperty(hostileLines, anyLayout, text, async (lines, lay, fileName) => {
        batch += 1;
        const csv = registerFile(lines, { ...lay, bytes: false });
        const res = await procurement.gql<{
          uploadContractRegister: { contractImport: ImportShape | null; userErrors: unknown[] };
        }>(UPLOAD, { input: { fileName, csv } });
        expect(res.status).toBeLessThan(500);
        const codes = (res.errors ?? []).map((e) => e.extensions?.code);
        // Text with a NUL is refused before anything runs (BAD_USER_INPUT); nothing else is an error.
        expect(codes.filter((c) => c !== 'BAD_USER_INPUT')).toEqual([]);
        if (codes.length) return;
        expectProblemsOrPlan(res.data!.uploadContractRegister.contractImport!);
      }),
      { numRuns: 100 },
    );
  }, 240_000);

  it('imports hostile text in every free-text column and stores it exactly as written (trimmed), 40 times', async () => {
    /** Text a column takes: within its length, and what a file can hold (no NUL, no lone surrogate). */
    const fits = (column: RegisterColumnName, room = registerColumnByName.get(column)!.maxLength!) =>
      fc
        .oneof(text, fc.constantFrom(...NASTY, ...FORMULAS))
        .filter((t) => !unstorableIn(t) && t.trim() !== '' && t.trim().length <= room);
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          reference: fits('contract_reference', 40),
          title: fits('contract_title'),
          notes: fits('notes'),
          owner: fits('benefits_owner'),
          lineReference: fits('line_reference'),
          description: fits('description'),
        }),
        layout(fc.constant(allColumns), fc.constantFrom('needed', 'always')),
        async (t, lay) => {
          batch += 1;
          const reference = `H${batch}-${t.reference.trim()}`;
          const line: Line = {
            ...validLine('C-1', 'L1'),
            contract_reference: reference,
            contract_title: t.title,
            notes: t.notes,
            benefits_owner: t.owner,
            line_reference: t.lineReference,
            description: t.description,
          };
          const res = await postFile(registerFile([line], { ...lay, bytes: true }));
          expect(res.status).toBe(201);
          const checked = await importOf(res);
          expect(checked.problems).toEqual([]);
          expect(checked.status).toBe('READY');
          const done = await committed(checked.id);
          expect([done.status, done.error]).toEqual(['IMPORTED', null]);
          const saved = await server()
            .server.orm.em.fork()
            .findOneOrFail(Contract, { reference }, { populate: ['lines'] });
          expect([saved.title, saved.notes, saved.benefitsOwner]).toEqual([
            t.title.trim(),
            t.notes.trim(),
            t.owner.trim(),
          ]);
          const [stored] = saved.lines.getItems();
          expect([stored!.lineReference, stored!.description]).toEqual([
            t.lineReference.trim(),
            t.description.trim(),
          ]);
        },
      ),
      { numRuns: 40 },
    );
  }, 240_000);
});

/** Commits an import and waits for it to end (it runs after the mutation answers). */
async function committed(id: string): Promise<ImportShape> {
  const res = await procurement.gql<{ commitContractImport: { userErrors: unknown[] } }>(
    `mutation($input: CommitContractImportInput!) { commitContractImport(input: $input) { userErrors { message } } }`,
    { input: { id } },
  );
  expect(res.errors).toBeUndefined();
  expect(res.data!.commitContractImport.userErrors).toEqual([]);
  for (let i = 0; i < 400; i += 1) {
    const now = await readImport(id);
    if (now.status !== 'IMPORTING') return now;
    await new Promise((r) => setTimeout(r, 25));
  }
  throw new Error('the import did not finish');
}
