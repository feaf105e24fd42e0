import '../compliance.css';
import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { graphql } from '../../../gql';
import type { VerifyQueuePageQuery } from '../../../gql/graphql';
import { formatCount } from '../../../shared/format/count';
import { formatDateTime } from '../../../shared/format/date';
import { complianceLevelLabel, subjectKindLabels, subjectKindSlugs } from '../../../shared/labels/compliance';
import { pageLinks } from '../../../shared/list/address';
import { ListPagination, ListProblem, ListResults } from '../../../shared/list/list-results';
import { useListPage } from '../../../shared/list/use-list-page';
import { declarationPath, verifyQueuePath } from '../../../shared/paths';
import { Select, withChosen } from '../../../shared/ui/select';
import { Cell, ResponsiveTable, Row, RowHeader } from '../../../shared/ui/table';
import { NoAccess, RequireRight } from '../../identity/components/access';
import { subjectName } from '../components/declaration-subject';
import { StatusTag } from '../components/declaration-tags';
import {
  hasVerifyFilters,
  noVerifyFilters,
  parseVerifyParams,
  toVerifyParams,
  toVerifyVariables,
  type VerifyView,
} from '../verify-params';
import type { FromVerifyQueue } from './declaration-page';
import { WHOLE_LIST } from '../list-size';

const VERIFY_QUEUE_QUERY = graphql(`
  query VerifyQueuePage(
    $filter: DeclarationFilter
    $first: Int
    $after: String
    $last: Int
    $before: String
  ) {
    declarations(filter: $filter, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo {
        ...ListPagination_pageInfo
      }
      edges {
        node {
          id
          status
          level
          verification
          declaredAt
          declaredByName
          standard {
            id
            code
            name
          }
          ...DeclarationSubject_declaration
        }
      }
    }
  }
`);

const VERIFY_STANDARDS_QUERY = graphql(`
  query VerifyQueueStandards($first: Int!) {
    standards(first: $first, filter: { statuses: [EFFECTIVE, DRAFT, RETIRED] }) {
      edges {
        node {
          id
          code
          name
        }
      }
    }
  }
`);

type QueueDeclaration = VerifyQueuePageQuery['declarations']['edges'][number]['node'];

/**
 * `/compliance/verify`: current declarations nobody has verified or rejected yet, newest first, for
 * central commercial teams; each opens the declaration's page, where it is verified or rejected. The
 * standard and what the declarations are about are chosen in the address.
 */
export function VerifyQueuePage() {
  return (
    <RequireRight
      right="viewerCanVerifyDeclarations"
      signIn={<p>You need to sign in to verify declarations.</p>}
      refusal={
        <NoAccess title="You cannot verify declarations" ask="the central commercial team">
          <p>Central commercial teams check declarations of compliance against their evidence.</p>
        </NoAccess>
      }
    >
      <VerifyQueue />
    </RequireRight>
  );
}

function VerifyQueue() {
  const list = useListPage({
    title: 'Declarations to verify',
    query: VERIFY_QUEUE_QUERY,
    parse: parseVerifyParams,
    variables: toVerifyVariables,
  });
  const { view, data, loading, problem, formKey, statusRef, linkState } = list;
  const { filters } = view;
  const shown = list.shown?.declarations;
  const rows = shown ? shown.edges.map((edge) => edge.node) : [];
  const state: FromVerifyQueue = { ...linkState, from: 'verify-queue' };

  return (
    <>
      {problem && (
        <ListProblem
          problem={problem}
          what="The declarations to verify"
          onRetry={list.retry}
          listPath={verifyQueuePath}
          startAgain="see every declaration to verify"
        />
      )}
      <span className="nhsuk-caption-l">Compliance</span>
      <h1>Declarations to verify</h1>
      <p className="nhsuk-lede-text">
        Current declarations that no central team has checked yet, newest first. Open one to check its
        evidence, then verify or reject it.
      </p>

      <QueueFilters
        key={formKey}
        view={view}
        onSubmit={(form) => list.submitForm(form, (submitted) => toVerifyParams(submitted.filters))}
      />

      {!problem && (
        <ListResults busy={loading} count={countLine(data, view)} statusRef={statusRef}>
          {data && rows.length === 0 && (
            <NothingToVerify view={view} more={shown?.pageInfo.hasNextPage ?? false} />
          )}
          {rows.length > 0 && (
            <ResponsiveTable
              caption="Declarations waiting for verification, newest first"
              columns={['Standard', 'Declared for', 'Status', 'Declared on', 'Action']}
              className="concord-queue-table"
            >
              {rows.map((declaration) => (
                <QueueRow key={declaration.id} declaration={declaration} state={state} />
              ))}
            </ResponsiveTable>
          )}
          {data && <ListPagination links={pageLinks(toVerifyParams(filters), data.declarations.pageInfo)} />}
        </ListResults>
      )}
    </>
  );
}

