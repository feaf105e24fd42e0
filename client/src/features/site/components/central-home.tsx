import { useQuery } from '@apollo/client/react';
import { useId, type ReactNode } from 'react';
import { Link, useSearchParams } from 'react-router';
import { graphql } from '../../../gql';
import type {
  CentralSavingsQuery,
  CentralUptakeQuery,
  SavingsTarget,
  UptakeShareFieldsFragment,
} from '../../../gql/graphql';
import { formatCount, formatInteger } from '../../../shared/format/count';
import { formatDate } from '../../../shared/format/date';
import { formatMoney } from '../../../shared/format/money';
import { productCategoryLabels } from '../../../shared/labels/catalogue';
import { contractPath, frameworkPath } from '../../../shared/paths';
import { QueryAnswer } from '../../../shared/ui/load-problem';
import { Select } from '../../../shared/ui/select';
import { Cell, ResponsiveTable, Row, RowHeader } from '../../../shared/ui/table';
import { SavingsLines } from '../../compare/components/savings-lines';
import { savingsTargetLabels, savingsTargetOrder, savingsTargetSlugs } from '../../compare/compare-labels';
import { BarFigure, shortAreaName, shortPounds, type BarDatum } from './bar-chart';

const CENTRAL_SAVINGS_QUERY = graphql(`
  query CentralSavings($target: SavingsTarget!) {
    savingsOpportunities(input: { scope: NATIONAL, target: $target, first: 20 }) {
      target
      lineCount
      totalAnnualSaving {
        amount
      }
      byTrust {
        key
      }
      byRegion {
        ...SavingsTotalFields
      }
      byIcb {
        ...SavingsTotalFields
      }
      byCategory {
        ...SavingsTotalFields
      }
      opportunities {
        ...SavingsLines_opportunity
      }
    }
  }
`);

export const SavingsTotalFields = graphql(`
  fragment SavingsTotalFields on SavingsTotal {
    key
    label
    lineCount
    annualSaving {
      amount
    }
  }
`);

const FRAMEWORK_UPTAKE_QUERY = graphql(`
  query CentralUptake {
    frameworkUptake {
      activeOn
      total {
        ...UptakeShareFields
      }
      byRegion {
        ...UptakeShareFields
      }
      byFramework {
        ...UptakeShareFields
      }
      byCategory {
        ...UptakeShareFields
      }
      offFrameworkWithAlternative {
        contractId
        contractReference
        trustName
        supplierName
        annualSpend {
          amount
        }
        frameworks
      }
    }
  }
`);

export const UptakeShareFields = graphql(`
  fragment UptakeShareFields on UptakeShare {
    key
    label
    contracts
    onFrameworkContracts
    annualSpend {
      amount
    }
    onFrameworkSpend {
      amount
    }
  }
`);

/** The address's `target=lower-quartile` and so on; the median when absent or not a target. */
export function readTarget(params: URLSearchParams): SavingsTarget {
  const slug = params.get('target')?.trim().toLowerCase();
  return savingsTargetOrder.find((target) => savingsTargetSlugs[target] === slug) ?? 'MEDIAN';
}

/** Totals keyed by category, labelled as the rest of the app names categories. */
const byCategoryLabel = <T extends { key: string; label: string }>(totals: readonly T[]): T[] =>
  totals.map((total) => ({
    ...total,
    label: productCategoryLabels[total.key as keyof typeof productCategoryLabels] ?? total.label,
  }));

/** The share of spend through frameworks, as a whole percentage of a decimal-string total. */
export function spendShare(
  share: Pick<UptakeShareFieldsFragment, 'annualSpend' | 'onFrameworkSpend'>,
): number {
  const total = Number(share.annualSpend.amount);
  return total > 0 ? (Number(share.onFrameworkSpend.amount) / total) * 100 : 0;
}

const percent = (value: number) => `${Math.round(value)}%`;

/**
 * The home page of a central commercial user: where the NHS could save (by region, by ICB, by
 * category, the largest lines) at a chosen target, and how much is bought through frameworks.
 * Loaded only for central users (it brings the charting library).
 */
export default function CentralHome() {
  const [params, setParams] = useSearchParams();
  const target = readTarget(params);
  return (
    <>
      <span className="nhsuk-caption-l">Central commercial</span>
      <h1>Where the NHS could save</h1>
      <p className="nhsuk-lede-text">
        What trusts would save a year if every line priced above a target paid it, and how much is bought
        through frameworks.
      </p>
      <p>
        Each line is compared with the prices every trust pays for the same product (or role and grade) in the
        same unit.
      </p>
      <form
        className="concord-inline-form"
        onSubmit={(event) => {
          event.preventDefault();
          const chosen = new FormData(event.currentTarget).get('target') as SavingsTarget;
          setParams(chosen === 'MEDIAN' ? {} : { target: savingsTargetSlugs[chosen] });
        }}
      >
        <Select
          id="target"
          name="target"
          label="Measure each line against"
          options={savingsTargetOrder.map((value) => ({ value, label: savingsTargetLabels[value] }))}
          defaultValue={target}
          key={target}
          fullWidth={false}
        />
        <button className="nhsuk-button nhsuk-button--secondary" type="submit">
          Show savings
        </button>
      </form>
      <Savings target={target} />
      <Uptake />
    </>
  );
}

