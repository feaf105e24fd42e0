import type { MockLink } from '@apollo/client/testing';
import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ContractFormTrustDocument,
  ImportOcdsPackageDocument,
  type ImportOcdsPackageInput,
  type ImportOcdsPackageMutation,
} from '../../../gql/graphql';
import {
  chris,
  complianceAtBirmingham,
  FakeSession,
  renderFrame,
  user,
  type Me,
} from '../../../test/render-frame';
import { MAX_OCDS_FILE_BYTES } from '../ocds-file';
import { contractImportRoutes } from '../routes';
import { chooseAndSend, fileOf, priya, supplierReview } from '../test-fixtures';

type Payload = ImportOcdsPackageMutation['importOcdsPackage'];

beforeAll(() => {
  // jsdom does not scroll; React Router's scroll restoration asks it to.
  window.scrollTo = () => undefined;
});

let sent: ImportOcdsPackageInput[] = [];
afterEach(() => {
  cleanup();
  sent = [];
});

const PACKAGE = { uri: 'https://example.org/1.json', releases: [{ ocid: 'ocds-213czf-000-00001' }] };
const packageFile = (name = 'ocds-213czf-000-00001.json') =>
  new File([JSON.stringify(PACKAGE, null, 2)], name, { type: 'application/json' });

const payload = (overrides: Partial<Payload> = {}): Payload => ({
  __typename: 'ImportOcdsPackagePayload',
  contracts: [],
  reviews: [],
  warnings: [],
  userErrors: [],
  ...overrides,
});

const draft: Payload['contracts'][number] = {
  __typename: 'Contract',
  id: 'contract-ocds-1',
  reference: 'ocds-213czf-000-00001-contract-01',
  title: 'Construction of cycle lanes',
  status: 'DRAFT',
  endDate: '2027-03-31',
  anyAboveCeiling: false,
  totalValue: { __typename: 'Money', amount: '1096000.00' },
  annualCost: { __typename: 'Money', amount: '548000.00' },
  supplier: { __typename: 'Supplier', id: 'sup-bright', name: 'Brightwater Clinical Informatics UK Ltd' },
  buyer: { __typename: 'Organisation', id: 'org-ral', name: 'Royal Free London NHS Foundation Trust' },
};

/** The page, with a fake server whose answer to the import is `mutation`. */
function renderWith(
  mutation: MockLink.MockedResponse<ImportOcdsPackageMutation>,
  me: Me | null = priya,
  more: MockLink.MockedResponse[] = [],
) {
  return renderFrame({
    url: '/contracts/import/ocds',
    routes: [...contractImportRoutes, { path: '/contracts/:id', element: <h1>Contract page</h1> }],
    mocks: [new FakeSession(me).viewerMock(), mutation, ...more],
  });
}

/** The page, with a fake server answering each import in turn with `answers` (the last one stays). */
function renderPage(answers: Payload[], me: Me | null = priya, more: MockLink.MockedResponse[] = []) {
  return renderWith(
    {
      request: {
        query: ImportOcdsPackageDocument,
        variables: (variables: { input: ImportOcdsPackageInput }) => {
          sent.push(variables.input);
          return true;
        },
      },
      maxUsageCount: Number.POSITIVE_INFINITY,
      result: () => ({ data: { importOcdsPackage: answers[Math.min(sent.length, answers.length) - 1]! } }),
    },
    me,
    more,
  );
}

const chooseAndImport = (file: File) => chooseAndSend('Upload the release package', 'Import', file);

