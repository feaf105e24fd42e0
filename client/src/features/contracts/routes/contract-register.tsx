import { Link } from 'react-router';
import { graphql } from '../../../gql';
import type { ContractRegisterQuery } from '../../../gql/graphql';
import { formatCount } from '../../../shared/format/count';
import { todayInEngland } from '../../../shared/forms/dates';
import { contractStatusLabels } from '../../../shared/labels/contracts';
import { countLine as sharedCountLine, type ListLinkState } from '../../../shared/list/address';
import {
  ListPagination,
  ListProblem,
  ListResults,
  NothingMatches,
  NothingOnThisPage,
} from '../../../shared/list/list-results';
import { useListPage } from '../../../shared/list/use-list-page';
import { importOcdsPath, importRegisterPath, newContractPath } from '../../../shared/paths';
import { ButtonLink } from '../../../shared/ui/button-link';
import { useViewer } from '../../identity/viewer';
import { RequireContracts } from '../components/access';
import { ContractTable, contractsOf } from '../components/contract-table';
import { RegisterFilterForm } from '../components/register-filters';
import { RegisterViews } from '../components/register-views';
import {
  applyFilters,
  defaultFilters,
  endingWords,
  filtersFromForm,
  isWholeRegister,
  pageLinks,
  parseRegisterParams,
  toQueryVariables,
  type RegisterFilters,
  type RegisterView,
} from '../register-params';
import { viewerCan } from '../../identity/components/access';
import { actsCentrally } from '../rights';

const REGISTER_QUERY = graphql(`
  query ContractRegister(
    $filter: ContractFilter
    $orderBy: ContractOrder
    $first: Int
    $after: String
    $last: Int
    $before: String
  ) {
    contracts(
      filter: $filter
      orderBy: $orderBy
      first: $first
      after: $after
      last: $last
      before: $before
    ) {
      totalCount
      pageInfo {
        ...ListPagination_pageInfo
      }
      ...ContractTable_contracts
    }
  }
`);

/** `/contracts`: the trust's contract register (central users: every trust's), all in the address. */
export function ContractRegister() {
  return (
    <RequireContracts>
      <Register />
    </RequireContracts>
  );
}

function Register() {
  const list = useListPage({
    title: 'Contracts',
    query: REGISTER_QUERY,
    parse: parseRegisterParams,
    variables: toQueryVariables,
  });
  const { view, data, previousData, loading, problem, formKey, statusRef, linkState } = list;
  const viewer = useViewer();
  const central = actsCentrally(viewer);
  const recorder = viewerCan(viewer, 'viewerCanRecordContracts');
  const trust = central ? null : (viewer?.activeMembership?.organisation?.name ?? null);
  const today = todayInEngland();

  // While the next page loads the last rows stay on screen (marked busy) instead of flickering away.
  const stale = problem !== null || data !== undefined ? undefined : previousData;

  return (
    <>
      {problem && (
        <ListProblem
          problem={problem}
          what="The contract register"
          onRetry={list.retry}
          listPath="/contracts"
          startAgain="see the whole register"
        />
      )}

      {trust && <span className="nhsuk-caption-l">{trust}</span>}
      <h1>Contracts</h1>
      <p className="nhsuk-lede-text">
        {central
          ? 'Every trust’s contracts with their suppliers: what each pays, how it was bought and when it ends.'
          : 'Your trust’s contracts with its suppliers: what it pays, how each was bought and when it ends.'}
      </p>

      {recorder && (
        <div className="nhsuk-button-group">
          <ButtonLink to={newContractPath}>Record a contract</ButtonLink>
          <ButtonLink to={importRegisterPath} kind="secondary">
            Import a register
          </ButtonLink>
          <ButtonLink to={importOcdsPath} kind="secondary">
            Import OCDS data
          </ButtonLink>
        </div>
      )}

      <RegisterViews filters={view.filters} today={today} />

      <RegisterFilterForm
        key={formKey}
        filters={view.filters}
        offerBuyer={central}
        onSubmit={(form) => list.applyFilters(applyFilters(view, filtersFromForm(form).filters))}
      />

      {!problem && (
        <ListResults
          busy={loading}
          count={data ? countLine(data.contracts.totalCount, view.filters) : 'Loading contracts…'}
          statusRef={statusRef}
        >
          {data && (
            <Results
              view={view}
              data={data}
              linkState={linkState}
              central={central}
              recorder={recorder}
              trust={trust}
            />
          )}
          {stale && stale.contracts.edges.length > 0 && (
            <ContractTable caption="Contracts" contracts={contractsOf(stale.contracts)} showBuyer={central} />
          )}
        </ListResults>
      )}
    </>
  );
}