function Savings({ target }: { target: SavingsTarget }) {
  const result = useQuery(CENTRAL_SAVINGS_QUERY, { variables: { target } });
  return (
    <QueryAnswer
      data={result.dataState === 'complete' ? result.data.savingsOpportunities : undefined}
      error={result.error}
      refetch={result.refetch}
      what="The savings"
      loading="Adding up savings across every trust…"
    >
      {(savings) => <SavingsFigures savings={savings} target={target} />}
    </QueryAnswer>
  );
}

function SavingsFigures({
  savings,
  target,
}: {
  savings: CentralSavingsQuery['savingsOpportunities'];
  target: SavingsTarget;
}) {
  const at = savingsTargetLabels[target].toLowerCase();
  return (
    <section aria-labelledby="savings-heading">
      <h2 id="savings-heading">Savings at the {at}</h2>
      <p className="nhsuk-heading-m" data-testid="national-saving">
        {formatMoney(savings.totalAnnualSaving.amount)} a year on {formatCount(savings.lineCount, 'line')} at{' '}
        {formatCount(savings.byTrust.length, 'trust')}
      </p>
      <SavingsTotals
        id="by-region"
        title="By NHS region"
        what="Region"
        totals={savings.byRegion}
        chart="Saving a year by NHS region"
      />
      <SavingsTotals
        id="by-icb"
        title="By integrated care board"
        what="Integrated care board"
        totals={savings.byIcb}
        chart="Saving a year, the 15 integrated care boards with most to save"
        chartLimit={15}
        collapsed
      />
      <SavingsTotals
        id="by-category"
        title="By category"
        what="Category"
        totals={byCategoryLabel(savings.byCategory)}
      />
      <h3>The largest savings</h3>
      <SavingsLines
        lines={savings.opportunities}
        target={target}
        caption={`The ${savings.opportunities.length} lines with most to save`}
        showTrust
      />
    </section>
  );
}

type Total = CentralSavingsQuery['savingsOpportunities']['byRegion'][number];

function SavingsTotals({
  id,
  title,
  what,
  totals,
  chart,
  chartLimit,
  collapsed = false,
}: {
  id: string;
  title: string;
  what: string;
  totals: readonly Total[];
  chart?: string;
  chartLimit?: number;
  /** The table behind a "details" toggle (a long one under its chart). */
  collapsed?: boolean;
}) {
  const tableId = useId();
  const bars: BarDatum[] = totals.slice(0, chartLimit ?? totals.length).map((total) => ({
    label: shortAreaName(total.label),
    value: Number(total.annualSaving.amount),
  }));
  return (
    <>
      <h3 id={id}>{title}</h3>
      {totals.length === 0 ? (
        <p>Nothing to save here.</p>
      ) : (
        <>
          {chart && <BarFigure caption={chart} bars={bars} format={shortPounds} tableId={tableId} />}
          <Collapsible open={!collapsed} summary={`Every ${what.toLowerCase()} (${totals.length})`}>
            <ResponsiveTable
              caption={<span id={tableId}>{`Saving a year ${title.toLowerCase()}`}</span>}
              columns={[what, { label: 'Lines', numeric: true }, { label: 'Saving a year', numeric: true }]}
            >
              {totals.map((total) => (
                <Row key={total.key}>
                  <RowHeader column={what}>{total.label}</RowHeader>
                  <Cell column="Lines" numeric>
                    {formatCount(total.lineCount, 'line')}
                  </Cell>
                  <Cell column="Saving a year" numeric>
                    {formatMoney(total.annualSaving.amount)}
                  </Cell>
                </Row>
              ))}
            </ResponsiveTable>
          </Collapsible>
        </>
      )}
    </>
  );
}

function Uptake() {
  const result = useQuery(FRAMEWORK_UPTAKE_QUERY);
  return (
    <QueryAnswer
      data={result.dataState === 'complete' ? result.data.frameworkUptake : undefined}
      error={result.error}
      refetch={result.refetch}
      what="Framework uptake"
      loading="Counting what is bought through frameworks…"
    >
      {(uptake) => <UptakeFigures uptake={uptake} />}
    </QueryAnswer>
  );
}

