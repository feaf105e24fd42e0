// pnpm bench:compliance — times each compliance view on the demo data (every open trust's and every
// demo product version's declarations): the first call, then RUNS more (default 5), printing their
// median and the slowest. None is kept (ADR 0013), so every call is computed. Starts the built API
// on a fresh embedded database (or DATABASE_URL's, empty), which loads the demo data first.
import { machine, seconds, startApi, timed, type BenchClient } from './api-server.js';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
const PORT = Number(process.env['BENCH_PORT'] ?? 4793);

const api = await startApi(PORT);
try {
  const anonymous = api.anonymous;
  const central = await api.signIn('commercial@nhsengland.example');
  const trust = await api.signIn('compliance@royalfree.example');
  const CELLS = 'cells { standardCode state level remediationDueOn expiresOn verified declarationId }';
  const queries: [string, BenchClient, string][] = [
    [
      'complianceMatrix, every trust (public)',
      anonymous,
      `{ complianceMatrix { standards { code } rows { id name odsCode ${CELLS} } } }`,
    ],
    [
      'complianceMatrix, every trust, unverified included (central)',
      central,
      `{ complianceMatrix(input: { includeUnverified: true }) { rows { id ${CELLS} } } }`,
    ],
    [
      'complianceCoverage, national, regions and ICBs (public)',
      anonymous,
      '{ complianceCoverage { level code standardCode trusts compliant percentCompliant } }',
    ],
    [
      'complianceMatrix, every product (public)',
      anonymous,
      `{ complianceMatrix(input: { subjects: PRODUCTS }) { rows { id name version ${CELLS} } } }`,
    ],
    [
      'estate, the Royal Free (trust)',
      trust,
      '{ estate(input: { odsCode: "RAL" }) { systems { productName cells { state remediationDueOn locallyAccepted } } } }',
    ],
    [
      'complianceAttention, national (central)',
      central,
      '{ complianceAttention(input: { scope: NATIONAL }) { overdue { days } lapsing { days } byOrganisation { odsCode } } }',
    ],
    ['complianceNotices, the Royal Free (trust)', trust, '{ complianceNotices { kind date } }'],
    [
      'declarations, first 50 (central)',
      central,
      '{ declarations(first: 50) { totalCount edges { node { id status standard { code } organisation { name } productVersion { version } } } } }',
    ],
  ];

  console.log(`Compliance views on the demo data: ${machine()}`);
  console.log(`the first call, then ${RUNS} more\n`);
  console.log('| query | first | median | slowest |\n|---|---|---|---|');
  for (const [label, client, query] of queries) {
    const [, first] = await timed(() => client.gql(query));
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) times.push((await timed(() => client.gql(query)))[1]);
    times.sort((a, b) => a - b);
    console.log(
      `| ${label} | ${seconds(first)} | ${seconds(times[Math.floor(times.length / 2)]!)} | ${seconds(times.at(-1)!)} |`,
    );
  }
} finally {
  await api.stop();
}
