import '../dashboard.css';
import type { TypedDocumentNode } from '@apollo/client';
import { skipToken, useQuery } from '@apollo/client/react';
import { useId, useMemo, type ReactNode } from 'react';
import type { ComplianceMatrixInput } from '../../../gql/graphql';
import { formatCount } from '../../../shared/format/count';
import { todayInEngland } from '../../../shared/forms/dates';
import { describeError, retry } from '../../../shared/graphql/describe-error';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { formToParams } from '../../../shared/list/address';
import { listProblem, ListProblem } from '../../../shared/list/list-results';
import { useListAddress } from '../../../shared/list/use-list-address';
import { actsCentrally } from '../../contracts/rights';
import { useViewer } from '../../identity/viewer';
import { matrixLegend } from '../cell-text';
import { UnverifiedChoice } from './dashboard-filters';
import { ComplianceHeatmap, HeatmapLegend, type HeatmapColumn, type HeatmapRow } from './dashboard-heatmap';
import { DashboardNav } from './dashboard-nav';

/** What every matrix's view has: whether it counts unverified declarations, and what the address got wrong. */
type MatrixView = { includeUnverified: boolean; problems: string[] };

/**
 * A matrix page's view, query and problem: the view read from the address (`parse`), and the page's
 * one query for the input it describes (`toInput`), asked once the viewer is known (only a central
 * user's input counts unverified declarations) and skipped when the address cannot be read. The
 * page's title says "Error:" while there is a problem. `filter` goes to the address of a submitted
 * filter form (keeping the unverified choice), `includeUnverified` to the same view with that choice.
 */
export function useMatrixPage<V extends MatrixView, TData>({
  title,
  query,
  parse,
  toInput,
  toParams,
}: {
  title: string;
  query: TypedDocumentNode<TData, { input: ComplianceMatrixInput }>;
  parse: (params: URLSearchParams) => V;
  toInput: (view: V, viewer: { central: boolean }) => ComplianceMatrixInput;
  toParams: (view: Omit<V, 'problems'>) => URLSearchParams;
}) {
  const address = useListAddress();
  const { searchParams } = address;
  const view = useMemo(() => parse(searchParams), [parse, searchParams]);
  const viewer = useViewer();
  const central = actsCentrally(viewer);
  const input = viewer === undefined || view.problems.length > 0 ? null : toInput(view, { central });
  const result = useQuery(query, input ? { variables: { input } } : skipToken);
  const problem = listProblem(view.problems, result.error ? describeError(result.error) : null);
  usePageTitle(title, { error: problem !== null });
  const go = (next: Omit<V, 'problems'>) => address.applyFilters(toParams(next));
  return {
    title,
    view,
    central,
    formKey: address.formKey,
    /** Whether the page asks for its figures: not before the viewer is known, nor with a problem. */
    asks: input !== null && problem === null,
    /** The address asks for unverified declarations, but the viewer may count verified ones only. */
    publicOnly: view.includeUnverified && viewer !== undefined && !central,
    answer: result.dataState === 'complete' ? result.data : undefined,
    loading: result.loading,
    problem,
    retry: () => retry(result.refetch),
    filter: (form: FormData) =>
      go({ ...parse(formToParams(form)), includeUnverified: view.includeUnverified }),
    includeUnverified: (includeUnverified: boolean) => go({ ...view, includeUnverified }),
  };
}

type MatrixPage = ReturnType<typeof useMatrixPage<MatrixView, unknown>>;

/**
 * A matrix page around its figures: the problem, if any, the title, the compliance pages' menu,
 * which declarations the figures count, the filters and, for central users, the choice to count
 * unverified declarations; then `children`, once the page asks for its figures.
 */
export function MatrixPageFrame({
  page,
  lede,
  path,
  what,
  startAgain,
  includesUnverified,
  notVerified,
  filters,
  children,
}: {
  page: MatrixPage;
  lede: string;
  /** The page's own path: its place in the menu, and where starting again leads. */
  path: string;
  /** What could not be loaded, and the words of the link that starts again (see `ListProblem`). */
  what: string;
  startAgain: string;
  /** Whether the figures shown count unverified declarations (unknown until they come). */
  includesUnverified: boolean | undefined;
  /** How the public figures show a subject declared but not verified yet, as a sentence. */
  notVerified: string;
  filters: ReactNode;
  children: ReactNode;
}) {
  return (
    <>
      {page.problem && (
        <ListProblem
          problem={page.problem}
          what={what}
          onRetry={page.retry}
          listPath={path}
          startAgain={startAgain}
        />
      )}
      <h1>{page.title}</h1>
      <p className="nhsuk-lede-text">{lede}</p>
      <DashboardNav current={path} />
      <div className="nhsuk-inset-text">
        <span className="nhsuk-u-visually-hidden">Information: </span>
        <p>
          {includesUnverified
            ? 'These figures include declarations a central team has not verified yet: they are not the public figures.'
            : `Public figures count only declarations a central team has verified. ${notVerified}`}
        </p>
      </div>
      {page.publicOnly && (
        <p>Only central users can include declarations not yet verified: these are the public figures.</p>
      )}
      {filters}
      {page.central && (
        <UnverifiedChoice
          key={`unverified-${page.formKey}`}
          included={page.view.includeUnverified}
          onChange={page.includeUnverified}
        />
      )}

      {page.asks && children}
    </>
  );
}

/**
 * A matrix's subjects against its standards: how many of each (a status), the key to the cells,
 * and the heatmap; `empty` instead when no subject matches the filters.
 */
export function MatrixHeatmap({
  title,
  subject,
  rowHeading,
  standards,
  rows,
  includesUnverified,
  empty,
}: {
  /** What the table shows, the start of its caption: "Trusts against standards". */
  title: string;
  /** One subject, for the count: "trust". */
  subject: string;
  rowHeading: string;
  standards: readonly HeatmapColumn[];
  rows: readonly HeatmapRow[];
  includesUnverified: boolean;
  empty: ReactNode;
}) {
  const captionId = useId();
  if (rows.length === 0) return <p>{empty}</p>;
  const count = `${formatCount(rows.length, subject)} against ${formatCount(standards.length, 'standard')}`;
  return (
    <>
      <p className="nhsuk-body nhsuk-u-font-weight-bold" role="status">
        {count}
      </p>
      <HeatmapLegend states={matrixLegend(includesUnverified)} />
      <ComplianceHeatmap
        caption={`${title}: ${count}`}
        captionId={captionId}
        rowHeading={rowHeading}
        columns={standards}
        rows={rows}
        today={todayInEngland()}
      />
    </>
  );
}
