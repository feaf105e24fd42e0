import type { UserFilter } from '../../gql/graphql';

// The list of users keeps its view in the address, like the organisation directory:
//   q=priya  status=active|deactivated  after / before (cursors)

export const USERS_PAGE_SIZE = 25;

export type UserStatus = 'all' | 'active' | 'deactivated';
export type UsersView = { search: string; status: UserStatus; after: string | null; before: string | null };

export const statusLabels: Record<UserStatus, string> = {
  all: 'All users',
  active: 'Active',
  deactivated: 'Deactivated',
};

export function parseUsersParams(params: URLSearchParams): UsersView {
  const status = params.get('status');
  return {
    search: (params.get('q') ?? '').trim().replace(/\s+/g, ' '),
    status: status === 'active' || status === 'deactivated' ? status : 'all',
    after: params.get('after') || null,
    before: params.get('before') || null,
  };
}

export function toUsersParams(view: Partial<UsersView>): URLSearchParams {
  const params = new URLSearchParams();
  if (view.search) params.set('q', view.search);
  if (view.status && view.status !== 'all') params.set('status', view.status);
  if (view.after) params.set('after', view.after);
  if (view.before) params.set('before', view.before);
  return params;
}

export function toUsersVariables(view: UsersView) {
  const filter: UserFilter = {};
  if (view.search) filter.search = view.search;
  if (view.status !== 'all') filter.active = view.status === 'active';
  return view.before && !view.after
    ? { filter, last: USERS_PAGE_SIZE, before: view.before }
    : { filter, first: USERS_PAGE_SIZE, ...(view.after ? { after: view.after } : {}) };
}
