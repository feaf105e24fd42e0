import { useQuery } from '@apollo/client/react';
import { useMemo, type FormEvent } from 'react';
import { graphql } from '../../../gql';
import type { AuditTrailQuery } from '../../../gql/graphql';
import { formatCount } from '../../../shared/format/count';
import { formatDateTime } from '../../../shared/format/date';
import { describeError, retry } from '../../../shared/graphql/describe-error';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { pageLinks, pageVariables, readPage, readText, type ListPage } from '../../../shared/list/address';
import { ListPagination, ListResults } from '../../../shared/list/list-results';
import { useListAddress } from '../../../shared/list/use-list-address';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { SearchInput } from '../../../shared/ui/search-input';
import { Cell, ResponsiveTable, Row } from '../../../shared/ui/table';
import { RequireRight } from '../../identity/components/access';
import { changeRows } from '../audit-changes';

const AUDIT_QUERY = graphql(`
  query AuditTrail($filter: AuditEventFilter, $first: Int, $after: String, $last: Int, $before: String) {
    auditEvents(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        ...ListPagination_pageInfo
      }
      edges {
        node {
          id
          occurredAt
          action
          entityType
          entityId
          changes
          requestId
          actor {
            id
            name
            email
          }
        }
      }
    }
  }
`);

const PAGE_SIZE = 25;
type AuditView = { action: string; page: ListPage };

// The view lives in the address: action=createUser  after / before (cursors).
function parseView(params: URLSearchParams): AuditView {
  return { action: readText(params, 'action'), page: readPage(params, []) };
}

function toParams(action: string): URLSearchParams {
  const params = new URLSearchParams();
  if (action) params.set('action', action);
  return params;
}

/** `/admin/audit`: who did what to which record, newest first. */
export function AuditTrailPage() {
  return (
    <RequireRight right="viewerCanReadAuditTrail">
      <AuditTrail />
    </RequireRight>
  );
}

function AuditTrail() {
  const { searchParams, formKey, statusRef, applyFilters } = useListAddress();
  const view = useMemo(() => parseView(searchParams), [searchParams]);
  const filter = view.action ? { actions: [view.action] } : {};
  const variables = { filter, ...pageVariables(view.page, PAGE_SIZE) };
  const { data, loading, error, refetch } = useQuery(AUDIT_QUERY, { variables });
  const problem = error ? describeError(error) : null;
  usePageTitle('Audit trail', { error: problem !== null });

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const action = new FormData(event.currentTarget).get('action');
    applyFilters(toParams(typeof action === 'string' ? action.trim() : ''));
  }

  const events = data?.auditEvents;
  const count = events
    ? `${formatCount(events.totalCount, 'event')}${view.action ? ` for “${view.action}”` : ''}`
    : 'Loading the audit trail…';

  return (
    <>
      {problem && (
        <ErrorSummary
          title={
            problem.kind === 'bad-input' ? 'There is a problem' : 'Sorry, there is a problem with the service'
          }
          errors={problem.kind === 'bad-input' ? problem.messages.map((text) => ({ text })) : []}
        >
          {problem.kind === 'unavailable' && <p>The audit trail could not be loaded. Try again later.</p>}
          <button
            className="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
            type="button"
            onClick={() => retry(refetch)}
          >
            Try again
          </button>
        </ErrorSummary>
      )}
      <h1>Audit trail</h1>
      <p className="nhsuk-lede-text">
        Every recorded change: who made it, when, and what changed. Newest first.
      </p>
      <form key={formKey} role="search" aria-label="Audit trail" noValidate onSubmit={submit}>
        <SearchInput
          id="action"
          name="action"
          label="Filter by action"
          hint="The exact name of the action, for example createUser or signIn"
          defaultValue={view.action}
          maxLength={100}
        />
      </form>
      {!problem && (
        <ListResults busy={loading} count={count} statusRef={statusRef}>
          {events && events.edges.length > 0 && (
            <>
              <AuditTable caption={count} events={events} />
              <ListPagination links={pageLinks(toParams(view.action), events.pageInfo)} />
            </>
          )}
        </ListResults>
      )}
    </>
  );
}

const columns = ['Time', 'Actor', 'Action', 'Record', 'Changes', 'Request id'] as const;

function AuditTable({ caption, events }: { caption: string; events: AuditTrailQuery['auditEvents'] }) {
  return (
    <ResponsiveTable caption={caption} columns={columns}>
      {events.edges.map(({ node }) => {
        const rows = changeRows(node.changes);
        return (
          <Row key={node.id}>
            <Cell column="Time">
              <time dateTime={node.occurredAt}>{formatDateTime(node.occurredAt)}</time>
            </Cell>
            <Cell column="Actor">
              {node.actor ? (
                <>
                  {node.actor.name}
                  <br />
                  <span className="nhsuk-body-s">{node.actor.email}</span>
                </>
              ) : (
                'Anonymous'
              )}
            </Cell>
            <Cell column="Action">{node.action}</Cell>
            <Cell column="Record">
              {node.entityType}
              {node.entityId && (
                <>
                  <br />
                  <span className="nhsuk-body-s">{node.entityId}</span>
                </>
              )}
            </Cell>
            <Cell column="Changes">
              {rows.length === 0 ? (
                'None recorded'
              ) : (
                <details className="nhsuk-details">
                  <summary className="nhsuk-details__summary">
                    <span className="nhsuk-details__summary-text">
                      {formatCount(rows.length, 'field')}
                      <span className="nhsuk-u-visually-hidden"> changed by {node.action}</span>
                    </span>
                  </summary>
                  <div className="nhsuk-details__text">
                    {rows.map((row) => (
                      <dl className="nhsuk-body-s" key={row.field}>
                        <dt className="nhsuk-u-font-weight-bold">{row.field}</dt>
                        <dd>Before: {row.before ?? '(none)'}</dd>
                        <dd>After: {row.after ?? '(none)'}</dd>
                      </dl>
                    ))}
                  </div>
                </details>
              )}
            </Cell>
            <Cell column="Request id">
              <span className="nhsuk-body-s">{node.requestId ?? ''}</span>
            </Cell>
          </Row>
        );
      })}
    </ResponsiveTable>
  );
}
