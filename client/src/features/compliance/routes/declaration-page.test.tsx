import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  DeclarationHistoryDocument,
  DeclarationPageDocument,
  RejectDeclarationDocument,
  VerifyDeclarationDocument,
  type DeclarationPage_DeclarationFragment,
  type RejectDeclarationMutation,
  type VerificationOutcome,
  type VerifyDeclarationInput,
  type VerifyDeclarationMutation,
} from '../../../gql/graphql';
import { chris, FakeSession, renderFrame, type Me } from '../../../test/render-frame';
import { declarationFixture, historyFixture, sam } from '../declaration-fixtures';
import { complianceRoutes } from '../routes';

beforeAll(() => {
  window.scrollTo = () => undefined;
});

let verified: VerifyDeclarationInput[] = [];
let rejected: VerifyDeclarationInput[] = [];
afterEach(() => {
  cleanup();
  verified = [];
  rejected = [];
});

/** The server's answer to a central user's decision: the declaration, verified or rejected. */
const decided = (
  declaration: DeclarationPage_DeclarationFragment,
  verification: VerificationOutcome,
  verificationComment: string | null,
) => ({
  __typename: 'VerificationPayload' as const,
  declaration: {
    ...declaration,
    rowVersion: declaration.rowVersion + 1,
    verification,
    verificationComment,
    verifiedAt: '2026-12-02T09:00:00.000Z',
    verifiedByName: 'Chris Commercial',
    viewerCanVerify: false,
  },
  userErrors: [],
});

function renderPage(declaration: DeclarationPage_DeclarationFragment, me: Me | null) {
  return renderFrame({
    url: `/declarations/${declaration.id}`,
    routes: complianceRoutes,
    mocks: [
      new FakeSession(me).viewerMock(),
      {
        request: { query: DeclarationPageDocument, variables: { id: declaration.id } },
        result: { data: { declaration } },
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
      {
        request: {
          query: DeclarationHistoryDocument,
          variables: { subject: { organisationOdsCode: 'RAL' }, standardCode: 'SNOMED_CT' },
        },
        result: { data: historyFixture(declaration) },
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
      {
        request: {
          query: VerifyDeclarationDocument,
          variables: (variables: { input: VerifyDeclarationInput }) => {
            verified.push(variables.input);
            return true;
          },
        },
        result: (): { data: VerifyDeclarationMutation } => ({
          data: { verifyDeclaration: decided(declaration, 'VERIFIED', null) },
        }),
      },
      {
        request: {
          query: RejectDeclarationDocument,
          variables: (variables: { input: VerifyDeclarationInput }) => {
            rejected.push(variables.input);
            return true;
          },
        },
        result: (): { data: RejectDeclarationMutation } => ({
          data: { rejectDeclaration: decided(declaration, 'REJECTED', 'The audit is from 2019.') },
        }),
      },
    ],
  });
}

const heading = () => screen.findByRole('heading', { level: 1, name: /SNOMED CT UK Edition/ });

describe('DeclarationPage', () => {
  it('shows a visitor what was declared, but not the links to the evidence', async () => {
    renderPage(declarationFixture({ evidenceLinks: null, verification: 'VERIFIED' }), null);
    await heading();
    const evidence = screen.getByRole('heading', { name: 'Evidence' }).closest('section') as HTMLElement;
    expect(within(evidence).getByText(/SNOMED CT UK Edition is used in the EPR/)).toBeTruthy();
    expect(within(evidence).getByRole('link', { name: 'Sign in to see the evidence links' })).toBeTruthy();
    expect(within(evidence).queryByRole('link', { name: /assurance\.royalfree/ })).toBeNull();
    expect(screen.queryByRole('heading', { name: 'Verify this declaration' })).toBeNull();
    expect(screen.queryByRole('button', { name: /Supersede/ })).toBeNull();
    await waitFor(() =>
      expect(document.title).toBe(
        'SNOMED CT UK Edition (SNOMED_CT): Royal Free London NHS Foundation Trust – Concord',
      ),
    );
  });

  it('offers its trust’s compliance lead a new declaration to replace it, never an edit', async () => {
    renderPage(declarationFixture({ viewerCanSupersede: true }), sam);
    await heading();
    expect(screen.getByRole('button', { name: /^Supersede/ }).getAttribute('href')).toBe(
      '/declarations/decl-1/supersede',
    );
    expect(screen.getByRole('link', { name: /assurance\.royalfree\.example\/snomed\.pdf/ })).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Verify this declaration' })).toBeNull();
    expect(await screen.findByText(/This is the only declaration you can see/)).toBeTruthy();
  });

  it('lets a central user verify or reject it, and a rejection must say why', async () => {
    const person = userEvent.setup({ delay: null });
    renderPage(declarationFixture({ viewerCanVerify: true }), chris);
    await heading();
    const form = screen.getByRole('form', { name: 'Verify this declaration' });
    expect(within(form).getByRole('button', { name: 'Verify' })).toBeTruthy();

    await person.click(within(form).getByRole('button', { name: 'Reject' }));
    const summary = await screen.findByRole('alert');
    expect(
      within(summary).getByRole('link', { name: 'Say why the evidence does not support the declaration' }),
    ).toBeTruthy();
    const comment = within(form).getByRole('textbox', { name: 'Comment' });
    expect(comment.getAttribute('aria-describedby')).toContain('verification-comment-error');
    await waitFor(() => expect(document.title).toMatch(/^Error: /));
    expect(rejected).toEqual([]);

    await person.type(comment, 'The audit is from 2019.');
    await person.click(within(form).getByRole('button', { name: 'Reject' }));
    expect(await screen.findByText(/has been rejected\. Its declarer will see your comment\./)).toBeTruthy();
    expect(rejected).toEqual([{ id: 'decl-1', expectedRowVersion: 1, comment: 'The audit is from 2019.' }]);
    expect(screen.queryByRole('heading', { name: 'Verify this declaration' })).toBeNull();
    expect(screen.getByRole('heading', { name: /A central team rejected this declaration/ })).toBeTruthy();
    expect(verified).toEqual([]);
  });

  it('lets a central user verify it without a comment', async () => {
    const person = userEvent.setup({ delay: null });
    renderPage(declarationFixture({ viewerCanVerify: true }), chris);
    await heading();
    const form = screen.getByRole('form', { name: 'Verify this declaration' });
    await person.click(within(form).getByRole('button', { name: 'Verify' }));
    expect(
      await screen.findByText('The declaration against SNOMED CT UK Edition has been verified.'),
    ).toBeTruthy();
    expect(verified).toEqual([{ id: 'decl-1', expectedRowVersion: 1, comment: null }]);
    expect(rejected).toEqual([]);
    expect(screen.queryByRole('heading', { name: 'Verify this declaration' })).toBeNull();
  });

  it('says so when there is no declaration the viewer can see', async () => {
    renderFrame({
      url: '/declarations/missing',
      routes: complianceRoutes,
      mocks: [
        new FakeSession(null).viewerMock(),
        {
          request: { query: DeclarationPageDocument, variables: { id: 'missing' } },
          result: { data: { declaration: null } },
        },
      ],
    });
    expect(await screen.findByRole('heading', { level: 1, name: 'Declaration not found' })).toBeTruthy();
  });
});
