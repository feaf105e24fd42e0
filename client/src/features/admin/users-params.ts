import type { UserFilter } from '../../gql/graphql';
import { pageVariables, readPage, readSearch, withPage } from '../../shared/list/address';

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
  const { after, before } = readPage(params, []);
  return {
    search: readSearch(params),
    status: status === 'active' || status === 'deactivated' ? status : 'all',
    after,
    before,
  };
}

export function toUsersParams(view: Partial<UsersView>): URLSearchParams {
  const params = new URLSearchParams();
  if (view.search) params.set('q', view.search);
  if (view.status && view.status !== 'all') params.set('status', view.status);
  return withPage(params, view);
}

export function toUsersVariables(view: UsersView) {
  const filter: UserFilter = {};
  if (view.search) filter.search = view.search;
  if (view.status !== 'all') filter.active = view.status === 'active';
  return { filter, ...pageVariables({ ...view, first: null, last: null }, USERS_PAGE_SIZE) };
}
