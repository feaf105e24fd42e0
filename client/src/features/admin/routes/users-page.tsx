import { useQuery } from '@apollo/client/react';
import { useMemo, type FormEvent } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../../gql';
import { formatCount } from '../../../shared/format/count';
import { describeError, retry } from '../../../shared/graphql/describe-error';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { membershipLabel } from '../../../shared/labels/roles';
import { countLine, formToParams, pageLinks } from '../../../shared/list/address';
import { ListPagination, ListResults } from '../../../shared/list/list-results';
import { useListAddress } from '../../../shared/list/use-list-address';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { SearchInput } from '../../../shared/ui/search-input';
import { Select } from '../../../shared/ui/select';
import { Cell, ResponsiveTable, Row, RowHeader } from '../../../shared/ui/table';
import { Tag } from '../../../shared/ui/tag';
import { RequireRight } from '../../identity/components/access';
import { userPath } from '../mutations/use-create-user-mutation';
import {
  parseUsersParams,
  statusLabels,
  toUsersParams,
  toUsersVariables,
  type UserStatus,
  type UsersView,
} from '../users-params';
import { ButtonLink } from '../../../shared/ui/button-link';

const USERS_QUERY = graphql(`
  query AdminUsers($filter: UserFilter, $first: Int, $after: String, $last: Int, $before: String) {
    users(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        ...ListPagination_pageInfo
      }
      edges {
        node {
          id
          name
          email
          active
          memberships {
            id
            role
            organisation {
              id
              name
            }
            supplier {
              id
              name
            }
          }
        }
      }
    }
  }
`);

/** `/admin/users`: every user, searchable and filtered by status, for administrators. */
export function UsersPage() {
  return (
    <RequireRight right="viewerCanManageUsers">
      <UsersList />
    </RequireRight>
  );
}

function UsersList() {
  const { searchParams, formKey, statusRef, applyFilters } = useListAddress();
  const view = useMemo(() => parseUsersParams(searchParams), [searchParams]);
  const { data, loading, error, refetch } = useQuery(USERS_QUERY, { variables: toUsersVariables(view) });
  const problem = error ? describeError(error) : null;
  usePageTitle('Users', { error: problem !== null });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const next = parseUsersParams(formToParams(new FormData(event.currentTarget)));
    applyFilters(toUsersParams({ search: next.search, status: next.status }));
  }

  const users = data?.users;
  const count = users ? userCount(users.totalCount, view) : 'Loading users…';

  return (
    <>
      {problem && (
        <ErrorSummary
          title={
            problem.kind === 'bad-input' ? 'There is a problem' : 'Sorry, there is a problem with the service'
          }
          errors={problem.kind === 'bad-input' ? problem.messages.map((text) => ({ text })) : []}
        >
          {problem.kind === 'unavailable' && <p>The list of users could not be loaded. Try again later.</p>}
          <button
            className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
            type="button"
            onClick={() => retry(refetch)}
          >
            Try again
          </button>
        </ErrorSummary>
      )}
      <h1>Users</h1>
      <ButtonLink to="/admin/users/new">Create a user</ButtonLink>

      <form key={formKey} role="search" aria-label="Users" noValidate onSubmit={submit}>
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-two-thirds">
            <SearchInput
              id="search"
              name="q"
              label="Search by name or email address"
              defaultValue={view.search}
              maxLength={100}
            />
          </div>
          <div className="nhsuk-grid-column-one-third">
            <Select
              id="status"
              labelSize="s"
              name="status"
              label="Status"
              options={(Object.keys(statusLabels) as UserStatus[]).map((value) => ({
                value,
                label: statusLabels[value],
              }))}
              defaultValue={view.status}
            />
            <button className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" type="submit">
              Apply
            </button>
          </div>
        </div>
      </form>

      {!problem && (
        <ListResults busy={loading} count={count} statusRef={statusRef}>
          {users && users.edges.length > 0 && (
            <>
              <ResponsiveTable caption={count} columns={['Name', 'Email address', 'Memberships', 'Status']}>
                {users.edges.map(({ node }) => (
                  <Row key={node.id}>
                    <RowHeader column="Name">
                      <Link to={userPath(node.id)}>{node.name}</Link>
                    </RowHeader>
                    <Cell column="Email address">{node.email}</Cell>
                    <Cell column="Memberships">
                      {node.memberships.length === 0
                        ? 'None'
                        : node.memberships.map((membership) => membershipLabel(membership)).join('; ')}
                    </Cell>
                    <Cell column="Status">
                      {node.active ? <Tag colour="green">Active</Tag> : <Tag colour="grey">Deactivated</Tag>}
                    </Cell>
                  </Row>
                ))}
              </ResponsiveTable>
              <ListPagination
                links={pageLinks(toUsersParams({ search: view.search, status: view.status }), users.pageInfo)}
              />
            </>
          )}
        </ListResults>
      )}
    </>
  );
}

function userCount(total: number, view: UsersView): string {
  const noun = view.status === 'deactivated' ? 'deactivated user' : 'user';
  return countLine(formatCount(total, noun), total, view.search);
}