describe('OcdsImportPage', () => {
  it('explains what it does and asks a trust user for the file only', async () => {
    renderPage([]);
    const heading = await screen.findByRole('heading', { level: 1 });
    expect(heading.textContent).toBe('Import an OCDS release package');
    expect(document.title).toBe('Import an OCDS release package – Import OCDS data – Concord');
    const input = screen.getByLabelText('Upload the release package');
    expect(input.getAttribute('accept')).toBe('.json,application/json');
    expect(screen.getByText(/up to 900 KB/)).toBeTruthy();
    expect(screen.queryByLabelText(/ODS code/)).toBeNull();
  });

  it.each([
    ['no file', null, 'Select the OCDS file to import'],
    [
      'a CSV file',
      fileOf('register.csv'),
      'The selected file is a CSV file, not OCDS: import a contract register from the contracts page',
    ],
    [
      'a file that is not JSON',
      fileOf('package.xml', 300, 'application/xml'),
      'The selected file must be a JSON file, ending .json',
    ],
    [
      'a file over 900 KB',
      fileOf('package.json', MAX_OCDS_FILE_BYTES + 1, 'application/json'),
      'The selected file must be 900 KB or smaller: import a release package for fewer contracts, such as one process at a time',
    ],
  ])('refuses %s without sending anything, in the NHS error style', async (_, file, message) => {
    renderPage([]);
    await screen.findByRole('heading', { level: 1 });
    if (file) await chooseAndImport(file);
    else await userEvent.setup().click(screen.getByRole('button', { name: 'Import' }));

    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('link', { name: message }).getAttribute('href')).toBe('#ocds-file');
    expect(document.activeElement).toBe(summary.parentElement);
    expect(document.getElementById('ocds-file-error')?.textContent).toBe(`Error: ${message}`);
    expect(screen.getByLabelText('Upload the release package').getAttribute('aria-describedby')).toBe(
      'ocds-file-hint ocds-file-error',
    );
    expect(document.title).toBe('Error: Import an OCDS release package – Import OCDS data – Concord');
    expect(sent).toEqual([]);
  });

  it('shows why the server refused the file, keeping it chosen to try again', async () => {
    const problems = [
      'The file is not valid OCDS 1.1 at releases/0: must have required property ’date’.',
      'The file is not valid OCDS 1.1 at releases/0: must have required property ’tag’.',
    ];
    renderPage([
      payload({
        userErrors: problems.map((message) => ({
          __typename: 'UserError',
          field: ['json'],
          code: 'INVALID',
          message,
        })),
      }),
      payload({ contracts: [draft] }),
    ]);
    await screen.findByRole('heading', { level: 1 });
    const person = await chooseAndImport(packageFile());

    const summary = await screen.findByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(problems);
    expect(document.getElementById('ocds-file-error')?.textContent).toBe(`Error: ${problems[0]}`);
    // Sent without its layout, the file's name with it.
    expect(sent[0]).toEqual({ fileName: 'ocds-213czf-000-00001.json', json: JSON.stringify(PACKAGE) });

    const input = screen.getByLabelText<HTMLInputElement>('Upload the release package');
    expect(input.files?.[0]?.name).toBe('ocds-213czf-000-00001.json');
    await person.click(screen.getByRole('button', { name: 'Import' }));
    await screen.findByRole('heading', { level: 1, name: 'Draft contracts imported' });
    expect(sent).toHaveLength(2);
  });

  it('asks which supplier a name means, then sends the file again with the choice and lists the draft', async () => {
    const review = { ...supplierReview, rows: [], rowCount: 1, context: '11111111' };
    const warning =
      'ocds-213czf-000-00001 (Cycle lanes): the buyer London Borough of Barnet is not an NHS trust in Concord; imported for Royal Free London NHS Foundation Trust.';
    renderPage([
      payload({ reviews: [review], warnings: [warning] }),
      payload({ contracts: [draft], reviews: [{ ...review, chosenId: 'sup-bright' }], warnings: [warning] }),
    ]);
    await screen.findByRole('heading', { level: 1 });
    const person = await chooseAndImport(packageFile());

    const heading = await screen.findByRole('heading', { level: 1, name: 'Choose the suppliers you meant' });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(document.activeElement).toBe(heading);
    const question = screen.getByRole('group', { name: 'Which supplier is “Brightwatr Clinical”?' });
    expect(question.textContent).toContain('Your file gives the Companies House number 11111111.');
    expect(question.textContent).toContain('Used in 1 contract in the file.');
    // No "none of these": a published package is not corrected, only its suppliers chosen.
    expect(within(question).getAllByRole('radio')).toHaveLength(2);

    // Sending without a choice is refused here, beside the question.
    await person.click(screen.getByRole('button', { name: 'Import with these suppliers' }));
    const summary = screen.getByRole('alert');
    expect(
      within(summary)
        .getByRole('link', { name: 'Choose which supplier “Brightwatr Clinical” is' })
        .getAttribute('href'),
    ).toBe('#review-0');
    expect(sent).toHaveLength(1);

    await person.click(
      within(question).getByRole('radio', { name: 'Brightwater Clinical Informatics UK Ltd' }),
    );
    await person.click(screen.getByRole('button', { name: 'Import with these suppliers' }));

    const done = await screen.findByRole('heading', { level: 1, name: 'Draft contracts imported' });
    expect(sent[1]).toEqual({ ...sent[0], choices: [{ key: review.key, chosenId: 'sup-bright' }] });
    expect(done.parentElement?.textContent).toContain(
      '1 draft contract made or updated from ocds-213czf-000-00001.json',
    );
    expect(document.title).toBe('Draft contracts imported – Import OCDS data – Concord');
    expect(screen.getByText(warning)).toBeTruthy();

    const drafts = screen.getByRole('table', { name: '1 draft contract from ocds-213czf-000-00001.json' });
    const link = within(drafts).getByRole('link', { name: draft.reference });
    expect(link.getAttribute('href')).toBe('/contracts/contract-ocds-1');
    expect(within(drafts).getByText('Draft')).toBeTruthy();
    await person.click(link);
    await screen.findByRole('heading', { level: 1, name: 'Contract page' });
  });

  it('offers a list rather than radios when a name could mean any of many suppliers', async () => {
    const candidates = Array.from({ length: 20 }, (_, index) => ({
      __typename: 'ImportMatchCandidate' as const,
      id: `sup-${index}`,
      name: `Supplier ${index} Ltd`,
      detail: null,
    }));
    renderPage([payload({ reviews: [{ ...supplierReview, candidates }] }), payload({ contracts: [draft] })]);
    await screen.findByRole('heading', { level: 1 });
    const person = await chooseAndImport(packageFile());
    const list = await screen.findByRole('combobox', { name: 'Which supplier is “Brightwatr Clinical”?' });
    await person.selectOptions(list, 'sup-7');
    await person.click(screen.getByRole('button', { name: 'Import with these suppliers' }));
    await screen.findByRole('heading', { level: 1, name: 'Draft contracts imported' });
    expect(sent[1]?.choices).toEqual([{ key: supplierReview.key, chosenId: 'sup-7' }]);
  });

  it('says so when every contract was skipped, and why', async () => {
    const warning =
      'ocds-1 (Beds): its buyer is Barts Health NHS Trust, not your trust, so it was not imported.';
    renderPage([payload({ warnings: [warning] })]);
    await screen.findByRole('heading', { level: 1 });
    await chooseAndImport(packageFile());
    await screen.findByRole('heading', { level: 1, name: 'No contracts were imported' });
    expect(screen.getByRole('heading', { name: 'Why nothing was imported' })).toBeTruthy();
    expect(screen.getByText(warning)).toBeTruthy();
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('lets a central user name the trust, and shows the server’s answer beside it', async () => {
    renderPage(
      [
        payload({
          userErrors: [
            {
              __typename: 'UserError',
              field: ['buyerOdsCode'],
              code: 'INVALID',
              message: 'There is no NHS trust with the ODS code ZZZ.',
            },
          ],
        }),
      ],
      chris,
      [
        {
          request: { query: ContractFormTrustDocument, variables: { odsCode: 'ZZZ' } },
          result: { data: { organisation: null } },
        },
      ],
    );
    await screen.findByRole('heading', { level: 1 });
    const person = userEvent.setup();
    await person.type(screen.getByLabelText('Trust’s ODS code (optional)'), 'zzz');
    await chooseAndImport(packageFile());
    // The field says at once which trust the code names (none, here).
    expect(await screen.findByText('No organisation has the ODS code ZZZ.')).toBeTruthy();
    const summary = await screen.findByRole('alert');
    expect(
      within(summary)
        .getByRole('link', { name: 'There is no NHS trust with the ODS code ZZZ.' })
        .getAttribute('href'),
    ).toBe('#ocds-buyer');
    expect(document.getElementById('ocds-buyer-error')?.textContent).toBe(
      'Error: There is no NHS trust with the ODS code ZZZ.',
    );
    expect(sent[0]?.buyerOdsCode).toBe('ZZZ');
  });

  it('shows the import under way on the button until the server answers', async () => {
    renderWith({
      request: { query: ImportOcdsPackageDocument, variables: () => true },
      delay: 200,
      result: { data: { importOcdsPackage: payload({ contracts: [draft] }) } },
    });
    await screen.findByRole('heading', { level: 1 });
    await chooseAndImport(packageFile());
    const button = await screen.findByRole('button', { name: 'Importing…' });
    expect(button).toHaveProperty('disabled', true);
    expect(screen.getByRole('status').textContent).toContain('Concord is reading the package');
    await screen.findByRole('heading', { level: 1, name: 'Draft contracts imported' });
  });

  it('apologises when the service does not answer', async () => {
    renderWith({
      request: { query: ImportOcdsPackageDocument, variables: () => true },
      error: new Error('offline'),
    });
    await screen.findByRole('heading', { level: 1 });
    await chooseAndImport(packageFile());
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Sorry, there is a problem with the service');
    expect(screen.getByRole('button', { name: 'Import' })).toHaveProperty('disabled', false);
  });

  it('asks a visitor to sign in, and tells anyone without the role they cannot import', async () => {
    renderPage([], null);
    await screen.findByRole('heading', { name: 'Sign in to continue' });
    cleanup();
    renderPage([], user('Cass Compliance', [complianceAtBirmingham]));
    await screen.findByRole('heading', { name: 'You cannot import contracts' });
    expect(screen.queryByLabelText('Upload the release package')).toBeNull();
  });
});
