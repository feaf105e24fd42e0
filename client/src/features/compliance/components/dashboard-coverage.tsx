import { useId, type ReactNode } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../../gql';
import type { DashboardCoverage_CoverageFragment } from '../../../gql/graphql';
import { formatInteger } from '../../../shared/format/count';
import { standardPath } from '../../../shared/paths';
import { Cell, ResponsiveTable, Row, RowHeader, type Column } from '../../../shared/ui/table';
import { BarFigure, shortAreaName } from '../../site/components/bar-chart';
import { coverageBars, groupCoverage, percentText, type CoverageGroup } from '../coverage-groups';

export const DashboardCoverage_coverage = graphql(`
  fragment DashboardCoverage_coverage on ComplianceCoverage {
    level
    code
    name
    standardCode
    trusts
    declared
    compliant
    partial
    planned
    nonCompliant
    notApplicable
    lapsed
    overdue
    percentCompliant
  }
`);

type Coverage = DashboardCoverage_CoverageFragment;

const counts: { label: string; value: (row: Coverage) => number }[] = [
  { label: 'Trusts', value: (row) => row.trusts },
  { label: 'Declared', value: (row) => row.declared },
  { label: 'Compliant', value: (row) => row.compliant },
  { label: 'Partly compliant', value: (row) => row.partial },
  { label: 'Planned', value: (row) => row.planned },
  { label: 'Not compliant', value: (row) => row.nonCompliant },
  { label: 'Not applicable', value: (row) => row.notApplicable },
  { label: 'Lapsed', value: (row) => row.lapsed },
  { label: 'Plan overdue', value: (row) => row.overdue },
];
const PERCENT = 'Compliant (%)';

/**
 * How the trusts chosen stand against each standard: one table of every standard nationally, then
 * for each standard a chart of the percentage compliant by area, with the tables of its counts by
 * region and by ICB (the chart's values are in them, ADR 0011).
 */
export function DashboardCoverage({
  coverage,
  standards,
  countsVerifiedOnly,
}: {
  coverage: readonly Coverage[];
  standards: readonly { code: string; name: string }[];
  countsVerifiedOnly: boolean;
}) {
  const groups = groupCoverage(coverage, standards);
  if (groups.length === 0) return <p>No trusts match these filters.</p>;
  return (
    <>
      <p>
        Percent compliant is of the trusts a standard applies to: those that declared it not applicable are
        left out.{' '}
        {countsVerifiedOnly
          ? 'Only declarations a central team has verified count.'
          : 'Declarations not yet verified count too.'}
      </p>
      <CoverageTable
        caption="Every standard, the trusts chosen together"
        what="Standard"
        rows={groups.flatMap((group) => (group.national ? [group.national] : []))}
        label={(row) => (
          <>
            <Link to={standardPath(row.standardCode)}>{row.standardCode}</Link>
            <span className="concord-heat__name">
              {groups.find((group) => group.standard.code === row.standardCode)?.standard.name}
            </span>
          </>
        )}
        keyOf={(row) => row.standardCode}
        captionSize="s"
      />
      <h3>Each standard by region and integrated care board</h3>
      <p>Open a standard to see a chart of the percentage compliant by area and the counts behind it.</p>
      {groups.map((group) => (
        <StandardCoverage key={group.standard.code} group={group} />
      ))}
    </>
  );
}

function StandardCoverage({ group }: { group: CoverageGroup<Coverage> }) {
  const tableId = useId();
  const { standard, national } = group;
  const bars = coverageBars(group);
  const barsByRegion = group.regions.length > 1;
  return (
    <details className="nhsuk-details concord-coverage-standard">
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">
          {standard.name} ({standard.code})
          {national && `: ${percentText(national.percentCompliant)} compliant`}
        </span>
      </summary>
      <div className="nhsuk-details__text">
        {national && (
          <p data-testid={`coverage-${standard.code}`}>
            {percentText(national.percentCompliant)} compliant: {formatInteger(national.compliant)} of{' '}
            {formatInteger(national.trusts - national.notApplicable)} trusts it applies to.
          </p>
        )}
        <BarFigure
          caption={`Compliant with ${standard.code} by ${barsByRegion ? 'NHS region' : 'integrated care board'}`}
          bars={bars.map((area) => ({ label: shortAreaName(area.name), value: area.percentCompliant ?? 0 }))}
          format={(value) => percentText(value)}
          tableId={tableId}
          max={100}
        />
        {group.regions.length > 0 && (
          <CoverageTable
            id={barsByRegion ? tableId : undefined}
            caption={`${standard.code} by NHS region`}
            captionSize="s"
            what="Region"
            rows={group.regions}
            label={(row) => row.name}
            keyOf={(row) => row.code ?? row.name}
          />
        )}
        {group.icbs.length > 0 && (
          <CoverageTable
            id={barsByRegion ? undefined : tableId}
            caption={`${standard.code} by integrated care board`}
            captionSize="s"
            what="Integrated care board"
            rows={group.icbs}
            label={(row) => shortAreaName(row.name)}
            keyOf={(row) => row.code ?? row.name}
          />
        )}
      </div>
    </details>
  );
}

function CoverageTable({
  id,
  caption,
  captionSize,
  what,
  rows,
  label,
  keyOf,
}: {
  /** The caption's id, when a chart's description points to it. */
  id?: string;
  caption: string;
  captionSize?: 's' | 'm';
  what: string;
  rows: readonly Coverage[];
  label: (row: Coverage) => ReactNode;
  keyOf: (row: Coverage) => string;
}) {
  const columns: Column[] = [
    what,
    { label: PERCENT, numeric: true },
    ...counts.map((count) => ({ label: count.label, numeric: true })),
  ];
  return (
    // Wide on a laptop: it scrolls sideways in its own region rather than off the page.
    <div className="concord-coverage-scroll" tabIndex={0} role="region" aria-label={caption}>
      <ResponsiveTable
        caption={<span id={id}>{caption}</span>}
        captionSize={captionSize}
        columns={columns}
        className="concord-coverage-table"
      >
        {rows.map((row) => (
          <Row key={keyOf(row)}>
            <RowHeader column={what}>{label(row)}</RowHeader>
            <Cell column={PERCENT} numeric>
              <strong>{percentText(row.percentCompliant)}</strong>
            </Cell>
            {counts.map((count) => (
              <Cell key={count.label} column={count.label} numeric>
                {formatInteger(count.value(row))}
              </Cell>
            ))}
          </Row>
        ))}
      </ResponsiveTable>
    </div>
  );
}
