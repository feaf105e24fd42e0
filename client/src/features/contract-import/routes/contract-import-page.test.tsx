import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { FakeSession, renderFrame } from '../../../test/render-frame';
import { contractImportRoutes } from '../routes';
import {
  anImport,
  FakeImports,
  priya,
  problem,
  productReview,
  supplierReview,
  type Import,
} from '../test-fixtures';

beforeAll(() => {
  // jsdom does not scroll; React Router's scroll restoration asks it to.
  window.scrollTo = () => undefined;
});

afterEach(cleanup);

function renderImport(server: FakeImports, url = '/contracts/import/imp-1') {
  return renderFrame({
    url,
    routes: [...contractImportRoutes, { path: '/contracts', element: <h1>Contract register</h1> }],
    mocks: [new FakeSession(priya).viewerMock(), ...server.mocks()],
  });
}

const stepHeading = () => screen.findByRole('heading', { level: 1 });
const headingText = (heading: HTMLElement) => heading.textContent;

/** The import at another status, as the server's dry run would leave it. */
const at = (status: Import['status'], overrides: Partial<Import> = {}) => anImport({ status, ...overrides });

describe('ContractImportPage, step 2: the problems the dry run found', () => {
  const needsFixes = at('NEEDS_FIXES', {
    problemCount: 3,
    problemReportUrl: '/imports/contract-register/imp-1/problems.csv',
    summary: null,
    problems: [
      problem(2, 'unit_price', '"62.12345" has 5 decimal places: a unit price has at most 4.'),
      problem(2, 'end_date', '"31/02/2026" is not a real date: February 2026 has 28 days.'),
      problem(7, null, 'The row has 31 values but the header has 30 columns.'),
    ],
  });

  it('says how many problems in how many rows, lists them by row and column, and offers the report', async () => {
    renderImport(new FakeImports(needsFixes));
    const heading = await stepHeading();
    expect(headingText(heading)).toBe('Step 2 of 4 – Fix the problems in your file');
    expect(document.title).toBe('Fix the problems in your file – Import contracts – Concord');
    expect(screen.getByText('We found 3 problems in 2 rows; nothing has been saved.')).toBeTruthy();

    const table = screen.getByRole('table', { name: 'Problems in royal-free-register.csv' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((row) =>
        within(row)
          .getAllByRole('cell')
          .map((cell) => cell.lastChild?.textContent),
      );
    expect(rows).toEqual([
      ['2', 'unit_price', '"62.12345" has 5 decimal places: a unit price has at most 4.'],
      ['2', 'end_date', '"31/02/2026" is not a real date: February 2026 has 28 days.'],
      ['7', 'Whole row', 'The row has 31 values but the header has 30 columns.'],
    ]);
    const report = screen.getByRole('link', { name: 'Download the error report (CSV)' });
    expect(report.getAttribute('href')).toBe('/imports/contract-register/imp-1/problems.csv');
    expect(report.hasAttribute('download')).toBe(true);
    expect(screen.getByRole('button', { name: 'Upload a corrected file' }).getAttribute('href')).toBe(
      '/contracts/import',
    );
    expect(screen.queryByText(/more problem/)).toBeNull();
    // Arrived afresh (a refresh, a shared link): focus stays where the browser put it.
    expect(document.activeElement).not.toBe(heading);
  });

  it('says how many more problems the report holds than the page lists', async () => {
    renderImport(new FakeImports({ ...needsFixes, problemCount: 250 }));
    await stepHeading();
    expect(screen.getByText('We found 250 problems in the file; nothing has been saved.')).toBeTruthy();
    const more = screen.getByText(/^And 247 more problems/);
    expect(more.textContent).toBe('And 247 more problems — download the error report to see them all.');
    expect(within(more).getByRole('link', { name: 'download the error report' }).getAttribute('href')).toBe(
      '/imports/contract-register/imp-1/problems.csv',
    );
  });

  it('explains a file that could not be read at all', async () => {
    renderImport(
      new FakeImports({
        ...needsFixes,
        problemCount: 1,
        rowCount: 0,
        problems: [problem(0, null, 'The file is saved as UTF-16 ("Unicode text"), not as CSV.')],
      }),
    );
    await stepHeading();
    expect(
      screen.getByText('We found 1 problem with the file as a whole; nothing has been saved.'),
    ).toBeTruthy();
    const cells = within(screen.getByRole('table')).getAllByRole('cell');
    expect(cells.map((cell) => cell.lastChild?.textContent).slice(0, 2)).toEqual([
      'Whole file',
      'Whole file',
    ]);
  });
});

describe('ContractImportPage, step 3: choosing what names mean', () => {
  const needsReview = at('NEEDS_REVIEW', {
    summary: null,
    reviews: [{ ...supplierReview, context: '01234567' }, productReview],
  });

  it('asks about each name, with its rows and the records it may mean', async () => {
    renderImport(new FakeImports(needsReview));
    expect(headingText(await stepHeading())).toBe(
      'Step 3 of 4 – Choose the suppliers and products you meant',
    );

    const supplier = screen.getByRole('group', { name: 'Which supplier is “Brightwatr Clinical”?' });
    expect(document.getElementById('review-0-hint')?.textContent).toBe(
      'Your file gives the Companies House number 01234567. Used in rows 2, 3 and 5.',
    );
    const bright = within(supplier).getByRole('radio', { name: 'Brightwater Clinical Informatics UK Ltd' });
    expect(document.getElementById(bright.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Companies House number ZZ100006',
    );
    expect(
      within(supplier)
        .getAllByRole('radio')
        .map((radio) => radio.nextSibling?.textContent),
    ).toEqual([
      'Brightwater Clinical Informatics UK Ltd',
      'Clearwater Clinical Ltd',
      'None of these: I will correct my file',
    ]);

    const product = screen.getByRole('group', {
      name: 'Which product of Brightwater Clinical Informatics UK Ltd is “Flow Board”?',
    });
    expect(document.getElementById('review-1-hint')?.textContent).toBe('Used in row 4.');
    const flow = within(product).getByRole('radio', { name: 'Brightwater Flow Board' });
    expect(document.getElementById(flow.getAttribute('aria-describedby')!)?.textContent).toBe(
      'Versions: 3.1, 3.2',
    );
  });

  it('asks for a choice for every name before saving', async () => {
    const server = new FakeImports(needsReview);
    renderImport(server);
    await stepHeading();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Save choices' }));

    const summary = screen.getByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Choose which supplier “Brightwatr Clinical” is, or that none of these is right', '#review-0'],
      ['Choose which product “Flow Board” is, or that none of these is right', '#review-1'],
    ]);
    expect(document.getElementById('review-0-error')?.textContent).toBe(
      'Error: Choose which supplier “Brightwatr Clinical” is, or that none of these is right',
    );
    expect(document.title).toBe(
      'Error: Choose the suppliers and products you meant – Import contracts – Concord',
    );
    expect(server.chosen).toEqual([]);
  });

  it('saves the choices; the file checked again, it moves on to the import and focus follows', async () => {
    const server = new FakeImports(needsReview, {
      onChoose: ({ input }, current) => ({
        contractImport: {
          ...anImport(),
          reviews: current.reviews.map((review, index) => ({
            ...review,
            chosenId: String(input.choices[index]?.chosenId ?? '') || null,
          })),
        },
      }),
    });
    renderImport(server);
    await stepHeading();
    const person = userEvent.setup();
    await person.click(screen.getByRole('radio', { name: 'Brightwater Clinical Informatics UK Ltd' }));
    await person.click(screen.getByRole('radio', { name: 'Brightwater Flow Board' }));
    await person.click(screen.getByRole('button', { name: 'Save choices' }));

    const heading = await screen.findByRole('heading', { level: 1, name: /Import your contracts/ });
    expect(server.chosen).toEqual([
      {
        input: {
          id: 'imp-1',
          choices: [
            { key: supplierReview.key, chosenId: 'sup-bright' },
            { key: productReview.key, chosenId: 'prod-flow' },
          ],
        },
      },
    ]);
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });

  it('asks about the products a chosen supplier brings to check, saying the choices were saved', async () => {
    const supplierOnly = at('NEEDS_REVIEW', { summary: null, reviews: [supplierReview] });
    const server = new FakeImports(supplierOnly, {
      onChoose: () => ({
        contractImport: {
          ...supplierOnly,
          reviews: [{ ...supplierReview, chosenId: 'sup-bright' }, productReview],
        },
      }),
    });
    renderImport(server);
    await stepHeading();
    const person = userEvent.setup();
    await person.click(screen.getByRole('radio', { name: 'Brightwater Clinical Informatics UK Ltd' }));
    await person.click(screen.getByRole('button', { name: 'Save choices' }));

    const note = await screen.findByRole('heading', { name: 'Your choices have been saved' });
    expect(note.parentElement?.textContent).toContain('Concord found more names to check');
    await waitFor(() => expect(document.activeElement).toBe(note.parentElement));
    expect(
      screen.getByRole('radio', { name: 'Brightwater Clinical Informatics UK Ltd' }) as HTMLInputElement,
    ).toHaveProperty('checked', true);
    expect(
      screen.getByRole('group', {
        name: 'Which product of Brightwater Clinical Informatics UK Ltd is “Flow Board”?',
      }),
    ).toBeTruthy();
  });

  it('puts the server’s reason beside the name it is about', async () => {
    const message = 'Choose one of the records offered for “Flow Board”.';
    renderImport(
      new FakeImports(needsReview, {
        onChoose: () => ({
          contractImport: null,
          userErrors: [{ field: ['choices', '1', 'chosenId'], message }],
        }),
      }),
    );
    await stepHeading();
    const person = userEvent.setup();
    await person.click(screen.getByRole('radio', { name: 'Clearwater Clinical Ltd' }));
    await person.click(screen.getByRole('radio', { name: 'Brightwater Flow Board' }));
    await person.click(screen.getByRole('button', { name: 'Save choices' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: message }).getAttribute('href')).toBe('#review-1');
    expect(document.getElementById('review-1-error')?.textContent).toBe(`Error: ${message}`);
  });

  it('lets the person say none of these is right, and tells them to correct the file', async () => {
    const server = new FakeImports(needsReview);
    renderImport(server);
    await stepHeading();
    const person = userEvent.setup();
    const supplier = screen.getByRole('group', { name: 'Which supplier is “Brightwatr Clinical”?' });
    await person.click(
      within(supplier).getByRole('radio', { name: 'None of these: I will correct my file' }),
    );
    expect(supplier.textContent).toContain(
      'Correct the supplier’s name in rows 2, 3 and 5, or give its Companies',
    );
    await person.click(screen.getByRole('radio', { name: 'Brightwater Flow Board' }));
    await person.click(screen.getByRole('button', { name: 'Save choices' }));

    const note = await screen.findByRole('heading', { name: 'Your choices have been saved' });
    expect(server.chosen[0]?.input.choices).toEqual([
      { key: supplierReview.key, chosenId: null },
      { key: productReview.key, chosenId: 'prod-flow' },
    ]);
    const inset = note.parentElement!;
    expect(inset.textContent).toContain('Correct “Brightwatr Clinical” in your file, then upload it again.');
    expect(within(inset).getByRole('button', { name: 'Upload a corrected file' }).getAttribute('href')).toBe(
      '/contracts/import',
    );
    await waitFor(() => expect(document.activeElement).toBe(inset));
    // The choice stays as made, though the server keeps no "none".
    expect(
      within(supplier).getByRole('radio', { name: 'None of these: I will correct my file' }),
    ).toHaveProperty('checked', true);
  });
});

describe('ContractImportPage, step 4: the import', () => {
  it('says what importing will do in words and numbers, warning of the lines it removes', async () => {
    renderImport(new FakeImports(anImport()));
    expect(headingText(await stepHeading())).toBe('Step 4 of 4 – Import your contracts');
    expect(
      screen.getByText(
        'This will add 12 contracts, update 3 and leave 40 unchanged; 48 lines will be added, 6 updated and 2 removed.',
      ),
    ).toBeTruthy();
    const table = screen.getByRole('table', { name: 'What importing royal-free-register.csv will do' });
    const rows = within(table)
      .getAllByRole('row')
      .map((row) =>
        [...row.querySelectorAll('th, td')].map((cell) => cell.lastChild?.textContent ?? cell.textContent),
      );
    expect(rows).toEqual([
      ['Records', 'Added', 'Updated', 'Unchanged', 'Removed'],
      ['Contracts', '12', '3', '40', '0'],
      ['Lines', '48', '6', '49', '2'],
    ]);
    expect(screen.getByRole('note').textContent).toContain('2 lines will be removed');
  });

  it('imports, shows the progress as it polls, then confirms with the way to the register', async () => {
    const importing = (processed: number, total: number) =>
      at('IMPORTING', { progress: { __typename: 'ImportProgress', processed, total } });
    const server = new FakeImports(anImport(), {
      afterCommit: [
        importing(0, 15),
        importing(0, 15),
        importing(15, 15),
        at('IMPORTED', { importedAt: '2026-11-23T14:07:00.000Z' }),
      ],
    });
    const { router } = renderImport(server);
    await stepHeading();
    const person = userEvent.setup();
    await person.click(screen.getByRole('button', { name: 'Import contracts' }));

    const heading = await screen.findByRole('heading', { level: 1, name: /Importing your contracts/ });
    expect(headingText(heading)).toBe('Step 4 of 4 – Importing your contracts');
    expect(server.committed).toEqual(['imp-1']);
    await waitFor(() => expect(document.activeElement).toBe(heading));
    const bar = screen.getByLabelText('Importing royal-free-register.csv');
    expect(bar.tagName).toBe('PROGRESS');
    const status = screen.getByRole('status');
    await waitFor(() => expect(status.textContent).toBe('0 of 15 contracts written'), { timeout: 3000 });
    expect(bar.getAttribute('max')).toBe('15');
    await waitFor(() => expect(status.textContent).toBe('15 of 15 contracts written'), { timeout: 3000 });

    const done = await screen.findByRole(
      'heading',
      { level: 1, name: 'Contracts imported' },
      { timeout: 3000 },
    );
    expect(document.title).toBe('Contracts imported – Concord');
    expect(done.parentElement?.className).toBe('nhsuk-panel');
    expect(done.parentElement?.textContent).toContain(
      'Concord added 12 contracts, updated 3 and left 40 unchanged; 48 lines were added, 6 updated and 2 removed.',
    );
    await waitFor(() => expect(document.activeElement).toBe(done));
    // It stops asking once the import has ended.
    const asked = server.queries;
    await new Promise((resolve) => setTimeout(resolve, 1200));
    expect(server.queries).toBe(asked);

    await person.click(screen.getByRole('link', { name: 'View your contracts' }));
    await screen.findByRole('heading', { name: 'Contract register' });
    expect(router.state.location.pathname).toBe('/contracts');
  }, 15_000);

  it('shows why the server would not import', async () => {
    renderImport(new FakeImports(anImport(), { commitRefusal: 'This file has already been imported.' }));
    await stepHeading();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Import contracts' }));
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('This file has already been imported.');
    expect(within(summary).getByRole('link', { name: 'Upload the file again' }).getAttribute('href')).toBe(
      '/contracts/import',
    );
  });

  it('goes back to the problems when the check at import time found new ones', async () => {
    const server = new FakeImports(anImport(), {
      afterCommit: [
        at('NEEDS_FIXES', {
          summary: null,
          problemCount: 1,
          problemReportUrl: '/imports/contract-register/imp-1/problems.csv',
          problems: [problem(3, 'contract_reference', 'RJ1-IT-2026-014 has been ended early: leave it out.')],
          error: 'The register changed since the check: look at the problems and try again.',
        }),
      ],
    });
    renderImport(server);
    await stepHeading();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Import contracts' }));
    const heading = await screen.findByRole(
      'heading',
      { level: 1, name: /Fix the problems in your file/ },
      { timeout: 3000 },
    );
    expect(screen.getByRole('note').textContent).toContain(
      'The register changed since the check: look at the problems and try again.',
    );
    await waitFor(() => expect(document.activeElement).toBe(heading));
  });

  it('says a failed import saved nothing, and tries again by checking the file first', async () => {
    const error =
      'The import stopped and saved nothing. Try again; if it fails again, contact support with the import’s id.';
    const server = new FakeImports(at('FAILED', { error }), {
      onChoose: () => ({ contractImport: anImport() }),
    });
    renderImport(server);
    expect(headingText(await stepHeading())).toBe('Step 4 of 4 – The import did not finish');
    expect(document.title).toBe('Error: The import did not finish – Import contracts – Concord');
    expect(screen.getByRole('note').textContent).toContain(error);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    await screen.findByRole('heading', { level: 1, name: /Import your contracts/ });
    expect(server.chosen).toEqual([{ input: { id: 'imp-1', choices: [] } }]);
  });

  it('says so when there is no such import', async () => {
    renderImport(new FakeImports(null), '/contracts/import/nope');
    await screen.findByRole('heading', { level: 1, name: 'Import not found' });
    expect(screen.getByRole('link', { name: 'Upload a contract register' }).getAttribute('href')).toBe(
      '/contracts/import',
    );
  });
});
