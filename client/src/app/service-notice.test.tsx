import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { act, cleanup, render, screen } from '@testing-library/react';
import { parse } from 'graphql';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { clearServiceNotice, ServiceNoticeBanner, serviceNoticeLink } from './service-notice';

const QUERY = parse('query Anything { me { user { email } } }');

/** A client whose server answers every request with `status` and `body`, as a real server would. */
function clientAnswering(status: number, body: object) {
  const fetch = async () =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
  return new ApolloClient({
    link: ApolloLink.from([serviceNoticeLink(), new HttpLink({ uri: '/graphql', fetch })]),
    cache: new InMemoryCache(),
  });
}

afterEach(() => {
  cleanup();
  act(() => clearServiceNotice());
  vi.useRealTimers();
});

describe('service notices', () => {
  it('says to wait as long as the server asks when it refuses for too many requests, then goes', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    render(<ServiceNoticeBanner />);
    expect(screen.queryByRole('alert')).toBeNull();
    const client = clientAnswering(429, {
      errors: [{ message: 'Too many', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 12 } }],
    });
    await act(() => client.query({ query: QUERY }).catch(() => undefined));
    expect(screen.getByRole('alert').textContent).toContain('Wait 12 seconds, then try again');
    act(() => vi.advanceTimersByTime(12_000));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('asks for a reload when the server no longer knows the operations this copy of the app sends', async () => {
    render(<ServiceNoticeBanner />);
    const client = clientAnswering(400, {
      errors: [{ message: 'Not in list', extensions: { code: 'PERSISTED_QUERY_NOT_IN_LIST' } }],
    });
    await act(() => client.query({ query: QUERY }).catch(() => undefined));
    expect(screen.getByRole('alert').textContent).toContain('Concord has changed since you opened this page');
    expect(screen.getByRole('link', { name: 'Reload the page' })).toBeTruthy();
  });
});
