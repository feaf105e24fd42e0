import '../dashboard.css';
import { skipToken, useQuery } from '@apollo/client/react';
import { useId, useMemo } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../../gql';
import type { ComplianceMatrixPageQuery } from '../../../gql/graphql';
import { formatCount } from '../../../shared/format/count';
import { todayInEngland } from '../../../shared/forms/dates';
import { describeError, retry } from '../../../shared/graphql/describe-error';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { formToParams } from '../../../shared/list/address';
import { listProblem, ListProblem } from '../../../shared/list/list-results';
import { useListAddress } from '../../../shared/list/use-list-address';
import { complianceMatrixPath, organisationCompliancePath } from '../../../shared/paths';
import { Loading } from '../../../shared/ui/load-problem';
import { actsCentrally } from '../../contracts/rights';
import { useViewer } from '../../identity/viewer';
import { shortAreaName } from '../../site/components/bar-chart';
import { cellsByColumn, matrixLegend } from '../cell-text';
import { DashboardCoverage } from '../components/dashboard-coverage';
import {
  DashboardFilters,
  TrustFilterFields,
  UnverifiedChoice,
  useAreaChoices,
} from '../components/dashboard-filters';
import { ComplianceHeatmap, HeatmapLegend, type HeatmapRow } from '../components/dashboard-heatmap';
import { DashboardNav } from '../components/dashboard-nav';
import {
  narrowsTrusts,
  parseTrustMatrixParams,
  toTrustMatrixInput,
  toTrustMatrixParams,
  type TrustMatrixView,
} from '../matrix-params';

const COMPLIANCE_MATRIX_QUERY = graphql(`
  query ComplianceMatrixPage($input: ComplianceMatrixInput!) {
    complianceMatrix(input: $input) {
      includesUnverified
      standards {
        code
        name
        category
      }
      # Rows are kept whole in the query's answer, not normalised by id: the same trust has other
      # cells when unverified declarations are included.
      rows {
        odsCode
        name
        icbName
        cells {
          ...ComplianceHeatmap_cell
        }
      }
    }
    complianceCoverage(input: $input) {
      ...DashboardCoverage_coverage
    }
  }
`);

type Matrix = ComplianceMatrixPageQuery['complianceMatrix'];

/**
 * `/compliance`: every open NHS trust against the standards that apply to organisations, a cell
 * each, with how many comply by region and ICB. Public, on verified declarations; central users may
 * count unverified ones too. Filters (region, ICB, trust type) are in the address.
 */
export function ComplianceMatrixPage() {
  const address = useListAddress();
  const { searchParams } = address;
  const view = useMemo(() => parseTrustMatrixParams(searchParams), [searchParams]);
  const viewer = useViewer();
  const central = actsCentrally(viewer);
  const input =
    viewer === undefined || view.problems.length > 0 ? null : toTrustMatrixInput(view, { central });
  const result = useQuery(COMPLIANCE_MATRIX_QUERY, input ? { variables: { input } } : skipToken);
  const areas = useAreaChoices();
  const problem = listProblem(view.problems, result.error ? describeError(result.error) : null);
  usePageTitle('Compliance with standards', { error: problem !== null });
  const captionId = useId();
  const today = todayInEngland();
  const go = (next: Omit<TrustMatrixView, 'problems'>) => address.applyFilters(toTrustMatrixParams(next));
  const answer = result.dataState === 'complete' ? result.data : undefined;

  return (
    <>
      {problem && (
        <ListProblem
          problem={problem}
          what="The compliance matrix"
          onRetry={() => retry(result.refetch)}
          listPath={complianceMatrixPath}
          startAgain="see every trust"
        />
      )}
      <h1>Compliance with standards</h1>
      <p className="nhsuk-lede-text">
        How every open NHS trust stands against the standards that apply to organisations, from the trusts’
        own declarations.
      </p>
      <DashboardNav current={complianceMatrixPath} />
      <div className="nhsuk-inset-text">
        <span className="nhsuk-u-visually-hidden">Information: </span>
        <p>
          {answer?.complianceMatrix.includesUnverified
            ? 'These figures include declarations a central team has not verified yet: they are not the public figures.'
            : 'Public figures count only declarations a central team has verified. A trust that has declared but is not yet verified shows as “Not verified”.'}
        </p>
      </div>
      {view.includeUnverified && viewer !== undefined && !central && (
        <p>Only central users can include declarations not yet verified: these are the public figures.</p>
      )}
      <DashboardFilters
        key={address.formKey}
        label="Choose trusts"
        summary="Filter trusts"
        open={narrowsTrusts(view)}
        clearTo={{
          search: toTrustMatrixParams({ ...view, regionCode: '', icbCode: '', trustTypes: [] }).toString(),
        }}
        onSubmit={(form) => {
          const chosen = parseTrustMatrixParams(formToParams(form));
          go({ ...chosen, includeUnverified: view.includeUnverified });
        }}
      >
        <TrustFilterFields
          regions={areas.regions}
          icbs={areas.icbs}
          regionCode={view.regionCode}
          icbCode={view.icbCode}
          trustTypes={view.trustTypes}
        />
      </DashboardFilters>
      {central && (
        <UnverifiedChoice
          key={`unverified-${address.formKey}`}
          included={view.includeUnverified}
          onChange={(includeUnverified) => go({ ...view, includeUnverified })}
        />
      )}

      {input && !problem && (
        <div aria-busy={result.loading}>
          {!answer ? (
            <Loading>Loading every trust’s declarations…</Loading>
          ) : (
            <>
              <section aria-labelledby="matrix-heading">
                <h2 id="matrix-heading">Trusts against standards</h2>
                <MatrixTable matrix={answer.complianceMatrix} captionId={captionId} today={today} />
              </section>
              <section aria-labelledby="coverage-heading">
                <h2 id="coverage-heading">Coverage by region and integrated care board</h2>
                <DashboardCoverage
                  coverage={answer.complianceCoverage}
                  standards={answer.complianceMatrix.standards}
                  countsVerifiedOnly={!answer.complianceMatrix.includesUnverified}
                />
              </section>
            </>
          )}
        </div>
      )}
    </>
  );
}

function MatrixTable({ matrix, captionId, today }: { matrix: Matrix; captionId: string; today: string }) {
  if (matrix.rows.length === 0) {
    return (
      <p>
        No open trusts match these filters. <Link to={complianceMatrixPath}>See every trust</Link>.
      </p>
    );
  }
  const rows: HeatmapRow[] = matrix.rows.map((row) => ({
    key: row.odsCode ?? row.name,
    header: (
      <>
        {row.odsCode ? <Link to={organisationCompliancePath(row.odsCode)}>{row.name}</Link> : row.name}
        <span className="concord-heat__about">
          {[row.odsCode, row.icbName && shortAreaName(row.icbName)].filter(Boolean).join(' · ')}
        </span>
      </>
    ),
    cells: cellsByColumn(matrix.standards, row.cells),
  }));
  const count = `${formatCount(matrix.rows.length, 'trust')} against ${formatCount(matrix.standards.length, 'standard')}`;
  return (
    <>
      <p className="nhsuk-body nhsuk-u-font-weight-bold" role="status">
        {count}
      </p>
      <HeatmapLegend states={matrixLegend(matrix.includesUnverified)} />
      <ComplianceHeatmap
        caption={`Trusts against standards: ${count}`}
        captionId={captionId}
        rowHeading="Trust"
        columns={matrix.standards}
        rows={rows}
        today={today}
      />
    </>
  );
}
