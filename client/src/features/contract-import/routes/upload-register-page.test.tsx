import { act, cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  chris,
  complianceAtBirmingham,
  FakeSession,
  renderFrame,
  user,
  type Me,
} from '../../../test/render-frame';
import { contractImportRoutes } from '../routes';
import { chooseAndSend, FakeRequest, fileOf, priya } from '../test-fixtures';
import { MAX_FILE_BYTES } from '../upload';

beforeAll(() => {
  // jsdom does not scroll; React Router's scroll restoration asks it to.
  window.scrollTo = () => undefined;
});

beforeEach(() => {
  FakeRequest.sent = [];
  vi.stubGlobal('XMLHttpRequest', FakeRequest);
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function renderUpload(me: Me | null = priya) {
  return renderFrame({
    url: '/contracts/import',
    routes: [
      ...contractImportRoutes.filter((route) => route.path === 'contracts/import'),
      { path: '/contracts/import/:id', element: <h1>Import page</h1> },
    ],
    mocks: [new FakeSession(me).viewerMock()],
  });
}

const choose = (file: File) => chooseAndSend('Upload your file', 'Upload and check the file', file);

describe('UploadRegisterPage (step 1)', () => {
  it('explains the template, links to it and to the guide, and asks for a CSV file', async () => {
    renderUpload();
    const heading = await screen.findByRole('heading', { level: 1 });
    expect(heading.textContent).toBe('Step 1 of 4 – Upload your contract register');
    expect(document.title).toBe('Upload your contract register – Import contracts – Concord');
    expect(screen.getByRole('link', { name: 'Download the template (CSV)' }).getAttribute('href')).toBe(
      '/imports/contract-register/template.csv',
    );
    expect(screen.getByRole('link', { name: 'how to fill it in' }).getAttribute('href')).toBe('#guide');
    // The guide's key rules, folded away: formats and matching among them.
    const guide = document.getElementById('guide')!;
    expect([...guide.querySelectorAll('summary')].map((summary) => summary.textContent)).toEqual([
      'How to fill in the template',
      'How to write dates, money and other values',
      'How suppliers and products are matched',
      'Importing again, and the file’s limits',
    ]);
    expect(guide.textContent).toContain('01/04/2026');
    expect(guide.textContent).toContain('£1,234.56');
    expect(guide.textContent).toContain('up to 4 decimal places');
    expect(guide.textContent).toContain('By Companies House number first');
    // A trust user leaves the buyer blank.
    expect(guide.textContent).toContain('the contracts are Royal Free London NHS Foundation Trust’s');
    const input = screen.getByLabelText('Upload your file');
    expect(input.getAttribute('type')).toBe('file');
    expect(input.getAttribute('accept')).toBe('.csv,text/csv');
    expect(input.getAttribute('aria-describedby')).toBe('register-file-hint');
  });

  it('tells a central user to name the buyer on every row', async () => {
    renderUpload(chris);
    await screen.findByRole('heading', { level: 1 });
    expect(document.getElementById('guide')!.textContent).toContain(
      'You act for NHS England, so give the ODS code of the trust that holds each contract in buyer_ods_code, on every row.',
    );
  });

  it.each([
    ['no file', null, 'Select the CSV file to upload'],
    [
      'a spreadsheet',
      fileOf('register.xlsx', 2000, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'),
      'The selected file is a spreadsheet, not a CSV file. In Excel, use Save As and choose CSV UTF-8 (Comma delimited) (*.csv).',
    ],
    ['an empty file', fileOf('register.csv', 0), 'The selected file is empty'],
    [
      'a file over 20 MB',
      fileOf('register.csv', MAX_FILE_BYTES + 1),
      'The selected file must be 20 MB or smaller: split the register into smaller files',
    ],
  ])('refuses %s without sending anything, in the NHS error style', async (_, file, message) => {
    renderUpload();
    await screen.findByRole('heading', { level: 1 });
    if (file) await choose(file);
    else await userEvent.setup().click(screen.getByRole('button', { name: 'Upload and check the file' }));

    const summary = screen.getByRole('alert');
    const link = within(summary).getByRole('link', { name: message });
    expect(link.getAttribute('href')).toBe('#register-file');
    expect(document.activeElement).toBe(summary.parentElement);
    expect(document.getElementById('register-file-error')?.textContent).toBe(`Error: ${message}`);
    const input = screen.getByLabelText('Upload your file');
    expect(input.getAttribute('aria-describedby')).toBe('register-file-hint register-file-error');
    expect(input.closest('.nhsuk-form-group')?.className).toContain('nhsuk-form-group--error');
    expect(document.title).toBe('Error: Upload your contract register – Import contracts – Concord');
    expect(FakeRequest.sent).toEqual([]);
  });

  it('shows the upload’s progress, then the check, then goes on to the import’s own page', async () => {
    const { router } = renderUpload();
    await screen.findByRole('heading', { level: 1 });
    await choose(fileOf('royal-free.csv', 4_000_000));

    const request = FakeRequest.sent[0]!;
    expect(request.headers['X-File-Name']).toBe('royal-free.csv');
    act(() => request.progress(1_500_000, 4_000_000));
    const bar = screen.getByLabelText('Uploading royal-free.csv');
    expect(bar.tagName).toBe('PROGRESS');
    expect(bar.getAttribute('value')).toBe('1500000');
    expect(bar.getAttribute('max')).toBe('4000000');
    expect(screen.getByRole('status').textContent).toBe('30% of the file sent');
    expect(screen.getByRole('button', { name: 'Upload and check the file' })).toHaveProperty(
      'disabled',
      true,
    );

    act(() => request.progress(4_000_000, 4_000_000));
    expect(screen.getByLabelText('Checking royal-free.csv').hasAttribute('value')).toBe(false);
    expect(screen.getByRole('status').textContent).toContain('Concord is checking it');

    act(() => request.respond(201, { id: 'imp-7', status: 'NEEDS_FIXES', problemCount: 2 }));
    await screen.findByRole('heading', { name: 'Import page' });
    expect(router.state.location.pathname).toBe('/contracts/import/imp-7');
  });

  it('shows the server’s reason beside the file, and lets the person try again', async () => {
    renderUpload();
    await screen.findByRole('heading', { level: 1 });
    await choose(fileOf('register.csv'));
    const message = 'Send the register as a CSV file (Content-Type: text/csv).';
    act(() =>
      FakeRequest.sent[0]!.respond(415, {
        errors: [{ message, extensions: { code: 'UNSUPPORTED_MEDIA_TYPE' } }],
      }),
    );
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: message }).getAttribute('href')).toBe('#register-file');
    expect(document.getElementById('register-file-error')?.textContent).toBe(`Error: ${message}`);
    expect(screen.queryByRole('status')).toBeNull();
    expect(screen.getByRole('button', { name: 'Upload and check the file' })).toHaveProperty(
      'disabled',
      false,
    );
  });

  it('asks someone whose session ended to sign in again, coming back here', async () => {
    renderUpload();
    await screen.findByRole('heading', { level: 1 });
    await choose(fileOf('register.csv'));
    act(() =>
      FakeRequest.sent[0]!.respond(401, {
        errors: [{ message: 'You need to sign in.', extensions: { code: 'UNAUTHENTICATED' } }],
      }),
    );
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('You need to sign in.');
    expect(within(summary).getByRole('link', { name: 'Sign in again' }).getAttribute('href')).toBe(
      '/sign-in?returnTo=%2Fcontracts%2Fimport',
    );
  });

  it('apologises when the service does not answer', async () => {
    renderUpload();
    await screen.findByRole('heading', { level: 1 });
    await choose(fileOf('register.csv'));
    act(() => FakeRequest.sent[0]!.fail());
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Sorry, there is a problem with the service');
    expect(summary.textContent).toContain('The file could not be uploaded. Try again later.');
  });

  it('asks a visitor to sign in, and tells anyone without the role they cannot import', async () => {
    renderUpload(null);
    await screen.findByRole('heading', { name: 'Sign in to continue' });
    cleanup();
    renderUpload(user('Cass Compliance', [complianceAtBirmingham]));
    await screen.findByRole('heading', { name: 'You cannot import contracts' });
    expect(screen.queryByLabelText('Upload your file')).toBeNull();
  });
});
