import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SignInDocument, ViewerDocument, type SignInMutationVariables } from '../../../gql/graphql';
import { FakeSession, procurementAtRoyalFree, renderFrame, user } from '../../../test/render-frame';
import { SignInPage } from './sign-in-page';

const priya = user('Priya Procurement', [procurementAtRoyalFree]);
const PASSWORD = 'concord-demo-password';

let signInRequests: SignInMutationVariables[] = [];

beforeAll(() => {
  // jsdom does not scroll; React Router's scroll restoration asks it to.
  window.scrollTo = () => undefined;
});

afterEach(() => {
  cleanup();
  signInRequests = [];
});

type Answer =
  | { kind: 'accept' }
  | { kind: 'refuse'; code: 'INVALID_CREDENTIALS' | 'TOO_MANY_ATTEMPTS'; message: string }
  | { kind: 'fail' };

function renderSignIn(url: string, answer: Answer = { kind: 'accept' }) {
  const session = new FakeSession();
  const signInMock = {
    request: {
      query: SignInDocument,
      variables: (variables: SignInMutationVariables) => {
        signInRequests.push(variables);
        return true;
      },
    },
    maxUsageCount: Number.POSITIVE_INFINITY,
    ...(answer.kind === 'fail'
      ? { error: new TypeError('Failed to fetch') }
      : {
          result: () => {
            if (answer.kind === 'accept') session.me = priya;
            return {
              data: {
                signIn: {
                  __typename: 'SignInPayload' as const,
                  me: answer.kind === 'accept' ? priya : null,
                  userErrors:
                    answer.kind === 'accept'
                      ? []
                      : [
                          {
                            __typename: 'UserError' as const,
                            field: null,
                            code: answer.code,
                            message: answer.message,
                          },
                        ],
                },
              },
            };
          },
        }),
  };
  const frame = renderFrame({
    url,
    routes: [
      { path: '/sign-in', element: <SignInPage /> },
      { path: '/', element: <h1>Home</h1> },
      { path: '/organisations', element: <h1>Organisations</h1> },
    ],
    mocks: [session.viewerMock(), signInMock],
  });
  return { ...frame, session };
}

async function fillIn(email: string, password: string) {
  const person = userEvent.setup();
  if (email) await person.type(screen.getByLabelText('Email address'), email);
  if (password) await person.type(screen.getByLabelText('Password', { exact: true }), password);
  await person.click(screen.getByRole('button', { name: 'Sign in' }));
  return person;
}

describe('SignInPage', () => {
  it('asks for both fields when they are empty, without asking the server', async () => {
    renderSignIn('/sign-in');
    await screen.findByRole('link', { name: 'Sign in' });
    await fillIn('', '');

    const summary = screen.getByRole('alert');
    expect(within(summary).getByRole('heading').textContent).toBe('There is a problem');
    const links = within(summary).getAllByRole('link');
    expect(links.map((link) => [link.textContent, link.getAttribute('href')])).toEqual([
      ['Enter your email address', '#email'],
      ['Enter your password', '#password'],
    ]);
    expect(document.activeElement).toBe(summary.parentElement);
    expect(document.title).toBe('Error: Sign in – Concord');

    // Each field says what is wrong with it, and the message is part of its description.
    const email = screen.getByLabelText('Email address');
    expect(email.className).toContain('nhsuk-input--error');
    expect(email.getAttribute('aria-describedby')).toBe('email-error');
    expect(document.getElementById('email-error')?.textContent).toBe('Error: Enter your email address');
    expect(document.getElementById('password-error')?.textContent).toBe('Error: Enter your password');
    expect(signInRequests).toEqual([]);
  });

  it('moves focus to the field when its error is chosen in the summary', async () => {
    renderSignIn('/sign-in');
    await screen.findByRole('link', { name: 'Sign in' });
    const person = await fillIn('priya@royalfree.example', '');
    await person.click(screen.getByRole('link', { name: 'Enter your password' }));
    expect(document.activeElement).toBe(screen.getByLabelText('Password', { exact: true }));
  });

  it('asks for an email address in the correct format', async () => {
    renderSignIn('/sign-in');
    await screen.findByRole('link', { name: 'Sign in' });
    await fillIn('priya', PASSWORD);
    expect(screen.getByRole('alert').textContent).toContain(
      'Enter an email address in the correct format, like name@example.com',
    );
    expect(signInRequests).toEqual([]);
  });

  it("shows the server's words for wrong credentials and clears the password", async () => {
    const message = 'The email address or password is not right.';
    renderSignIn('/sign-in', { kind: 'refuse', code: 'INVALID_CREDENTIALS', message });
    await screen.findByRole('link', { name: 'Sign in' });
    await fillIn('procurement@royalfree.example', 'not-the-password');

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: message }).getAttribute('href')).toBe('#email');
    expect(document.activeElement).toBe(summary.parentElement);
    expect((screen.getByLabelText('Password', { exact: true }) as HTMLInputElement).value).toBe('');
    expect(signInRequests).toEqual([
      { input: { email: 'procurement@royalfree.example', password: 'not-the-password' } },
    ]);
  });

  it('says how long to wait after too many attempts, as the server words it', async () => {
    const message = 'Too many failed attempts. Try again in 8 seconds.';
    renderSignIn('/sign-in', { kind: 'refuse', code: 'TOO_MANY_ATTEMPTS', message });
    await screen.findByRole('link', { name: 'Sign in' });
    await fillIn('procurement@royalfree.example', PASSWORD);

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText(message)).toBeTruthy();
    expect(within(summary).queryAllByRole('link')).toEqual([]);
  });

  it('says the service has a problem when the server cannot be reached', async () => {
    renderSignIn('/sign-in', { kind: 'fail' });
    await screen.findByRole('link', { name: 'Sign in' });
    await fillIn('procurement@royalfree.example', PASSWORD);
    const summary = await screen.findByRole('alert');
    expect(summary.textContent).toContain('Sorry, there is a problem with the service');
  });

  it('signs in, shows the user in the header and returns to the page they came from', async () => {
    const { router, cache } = renderSignIn('/sign-in?returnTo=%2Forganisations%3Fq%3Droyal');
    await screen.findByRole('link', { name: 'Sign in' });
    await fillIn(' procurement@royalfree.example ', PASSWORD);

    await screen.findByRole('heading', { name: 'Organisations' });
    expect(router.state.location.pathname).toBe('/organisations');
    expect(router.state.location.search).toBe('?q=royal');
    const account = screen.getByRole('navigation', { name: 'Account' });
    expect(account.textContent).toContain('Priya Procurement');
    expect(account.textContent).toContain('Royal Free London NHS Foundation Trust · Trust procurement');
    // The store is refetched as the new user after the page changes.
    await waitFor(() =>
      expect(cache.readQuery({ query: ViewerDocument })?.me?.user.name).toBe('Priya Procurement'),
    );
    expect(screen.getByRole('alert').textContent).toContain('You are signed in as Priya Procurement.');
    expect(signInRequests[0]?.input.email).toBe('procurement@royalfree.example');
  });

  it('goes to the home page instead of another site', async () => {
    const { router } = renderSignIn('/sign-in?returnTo=%2F%2Fevil.example%2Fphish');
    await screen.findByRole('link', { name: 'Sign in' });
    await fillIn('procurement@royalfree.example', PASSWORD);
    await screen.findByRole('heading', { name: 'Home' });
    expect(router.state.location.pathname).toBe('/');
  });
});