function UptakeFigures({ uptake }: { uptake: CentralUptakeQuery['frameworkUptake'] }) {
  const tableId = useId();
  const { total } = uptake;
  return (
    <section aria-labelledby="uptake-heading">
      <h2 id="uptake-heading">Framework uptake</h2>
      <p>
        Contracts in force on {formatDate(uptake.activeOn)}, and what they cost a year. A contract is through
        a framework when it is called off from a framework lot.
      </p>
      <p className="nhsuk-heading-m" data-testid="uptake-share">
        {percent(spendShare(total))} of spend through frameworks ({formatMoney(total.onFrameworkSpend.amount)}{' '}
        of {formatMoney(total.annualSpend.amount)} a year; {formatInteger(total.onFrameworkContracts)} of{' '}
        {formatCount(total.contracts, 'contract')})
      </p>
      <BarFigure
        caption="Share of spend through frameworks by NHS region"
        bars={uptake.byRegion.map((share) => ({
          label: share.label,
          value: spendShare(share),
        }))}
        format={percent}
        tableId={tableId}
      />
      <UptakeTable id={tableId} caption="Uptake by NHS region" what="Region" shares={uptake.byRegion} />
      <UptakeTable caption="Uptake by category" what="Category" shares={byCategoryLabel(uptake.byCategory)} />
      <h3>Spend by framework</h3>
      <ResponsiveTable
        caption="Call-offs by framework"
        columns={[
          'Framework',
          { label: 'Call-offs', numeric: true },
          { label: 'Spend a year', numeric: true },
        ]}
      >
        {uptake.byFramework.map((share) => (
          <Row key={share.key}>
            <RowHeader column="Framework">
              <Link to={frameworkPath(share.key)}>{share.label}</Link>
            </RowHeader>
            <Cell column="Call-offs" numeric>
              {formatInteger(share.contracts)}
            </Cell>
            <Cell column="Spend a year" numeric>
              {formatMoney(share.annualSpend.amount)}
            </Cell>
          </Row>
        ))}
      </ResponsiveTable>
      <h3>Off-framework contracts a framework could serve</h3>
      {uptake.offFrameworkWithAlternative.length === 0 ? (
        <p>Every off-framework contract in force buys something no framework in force prices.</p>
      ) : (
        <>
          <p>
            Contracts bought outside a framework for a product that a published framework in force prices:
            where a call-off could have been used. Most spend first.
          </p>
          <AlternativesTable
            caption="Off-framework contracts with a framework alternative, most spend first"
            contracts={uptake.offFrameworkWithAlternative.slice(0, SHOWN_ALTERNATIVES)}
          />
          {uptake.offFrameworkWithAlternative.length > SHOWN_ALTERNATIVES && (
            <Collapsible
              open={false}
              summary={`${formatInteger(uptake.offFrameworkWithAlternative.length - SHOWN_ALTERNATIVES)} more`}
            >
              <AlternativesTable
                caption="More off-framework contracts with a framework alternative"
                contracts={uptake.offFrameworkWithAlternative.slice(SHOWN_ALTERNATIVES)}
              />
            </Collapsible>
          )}
        </>
      )}
    </section>
  );
}

const SHOWN_ALTERNATIVES = 20;

type Alternative = CentralUptakeQuery['frameworkUptake']['offFrameworkWithAlternative'][number];

function AlternativesTable({ caption, contracts }: { caption: string; contracts: readonly Alternative[] }) {
  return (
    <ResponsiveTable
      caption={caption}
      columns={['Contract', 'Trust', 'Supplier', 'Frameworks', { label: 'Spend a year', numeric: true }]}
    >
      {contracts.map((contract) => (
        <Row key={contract.contractId}>
          <RowHeader column="Contract">
            <Link to={contractPath(contract.contractId)}>{contract.contractReference}</Link>
          </RowHeader>
          <Cell column="Trust">{contract.trustName}</Cell>
          <Cell column="Supplier">{contract.supplierName}</Cell>
          <Cell column="Frameworks">
            {contract.frameworks.map((reference, index) => (
              <span key={reference}>
                {index > 0 && ', '}
                <Link to={frameworkPath(reference)}>{reference}</Link>
              </span>
            ))}
          </Cell>
          <Cell column="Spend a year" numeric>
            {formatMoney(contract.annualSpend.amount)}
          </Cell>
        </Row>
      ))}
    </ResponsiveTable>
  );
}

/** Children shown, or behind a closed "details" toggle with `summary`. */
function Collapsible({ open, summary, children }: { open: boolean; summary: string; children: ReactNode }) {
  if (open) return <>{children}</>;
  return (
    <details className="nhsuk-details">
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">{summary}</span>
      </summary>
      <div className="nhsuk-details__text">{children}</div>
    </details>
  );
}

function UptakeTable({
  id,
  caption,
  what,
  shares,
}: {
  id?: string;
  caption: string;
  what: string;
  shares: readonly UptakeShareFieldsFragment[];
}) {
  const columns = [
    what,
    { label: 'Contracts', numeric: true },
    { label: 'Through frameworks', numeric: true },
    { label: 'Spend a year', numeric: true },
    { label: 'Share of spend', numeric: true },
  ];
  return (
    <ResponsiveTable caption={<span id={id}>{caption}</span>} captionSize="s" columns={columns}>
      {shares.map((share) => (
        <Row key={share.key}>
          <RowHeader column={what}>{share.label}</RowHeader>
          <Cell column="Contracts" numeric>
            {formatInteger(share.contracts)}
          </Cell>
          <Cell column="Through frameworks" numeric>
            {formatInteger(share.onFrameworkContracts)}
          </Cell>
          <Cell column="Spend a year" numeric>
            {formatMoney(share.annualSpend.amount)}
          </Cell>
          <Cell column="Share of spend" numeric>
            {percent(spendShare(share))}
          </Cell>
        </Row>
      ))}
    </ResponsiveTable>
  );
}
