import { Link } from 'react-router';
import { graphql } from '../../../gql';
import type { BenchmarkNotices_BenchmarkFragment } from '../../../gql/graphql';
import { formatDate } from '../../../shared/format/date';
import { pricingUnitChoices } from '../../../shared/labels/catalogue';

export const BenchmarkNotices_benchmark = graphql(`
  fragment BenchmarkNotices_benchmark on PriceBenchmark {
    subject
    pricingUnit
    activeOn
    lineCount
    anonymousWithheld
    minimumAnonymousTrusts
  }
`);

/**
 * Said plainly when some trusts' anonymous prices were left out of every figure: fewer than the
 * minimum number of trusts share them anonymously, so showing them could give one trust's price away.
 */
export function WithheldNotice({ benchmark }: { benchmark: BenchmarkNotices_BenchmarkFragment }) {
  if (!benchmark.anonymousWithheld) return null;
  return (
    <div className="nhsuk-warning-callout" role="note">
      <h2 className="nhsuk-warning-callout__label">
        <span role="text">
          <span className="nhsuk-u-visually-hidden">Important: </span>
          Some prices are left out
        </span>
      </h2>
      <p>
        Some trusts share their prices anonymously. Their prices are left out of these figures because fewer
        than {benchmark.minimumAnonymousTrusts} trusts share anonymous prices for this, and with fewer one
        trust’s price could be worked out.
      </p>
    </div>
  );
}

/** Nothing compares: what was asked, and what to try instead. */
export function NoPrices({
  benchmark,
  changes,
}: {
  benchmark: BenchmarkNotices_BenchmarkFragment;
  /** The address of the same comparison across every trust, in force today, when filters narrow it. */
  changes: { withoutFilters: string | null };
}) {
  return (
    <>
      <h2>No prices to compare</h2>
      <p>
        No contracts in force on {formatDate(benchmark.activeOn)} have prices for {benchmark.subject},{' '}
        {pricingUnitChoices[benchmark.pricingUnit].toLowerCase()}, that you can see.
      </p>
      <p>You could:</p>
      <ul>
        <li>choose another pricing unit: products are often priced per licence, per bed or per site</li>
        {changes.withoutFilters && (
          <li>
            <Link to={{ search: changes.withoutFilters }}>
              compare every trust’s contracts in force today, without your filters
            </Link>
          </li>
        )}
        <li>compare the whole category, or another product</li>
      </ul>
    </>
  );
}
