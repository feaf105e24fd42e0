import { Link } from 'react-router';
import { graphql } from '../../../gql';
import type { ComplianceMatrixPageQuery } from '../../../gql/graphql';
import { complianceMatrixPath, organisationCompliancePath } from '../../../shared/paths';
import { Loading } from '../../../shared/ui/load-problem';
import { shortAreaName } from '../../site/components/bar-chart';
import { cellsByColumn } from '../cell-text';
import { DashboardCoverage } from '../components/dashboard-coverage';
import { DashboardFilters, TrustFilterFields, useAreaChoices } from '../components/dashboard-filters';
import type { HeatmapRow } from '../components/dashboard-heatmap';
import { MatrixHeatmap, MatrixPageFrame, useMatrixPage } from '../components/matrix-page';
import {
  narrowsTrusts,
  parseTrustMatrixParams,
  toTrustMatrixInput,
  toTrustMatrixParams,
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
  const page = useMatrixPage({
    title: 'Compliance with standards',
    query: COMPLIANCE_MATRIX_QUERY,
    parse: parseTrustMatrixParams,
    toInput: toTrustMatrixInput,
    toParams: toTrustMatrixParams,
  });
  const { view, answer } = page;
  const areas = useAreaChoices();

  return (
    <MatrixPageFrame
      page={page}
      lede="How every open NHS trust stands against the standards that apply to organisations, from the trusts’ own declarations."
      path={complianceMatrixPath}
      what="The compliance matrix"
      startAgain="see every trust"
      includesUnverified={answer?.complianceMatrix.includesUnverified}
      notVerified="A trust that has declared but is not yet verified shows as “Not verified”."
      filters={
        <DashboardFilters
          key={page.formKey}
          label="Choose trusts"
          summary="Filter trusts"
          open={narrowsTrusts(view)}
          clearTo={{
            search: toTrustMatrixParams({ ...view, regionCode: '', icbCode: '', trustTypes: [] }).toString(),
          }}
          onSubmit={page.filter}
        >
          <TrustFilterFields
            regions={areas.regions}
            icbs={areas.icbs}
            regionCode={view.regionCode}
            icbCode={view.icbCode}
            trustTypes={view.trustTypes}
          />
        </DashboardFilters>
      }
    >
      <div aria-busy={page.loading}>
        {!answer ? (
          <Loading>Loading every trust’s declarations…</Loading>
        ) : (
          <>
            <section aria-labelledby="matrix-heading">
              <h2 id="matrix-heading">Trusts against standards</h2>
              <MatrixTable matrix={answer.complianceMatrix} />
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
    </MatrixPageFrame>
  );
}

function MatrixTable({ matrix }: { matrix: Matrix }) {
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
  return (
    <MatrixHeatmap
      title="Trusts against standards"
      subject="trust"
      rowHeading="Trust"
      standards={matrix.standards}
      rows={rows}
      includesUnverified={matrix.includesUnverified}
      empty={
        <>
          No open trusts match these filters. <Link to={complianceMatrixPath}>See every trust</Link>.
        </>
      }
    />
  );
}
