import { describe, expect, it } from 'vitest';
import { parseUsersParams, toUsersParams, toUsersVariables } from './users-params';

describe('the users list address', () => {
  it('reads and writes the search, status and cursor', () => {
    const view = parseUsersParams(new URLSearchParams('q=+priya++p&status=deactivated&after=abc'));
    expect(view).toEqual({ search: 'priya p', status: 'deactivated', after: 'abc', before: null });
    expect(toUsersParams(view).toString()).toBe('q=priya+p&status=deactivated&after=abc');
    expect(toUsersVariables(view)).toEqual({
      filter: { search: 'priya p', active: false },
      first: 25,
      after: 'abc',
    });
  });

  it('pages backwards before a cursor, and ignores a status it does not know', () => {
    const view = parseUsersParams(new URLSearchParams('status=maybe&before=xyz'));
    expect(view.status).toBe('all');
    expect(toUsersVariables(view)).toEqual({ filter: {}, last: 25, before: 'xyz' });
  });
});