function countLine(data: VerifyQueuePageQuery | undefined, view: VerifyView): string {
  if (!data) return 'Loading declarations…';
  const total = data.declarations.totalCount;
  const which = !view.filters.kind
    ? ''
    : view.filters.kind === 'ORGANISATION'
      ? ' by trusts'
      : ' for products';
  return `${formatCount(total, 'declaration')}${which} ${total === 1 ? 'is' : 'are'} waiting${view.filters.standard ? ` for ${view.filters.standard}` : ''}`;
}

function QueueRow({ declaration, state }: { declaration: QueueDeclaration; state: FromVerifyQueue }) {
  const subject = subjectName(declaration);
  return (
    <Row>
      <RowHeader column="Standard">
        {declaration.standard.name}{' '}
        <span className="concord-nowrap nhsuk-u-secondary-text-colour">({declaration.standard.code})</span>
      </RowHeader>
      <Cell column="Declared for">
        {subject}
        <span className="concord-block nhsuk-body-s nhsuk-u-margin-bottom-0 nhsuk-u-secondary-text-colour">
          {declaration.organisation
            ? `Trust, ${declaration.organisation.odsCode}`
            : `Product, by ${declaration.productVersion?.product.supplier.name ?? 'its supplier'}`}
        </span>
      </Cell>
      <Cell column="Status">
        <StatusTag status={declaration.status} />
        {declaration.level && (
          <span className="concord-block">{complianceLevelLabel(declaration.level)}</span>
        )}
      </Cell>
      <Cell column="Declared on">
        <span className="concord-nowrap">{formatDateTime(declaration.declaredAt)}</span>
        {declaration.declaredByName && <span className="concord-block">by {declaration.declaredByName}</span>}
      </Cell>
      <Cell column="Action">
        <Link to={declarationPath(declaration.id)} state={state}>
          Check
          <span className="nhsuk-u-visually-hidden">
            {' '}
            {declaration.standard.code} for {subject}
          </span>
        </Link>
      </Cell>
    </Row>
  );
}

/** The queue's filters: a standard, and whether the declarations are trusts' or products'. */
function QueueFilters({ view, onSubmit }: { view: VerifyView; onSubmit: (form: FormData) => void }) {
  const { data } = useQuery(VERIFY_STANDARDS_QUERY, { variables: { first: WHOLE_LIST } });
  const standards = (data?.standards.edges ?? [])
    .map((edge) => edge.node)
    .sort((a, b) => a.name.localeCompare(b.name, 'en-GB'))
    .map((standard) => ({ value: standard.code, label: `${standard.name} (${standard.code})` }));
  return (
    <form
      role="search"
      aria-label="Declarations to verify"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(new FormData(event.currentTarget));
      }}
      className="concord-queue-filters"
    >
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-one-half">
          <Select
            id="standard"
            name="standard"
            label="Standard"
            labelSize="s"
            placeholder="Any standard"
            options={withChosen(standards, view.filters.standard)}
            defaultValue={view.filters.standard}
          />
        </div>
        <div className="nhsuk-grid-column-one-half">
          <Select
            id="kind"
            name="kind"
            label="Declared by"
            labelSize="s"
            placeholder="Trusts and suppliers"
            options={(['ORGANISATION', 'PRODUCT'] as const).map((kind) => ({
              value: subjectKindSlugs[kind],
              label: subjectKindLabels[kind],
            }))}
            defaultValue={view.filters.kind ? subjectKindSlugs[view.filters.kind] : ''}
          />
        </div>
      </div>
      <div className="nhsuk-button-group">
        <button className="nhsuk-button nhsuk-button--secondary nhsuk-button--small" type="submit">
          Apply filters
        </button>
        {hasVerifyFilters(view.filters) && (
          <Link className="nhsuk-link" to={{ search: toVerifyParams(noVerifyFilters).toString() }}>
            Clear filters
          </Link>
        )}
      </div>
    </form>
  );
}

function NothingToVerify({ view, more }: { view: VerifyView; more: boolean }) {
  const { filters } = view;
  if (more) {
    return <p>None on this page matches. The next page may have some.</p>;
  }
  return (
    <>
      <h2 className="nhsuk-heading-m">Nothing to verify</h2>
      <p>
        {hasVerifyFilters(filters)
          ? 'No declaration waiting for verification matches these filters.'
          : 'Every current declaration has been verified or rejected. New ones appear here as trusts and suppliers make them.'}
      </p>
      {hasVerifyFilters(filters) && (
        <p>
          <Link to={{ search: toVerifyParams(noVerifyFilters).toString() }}>
            See every declaration to verify
          </Link>
        </p>
      )}
    </>
  );
}