function Results({
  view,
  data,
  linkState,
  central,
  recorder,
  trust,
}: {
  view: RegisterView;
  data: ContractRegisterQuery;
  linkState: ListLinkState;
  central: boolean;
  recorder: boolean;
  trust: string | null;
}) {
  const { contracts } = data;
  if (contracts.totalCount === 0) {
    return isWholeRegister(view.filters) ? (
      <EmptyRegister central={central} recorder={recorder} trust={trust} />
    ) : (
      <NoMatches view={view} />
    );
  }
  if (contracts.edges.length === 0) {
    return <NothingOnThisPage plural="contracts" firstPage={applyFilters(view, view.filters).toString()} />;
  }
  return (
    <>
      <ContractTable
        caption={countLine(contracts.totalCount, view.filters)}
        contracts={contractsOf(contracts)}
        showBuyer={central}
        linkState={linkState}
      />
      <ListPagination links={pageLinks(view, contracts.pageInfo)} />
    </>
  );
}

/** "12 contracts", "3 active contracts ending from 2 Dec 2026 to 2 Dec 2027", "1 contract matches “ember”". */
export function countLine(total: number, filters: RegisterFilters): string {
  const statuses = filters.statuses.map((status) => contractStatusLabels[status].toLowerCase());
  const which =
    statuses.length > 1
      ? `${statuses.slice(0, -1).join(', ')} or ${statuses.at(-1)} `
      : statuses[0]
        ? `${statuses[0]} `
        : '';
  const ending = endingWords(filters);
  const count = formatCount(total, `${which}contract`, `${which}contracts`);
  return sharedCountLine(ending ? `${count} ${ending}` : count, total, filters.search);
}

/** Nothing recorded yet: what the register is for, and what to do. */
function EmptyRegister({
  central,
  recorder,
  trust,
}: {
  central: boolean;
  recorder: boolean;
  trust: string | null;
}) {
  return (
    <>
      <h2 className="nhsuk-heading-m">
        {central ? 'No trust has recorded a contract yet' : 'No contracts recorded yet'}
      </h2>
      <p>
        {central
          ? 'Contracts appear here as trusts record them.'
          : `${trust ?? 'Your trust'} has no contracts in Concord yet.`}{' '}
        Each contract records what the trust pays for each product or service, so its prices can be compared
        with other trusts’ and with the framework ceilings.
      </p>
      {recorder ? (
        <p>
          <Link to={newContractPath}>Record a contract</Link> with its lines: the products and services
          bought, how many and at what price. You can save it as a draft and finish it later.
        </p>
      ) : (
        <p>Your trust’s procurement team records its contracts here.</p>
      )}
    </>
  );
}

function NoMatches({ view }: { view: RegisterView }) {
  const { filters } = view;
  const narrowed = { ...defaultFilters, sort: filters.sort };
  return (
    <NothingMatches plural="contracts" search={filters.search}>
      {filters.search && <li>check the spelling, or search for fewer words</li>}
      {filters.search && <li>search for part of a reference, such as RAL-2026</li>}
      <li>
        <Link to={{ search: applyFilters(view, narrowed).toString() }}>
          {filters.search ? 'clear the search and the filters' : 'clear the filters'}
        </Link>
      </li>
    </NothingMatches>
  );
}
