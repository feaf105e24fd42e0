import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { graphql } from '../../../gql';
import type { SavingsTarget, TrustSavings_SavingsFragment } from '../../../gql/graphql';
import { formatCount } from '../../../shared/format/count';
import { formatMoney } from '../../../shared/format/money';
import { addMonths, todayInEngland } from '../../../shared/forms/dates';
import { QueryAnswer } from '../../../shared/ui/load-problem';
import { SavingsLines } from '../../compare/components/savings-lines';
import { savingsTargetLabels } from '../../compare/compare-labels';
import { ComplianceNotices } from './compliance-notices';
import { EndingContracts } from './ending-contracts';

/** How close two trusts' end dates must be for them to buy together, in months. */
export const PARTNER_WINDOW_MONTHS = 6;

const TRUST_SAVINGS_QUERY = graphql(`
  query TrustSavings($target: SavingsTarget!) {
    savingsOpportunities(input: { scope: TRUST, target: $target, first: 10 }) {
      ...TrustSavings_savings
    }
  }
`);

const ENDING_CONTRACTS_QUERY = graphql(`
  query EndingContracts($endingAfter: LocalDate!, $endingBefore: LocalDate!, $windowMonths: Int!) {
    contracts(
      first: 50
      filter: { statuses: [ACTIVE], endingAfter: $endingAfter, endingBefore: $endingBefore }
      orderBy: { field: END_DATE, direction: ASC }
    ) {
      ...EndingContracts_contracts
    }
    collaborationOpportunities(input: { scope: ICB, windowMonths: $windowMonths }) {
      ...EndingContracts_groups
    }
  }
`);

export const TrustSavings_savings = graphql(`
  fragment TrustSavings_savings on SavingsOpportunities {
    target
    lineCount
    totalAnnualSaving {
      amount
    }
    opportunities {
      ...SavingsLines_opportunity
    }
  }
`);

/**
 * The home page of a trust's procurement lead: what the trust could save a year and on which lines,
 * the lines priced above their framework ceiling, the contracts ending in the next year with the
 * trusts nearby that could buy the same thing at the same time, and the trust's compliance notices.
 * Each part loads on its own.
 */
export function TrustHome({ trustName }: { trustName: string }) {
  return (
    <>
      <span className="nhsuk-caption-l">{trustName}</span>
      <h1>Your trust’s deals</h1>
      <p className="nhsuk-lede-text">
        Where your trust pays more than other trusts for the same thing, and which contracts to renew next.
      </p>
      <SavingsSection
        target="MEDIAN"
        title="Your top savings"
        explanation="Each line priced above the median of what other trusts pay for the same thing, in the same unit, and what paying the median would save a year. Open one to compare it."
        none="None of your lines in force is priced above the median of what other trusts pay."
      />
      <SavingsSection
        target="CEILING"
        title="Lines above the framework ceiling"
        explanation="Lines priced above the framework’s ceiling price: a call-off’s own lot price or, for other contracts, the lowest ceiling of a framework in force for the product."
        none="None of your lines in force is priced above a framework ceiling."
      />
      <EndingSection />
      <ComplianceNotices />
    </>
  );
}

/** "You could save £12,345.67 a year at the median on 23 lines." */
export function savingsHeadline(savings: TrustSavings_SavingsFragment): string {
  const lines = formatCount(savings.lineCount, 'line');
  const total = formatMoney(savings.totalAnnualSaving.amount);
  return savings.target === 'CEILING'
    ? `${lines} above the ceiling: paying the ceiling would save ${total} a year.`
    : `You could save ${total} a year at the ${savingsTargetLabels[savings.target].toLowerCase()} on ${lines}.`;
}

function SavingsSection({
  target,
  title,
  explanation,
  none,
}: {
  target: SavingsTarget;
  title: string;
  explanation: string;
  none: string;
}) {
  const headingId = useId();
  const result = useQuery(TRUST_SAVINGS_QUERY, { variables: { target } });
  const savings = result.dataState === 'complete' ? result.data.savingsOpportunities : undefined;
  return (
    <section aria-labelledby={headingId} aria-busy={result.loading}>
      <h2 id={headingId}>{title}</h2>
      <QueryAnswer
        data={savings}
        error={result.error}
        refetch={result.refetch}
        what={title}
        loading="Comparing your prices with other trusts’…"
      >
        {(savings) =>
          savings.opportunities.length === 0 ? (
            <p>{none}</p>
          ) : (
            <>
              <p className="nhsuk-heading-m" data-testid={`savings-${target.toLowerCase()}`}>
                {savingsHeadline(savings)}
              </p>
              <p>{explanation}</p>
              <SavingsLines lines={savings.opportunities} target={target} caption={title} />
              {savings.lineCount > savings.opportunities.length && (
                <p>These are the {savings.opportunities.length} lines with most to save.</p>
              )}
            </>
          )
        }
      </QueryAnswer>
    </section>
  );
}

function EndingSection() {
  const today = todayInEngland();
  const result = useQuery(ENDING_CONTRACTS_QUERY, {
    variables: {
      endingAfter: today,
      endingBefore: addMonths(today, 12),
      windowMonths: PARTNER_WINDOW_MONTHS,
    },
  });
  const data = result.dataState === 'complete' ? result.data : undefined;
  return (
    <section aria-labelledby="ending-heading" aria-busy={result.loading}>
      <h2 id="ending-heading">Contracts ending in the next 12 months</h2>
      <QueryAnswer
        data={data}
        error={result.error}
        refetch={result.refetch}
        what="Your contracts ending soon"
        loading="Finding contracts ending soon…"
      >
        {(data) => (
          <EndingContracts
            contracts={data.contracts}
            groups={data.collaborationOpportunities}
            today={today}
            windowMonths={PARTNER_WINDOW_MONTHS}
          />
        )}
      </QueryAnswer>
    </section>
  );
}
