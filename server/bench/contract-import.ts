// pnpm bench:import — imports a generated contract register through the product's own path (the
// upload endpoint's dry run, then the all-or-nothing commit) and prints how long each step takes.
// Starts the built API on a fresh embedded database, or on DATABASE_URL when set (an empty
// database: the server migrates it and loads the demo data). Builds first; builds are not timed.
import { machine, seconds, startApi, timed } from './api-server.js';

const LINES = Number(process.env['BENCH_LINES'] ?? 100_000);
const LINES_PER_CONTRACT = 10;
const PORT = Number(process.env['BENCH_PORT'] ?? 4791);

const api = await startApi(PORT);
try {
  const lead = await api.signIn('procurement@royalfree.example');
  const { gql, cookie } = lead;
  const base = api.base;
  const { suppliers } = await gql<{
    suppliers: { edges: { node: { name: string; companiesHouseNumber: string } }[] };
  }>('{ suppliers(first: 50) { edges { node { name companiesHouseNumber } } } }');

  // The register: off-framework contracts of ten lines, licences, support and day rates.
  const header =
    'contract_reference,contract_title,supplier_name,supplier_companies_house_number,route,start_date,end_date,total_value,line_reference,description,role,grade,pricing_unit,billing_period,quantity,unit_price,discount_percent';
  const rows = [header];
  for (let i = 0; i < LINES; i++) {
    const contract = Math.floor(i / LINES_PER_CONTRACT);
    const supplier = suppliers.edges[contract % suppliers.edges.length]!.node;
    const line = i % LINES_PER_CONTRACT;
    const perDay = line === 9;
    rows.push(
      [
        `BENCH-${contract}`,
        `Benchmark contract ${contract}`,
        `"${supplier.name}"`,
        supplier.companiesHouseNumber,
        'DIRECT_AWARD',
        '01/04/2026',
        '2029-03-31',
        '"£120,000.00"',
        `L${line + 1}`,
        perDay ? 'Consultancy' : `Licence tier ${line}`,
        perDay ? 'Solution architect' : '',
        perDay ? 'Senior' : '',
        perDay ? 'PER_DAY' : 'PER_USER',
        perDay ? 'ONE_OFF' : line % 2 ? 'MONTHLY' : 'ANNUAL',
        String(100 + (i % 900)),
        `${(i % 97) + 1}.${String(i % 10000).padStart(4, '0')}`,
        String(i % 20),
      ].join(','),
    );
  }
  const csv = rows.join('\r\n');

  const upload = () =>
    fetch(`${base}/imports/contract-register`, {
      method: 'POST',
      headers: { 'content-type': 'text/csv', cookie, 'x-file-name': 'bench.csv', connection: 'close' },
      body: csv,
    }).then(async (r) => {
      if (r.status !== 201) throw new Error(`upload: ${r.status} ${await r.text()}`);
      return (await r.json()) as { id: string; status: string; problemCount: number };
    });
  const commit = async (id: string) => {
    await gql(`mutation($id: ID!) { commitContractImport(input: { id: $id }) { userErrors { message } } }`, {
      id,
    });
    for (;;) {
      const { contractImport } = await gql<{ contractImport: { status: string; error: string | null } }>(
        `query($id: String!) { contractImport(id: $id) { status error } }`,
        { id },
      );
      if (contractImport.status !== 'IMPORTING') return contractImport;
      await new Promise((r) => setTimeout(r, 250));
    }
  };

  if (process.env['BENCH_LOG']) console.error(`uploading ${csv.length} characters`);
  const [first, dryRun] = await timed(upload);
  if (first.status !== 'READY') throw new Error(`dry run: ${JSON.stringify(first)}`);
  const [done, commitTime] = await timed(() => commit(first.id));
  if (done.status !== 'IMPORTED') throw new Error(`commit: ${JSON.stringify(done)}`);
  const [again, secondDryRun] = await timed(upload);
  const [, secondCommit] = await timed(() => commit(again.id));

  const mb = (Buffer.byteLength(csv) / 1024 / 1024).toFixed(1);
  console.log(
    `Contract register import: ${LINES.toLocaleString('en-GB')} lines in ${(LINES / LINES_PER_CONTRACT).toLocaleString('en-GB')} contracts (${mb} MB)`,
  );
  console.log(machine());
  console.log('| step | time |\n|---|---|');
  console.log(`| upload and dry run | ${seconds(dryRun)} |`);
  console.log(`| commit (all new) | ${seconds(commitTime)} |`);
  console.log(`| upload and dry run, same file again | ${seconds(secondDryRun)} |`);
  console.log(`| commit, same file again (nothing changes) | ${seconds(secondCommit)} |`);
} finally {
  await api.stop();
}
