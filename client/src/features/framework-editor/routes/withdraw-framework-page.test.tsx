import { cleanup, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  WithdrawFrameworkDocument,
  WithdrawFrameworkPageDocument,
  type WithdrawFrameworkMutation,
  type WithdrawFrameworkMutationVariables,
  type WithdrawFrameworkPageQuery,
} from '../../../gql/graphql';
import { FakeSession, renderFrame } from '../../../test/render-frame';
import { chris, nhsEngland, soldThrough } from '../test-fixtures';
import { WithdrawFrameworkPage } from './withdraw-framework-page';

let withdrawals: WithdrawFrameworkMutationVariables[] = [];

beforeAll(() => {
  window.scrollTo = () => undefined;
});

afterEach(() => {
  cleanup();
  withdrawals = [];
});

const page: WithdrawFrameworkPageQuery = {
  framework: {
    __typename: 'Framework',
    id: 'fw-9',
    reference: 'CDX-2026-009',
    title: 'Patient flow',
    status: 'PUBLISHED',
    viewerCanAmend: true,
    owner: nhsEngland,
    rowVersion: 6,
    endDate: '2029-09-30',
  },
  me: { __typename: 'Me', user: chris.user },
};

function renderWithdraw(answer: WithdrawFrameworkMutation['withdrawFramework']['userErrors'] = []) {
  const session = new FakeSession(chris);
  return renderFrame({
    url: '/frameworks/CDX-2026-009/withdraw',
    routes: [
      { path: '/frameworks/:reference/withdraw', element: <WithdrawFrameworkPage /> },
      { path: '/frameworks/:reference', element: <h1>Framework page</h1> },
    ],
    mocks: [
      session.viewerMock(),
      {
        request: { query: WithdrawFrameworkPageDocument, variables: { reference: 'CDX-2026-009' } },
        result: { data: page },
        maxUsageCount: Number.POSITIVE_INFINITY,
      },
      {
        request: {
          query: WithdrawFrameworkDocument,
          variables: (variables: WithdrawFrameworkMutationVariables) => {
            withdrawals.push(variables);
            return true;
          },
        },
        maxUsageCount: Number.POSITIVE_INFINITY,
        result: {
          data: {
            withdrawFramework: {
              __typename: 'WithdrawFrameworkPayload',
              framework:
                answer.length === 0
                  ? {
                      __typename: 'Framework',
                      id: 'fw-9',
                      reference: 'CDX-2026-009',
                      status: 'WITHDRAWN',
                      withdrawnReason: 'Replaced',
                      rowVersion: 7,
                      updatedAt: '2026-11-23T12:00:00Z',
                      viewerCanEdit: false,
                      viewerCanAmend: false,
                      lots: soldThrough,
                    }
                  : null,
              userErrors: answer,
            },
          },
        },
      },
    ],
  });
}

describe('WithdrawFrameworkPage', () => {
  it('asks why, with a warning, before asking the server', async () => {
    renderWithdraw();
    const person = userEvent.setup();
    await screen.findByRole('heading', { name: 'Withdraw Patient flow' });
    expect(screen.getByText(/cannot be undone/)).toBeTruthy();
    await person.click(screen.getByRole('button', { name: 'Withdraw CDX-2026-009' }));
    expect(within(screen.getByRole('alert')).getByRole('link').textContent).toBe(
      'Say why the framework is withdrawn',
    );
    expect(withdrawals).toEqual([]);
  });

  it('withdraws with the reason and opens the framework page with a notice', async () => {
    const { router } = renderWithdraw();
    const person = userEvent.setup();
    await screen.findByRole('heading', { name: 'Withdraw Patient flow' });
    await person.type(screen.getByLabelText('Why is it withdrawn?'), '  Replaced by a national agreement. ');
    await person.click(screen.getByRole('button', { name: 'Withdraw CDX-2026-009' }));
    await screen.findByRole('heading', { name: 'Framework page' });
    expect(router.state.location.pathname).toBe('/frameworks/CDX-2026-009');
    expect(screen.getByRole('alert').textContent).toContain('CDX-2026-009 has been withdrawn.');
    expect(withdrawals).toEqual([
      { input: { id: 'fw-9', expectedRowVersion: 6, reason: 'Replaced by a national agreement.' } },
    ]);
  });

  it('says when someone changed the framework first, keeping the reason', async () => {
    renderWithdraw([
      { __typename: 'UserError', code: 'STALE_VERSION', field: ['expectedRowVersion'], message: 'Changed.' },
    ]);
    const person = userEvent.setup();
    await screen.findByRole('heading', { name: 'Withdraw Patient flow' });
    await person.type(screen.getByLabelText('Why is it withdrawn?'), 'Replaced');
    await person.click(screen.getByRole('button', { name: 'Withdraw CDX-2026-009' }));
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByRole('heading').textContent).toBe(
      'This framework has changed since you loaded it',
    );
    expect((screen.getByLabelText('Why is it withdrawn?') as HTMLTextAreaElement).value).toBe('Replaced');
  });
});
