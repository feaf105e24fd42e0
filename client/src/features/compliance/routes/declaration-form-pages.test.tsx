import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  DeclareComplianceDocument,
  NewOrganisationDeclarationPageDocument,
  type DeclareComplianceInput,
  type DeclareComplianceMutation,
} from '../../../gql/graphql';
import { complianceAtBirmingham, FakeSession, renderFrame, user, type Me } from '../../../test/render-frame';
import { royalFreeFormData, sam } from '../declaration-fixtures';
import { complianceRoutes } from '../routes';

beforeAll(() => {
  window.scrollTo = () => undefined;
});

let declared: DeclareComplianceInput[] = [];
afterEach(() => {
  cleanup();
  declared = [];
});

type UserErrors = DeclareComplianceMutation['declareCompliance']['userErrors'];

function renderForm(url: string, refuse: UserErrors, me: Me = sam) {
  return renderFrame({
    url,
    routes: complianceRoutes,
    mocks: [
      new FakeSession(me).viewerMock(),
      {
        request: { query: NewOrganisationDeclarationPageDocument, variables: { odsCode: 'RAL', first: 100 } },
        result: { data: royalFreeFormData },
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
      {
        request: {
          query: DeclareComplianceDocument,
          variables: (variables: { input: DeclareComplianceInput }) => {
            declared.push(variables.input);
            return true;
          },
        },
        maxUsageCount: Number.POSITIVE_INFINITY,
        result: (): { data: DeclareComplianceMutation } => ({
          data: {
            declareCompliance: {
              __typename: 'DeclareCompliancePayload',
              declaration: null,
              userErrors: refuse,
            },
          },
        }),
      },
    ],
  });
}

const errorOf = (input: HTMLElement) => {
  const ids = input.getAttribute('aria-describedby')?.split(' ') ?? [];
  const id = ids.find((each) => each.endsWith('-error'));
  return id ? document.getElementById(id)?.textContent : undefined;
};

describe('NewDeclarationPage', { timeout: 20_000 }, () => {
  it('puts the server’s reason beside the field it names, and keeps what was typed', async () => {
    const person = userEvent.setup({ delay: null });
    renderForm('/declarations/new?kind=organisation&subject=RAL&standard=SNOMED_CT', [
      {
        __typename: 'UserError',
        code: 'INVALID',
        field: ['evidence', 'links', '1'],
        message: 'Enter each link in full, like https://digital.nhs.uk/….',
      },
      {
        __typename: 'UserError',
        code: 'INVALID',
        field: ['subject', 'organisationOdsCode'],
        message: 'You can declare only for Royal Free London NHS Foundation Trust (RAL).',
      },
    ]);
    await screen.findByRole('heading', { level: 1, name: 'Declare compliance with a standard' });
    expect((screen.getByRole('combobox', { name: /^Standard/ }) as HTMLSelectElement).value).toBe(
      'SNOMED_CT',
    );

    await person.click(screen.getByRole('radio', { name: 'Compliant' }));
    await person.type(
      screen.getByRole('textbox', { name: 'What the evidence shows (optional)' }),
      'Used in the EPR',
    );
    await person.type(screen.getByRole('textbox', { name: 'Link 1' }), 'https://example.org/audit');
    await person.click(screen.getByRole('button', { name: 'Add another link' }));
    await person.type(screen.getByRole('textbox', { name: 'Link 2' }), 'https://example.org/unreachable');
    await person.click(screen.getByRole('button', { name: 'Declare' }));

    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', {
        name: 'Evidence link 2: Enter each link in full, like https://digital.nhs.uk/….',
      }),
    ).toBeTruthy();
    expect(errorOf(screen.getByRole('textbox', { name: 'Link 2' }))).toBe(
      'Error: Enter each link in full, like https://digital.nhs.uk/….',
    );
    expect(errorOf(screen.getByRole('textbox', { name: 'Link 1' }))).toBeUndefined();
    expect(
      screen.getByText('You can declare only for Royal Free London NHS Foundation Trust (RAL).', {
        selector: '.nhsuk-error-message *, .nhsuk-error-message',
      }),
    ).toBeTruthy();
    expect(
      (screen.getByRole('textbox', { name: 'What the evidence shows (optional)' }) as HTMLTextAreaElement)
        .value,
    ).toBe('Used in the EPR');
    expect(declared).toEqual([
      {
        subject: { organisationOdsCode: 'RAL' },
        standardCode: 'SNOMED_CT',
        status: 'COMPLIANT',
        evidence: {
          statement: 'Used in the EPR',
          links: ['https://example.org/audit', 'https://example.org/unreachable'],
        },
      },
    ]);
    await waitFor(() => expect(document.title).toMatch(/^Error: Declare compliance/));
  });

  it('checks the plan and the links before asking the server', async () => {
    const person = userEvent.setup({ delay: null });
    renderForm('/declarations/new?kind=organisation&subject=RAL', []);
    await screen.findByRole('heading', { level: 1, name: 'Declare compliance with a standard' });
    await person.selectOptions(screen.getByRole('combobox', { name: /^Standard/ }), 'DSPT');
    await person.click(screen.getByRole('radio', { name: /^Approaching standards/ }));
    expect((screen.getByRole('radio', { name: /^Partly compliant/ }) as HTMLInputElement).checked).toBe(true);
    await person.type(screen.getByRole('textbox', { name: 'Link 1' }), 'ftp://files.example/report.pdf');
    await person.click(screen.getByRole('button', { name: 'Declare' }));

    const summary = await screen.findByRole('alert');
    const items = within(summary)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(items).toEqual([
      'Evidence link 1: Enter the link in full, starting with https:// or http://, like https://www.dsptoolkit.nhs.uk/',
      'Enter the date the plan will be complete',
      'List at least one thing that will be done',
    ]);
    expect(declared).toEqual([]);
  });

  it('tells a compliance lead of another trust that they declare only for their own', async () => {
    renderForm(
      '/declarations/new?kind=organisation&subject=RAL',
      [],
      user('Bo Birmingham', [complianceAtBirmingham]),
    );
    expect(
      await screen.findByRole('heading', { level: 1, name: 'You cannot declare for this organisation' }),
    ).toBeTruthy();
    expect(
      screen.getByText(/You declare for University Hospitals Birmingham NHS Foundation Trust only/),
    ).toBeTruthy();
  });
});
