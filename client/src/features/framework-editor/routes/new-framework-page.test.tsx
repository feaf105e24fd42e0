import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  CreateFrameworkDocument,
  type CreateFrameworkMutation,
  type CreateFrameworkMutationVariables,
} from '../../../gql/graphql';
import { FakeSession, procurementAtRoyalFree, renderFrame, user } from '../../../test/render-frame';
import { chris, draftFramework } from '../test-fixtures';
import { NewFrameworkPage } from './new-framework-page';

let created: CreateFrameworkMutationVariables[] = [];

beforeAll(() => {
  // jsdom does not scroll; React Router's scroll restoration asks it to.
  window.scrollTo = () => undefined;
});

afterEach(() => {
  cleanup();
  created = [];
});

type Answer =
  { kind: 'accept' } | { kind: 'refuse'; errors: CreateFrameworkMutation['createFramework']['userErrors'] };

function renderNew({ me = chris, answer = { kind: 'accept' } }: { me?: typeof chris; answer?: Answer } = {}) {
  const session = new FakeSession(me);
  const create = {
    request: {
      query: CreateFrameworkDocument,
      variables: (variables: CreateFrameworkMutationVariables) => {
        created.push(variables);
        return true;
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
    result: (): { data: CreateFrameworkMutation } => ({
      data: {
        createFramework: {
          __typename: 'CreateFrameworkPayload',
          framework:
            answer.kind === 'accept'
              ? { ...draftFramework, lots: [], status: 'DRAFT', viewerCanEdit: true, viewerCanAmend: false }
              : null,
          userErrors: answer.kind === 'accept' ? [] : answer.errors,
        },
      },
    }),
  };
  return renderFrame({
    url: '/frameworks/new',
    routes: [
      { path: '/frameworks/new', element: <NewFrameworkPage /> },
      { path: '/frameworks/:reference/edit', element: <h1>Editor</h1> },
    ],
    mocks: [session.viewerMock(), create],
  });
}

async function fillIn(values: { reference?: string; title?: string; start?: string[]; end?: string[] }) {
  const person = userEvent.setup();
  if (values.reference) await person.type(screen.getByLabelText('Reference'), values.reference);
  if (values.title) await person.type(screen.getByLabelText('Title'), values.title);
  for (const [legend, parts] of [
    ['Start date', values.start],
    ['End date', values.end],
  ] as const) {
    if (!parts) continue;
    const group = screen.getByRole('group', { name: legend });
    const [day = '', month = '', year = ''] = parts;
    if (day) await person.type(within(group).getByLabelText('Day'), day);
    if (month) await person.type(within(group).getByLabelText('Month'), month);
    if (year) await person.type(within(group).getByLabelText('Year'), year);
  }
  await person.click(screen.getByRole('button', { name: 'Create draft' }));
  return person;
}

describe('NewFrameworkPage', () => {
  it('asks for every required field, linking the summary to each, without asking the server', async () => {
    renderNew();
    await screen.findByRole('heading', { name: 'Create a framework' });
    await fillIn({});

    const summary = screen.getByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => [link.textContent, link.getAttribute('href')]),
    ).toEqual([
      ['Enter the framework’s reference', '#fe-reference'],
      ['Enter the framework’s title', '#fe-title'],
      ['Enter the start date', '#fe-startDate'],
      ['Enter the end date', '#fe-endDate'],
    ]);
    expect(document.activeElement).toBe(summary.parentElement);
    expect(document.title).toBe('Error: Create a framework – Concord');
    // The start date's link reaches its first box, the day.
    expect(within(screen.getByRole('group', { name: 'Start date' })).getByLabelText('Day').id).toBe(
      'fe-startDate',
    );
    expect(created).toEqual([]);
  });

  it('says what is wrong with a reference and dates, inline and in the summary, keeping what was typed', async () => {
    renderNew();
    await screen.findByRole('heading', { name: 'Create a framework' });
    await fillIn({
      reference: 'x',
      title: 'Clinical systems',
      start: ['1', '4', '2027'],
      end: ['31', '3', '2027'],
    });

    const summary = screen.getByRole('alert');
    expect(
      within(summary)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual([
      'Enter a reference of 2 to 40 letters, digits, hyphens, dots or slashes, like RM6221',
      'The end date must be after the start date',
    ]);
    const reference = screen.getByLabelText('Reference') as HTMLInputElement;
    expect(reference.value).toBe('x');
    expect(reference.className).toContain('nhsuk-input--error');
    expect(reference.getAttribute('aria-describedby')).toBe('fe-reference-hint fe-reference-error');
    expect(document.getElementById('fe-endDate-error')?.textContent).toBe(
      'Error: The end date must be after the start date',
    );
    expect(created).toEqual([]);
  });

  it('explains an impossible date', async () => {
    renderNew();
    await screen.findByRole('heading', { name: 'Create a framework' });
    await fillIn({ reference: 'CDX-1', title: 'T', start: ['31', '2', '2027'], end: ['1', '', '2030'] });
    expect(
      within(screen.getByRole('alert'))
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['Start date must be a real date', 'End date must include a month']);
  });

  it("puts the server's reason on the field it names and keeps everything typed", async () => {
    const message = 'Another framework already has the reference CDX-2027-010.';
    renderNew({
      answer: {
        kind: 'refuse',
        errors: [{ __typename: 'UserError', field: ['reference'], code: 'CONFLICT', message }],
      },
    });
    await screen.findByRole('heading', { name: 'Create a framework' });
    await fillIn({
      reference: 'cdx-2027-010',
      title: 'Clinical systems',
      start: ['1', '4', '2027'],
      end: ['31', '3', '2031'],
    });

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: message }).getAttribute('href')).toBe('#fe-reference');
    expect(document.getElementById('fe-reference-error')?.textContent).toBe(`Error: ${message}`);
    expect((screen.getByLabelText('Title') as HTMLInputElement).value).toBe('Clinical systems');
    expect(created).toEqual([
      {
        input: {
          reference: 'CDX-2027-010',
          title: 'Clinical systems',
          description: '',
          startDate: '2027-04-01',
          endDate: '2031-03-31',
        },
      },
    ]);

    // Changing the field takes the server's message about the old value away.
    await userEvent.setup().type(screen.getByLabelText('Reference'), '1');
    expect(document.getElementById('fe-reference-error')).toBeNull();
  });

  it('creates the draft and opens it in the editor with a notice', async () => {
    const { router } = renderNew();
    await screen.findByRole('heading', { name: 'Create a framework' });
    await fillIn({
      reference: 'cdx-2027-010',
      title: 'Clinical systems',
      start: ['1', '4', '2027'],
      end: ['31', '3', '2031'],
    });

    await screen.findByRole('heading', { name: 'Editor' });
    expect(router.state.location.pathname).toBe('/frameworks/CDX-2027-010/edit');
    expect(screen.getByRole('alert').textContent).toContain(
      'Draft CDX-2027-010 has been created. Add its lots, suppliers and prices.',
    );
  });

  it('tells someone who is not a central commercial user that they cannot create frameworks', async () => {
    renderNew({ me: user('Priya Procurement', [procurementAtRoyalFree]) });
    await screen.findByRole('heading', { name: 'You cannot create frameworks' });
    expect(screen.queryByRole('button', { name: 'Create draft' })).toBeNull();
  });
});
