import { skipToken, useQuery } from '@apollo/client/react';
import { useId, useMemo, useState } from 'react';
import { graphql } from '../../../gql';
import { describeError, retry } from '../../../shared/graphql/describe-error';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { listProblem, ListProblem } from '../../../shared/list/list-results';
import { useListAddress } from '../../../shared/list/use-list-address';
import { formToParams } from '../../../shared/list/address';
import { Loading } from '../../../shared/ui/load-problem';
import { NoAccess, RequireRight } from '../../identity/components/access';
import { BenchmarkFigures, FrameworkCeilings } from '../components/benchmark-figures';
import { NoPrices, WithheldNotice } from '../components/benchmark-notices';
import { BenchmarkSavings } from '../components/benchmark-savings';
import { CompareForm } from '../components/compare-form';
import { OwnLines } from '../components/own-lines';
import { PricePoints } from '../components/price-points';
import { PriceStripChart } from '../components/price-strip-chart';
import { VolumeByProduct } from '../components/volume-by-product';
import { VolumeScatter } from '../components/volume-scatter';
import { useViewer } from '../../identity/viewer';
import {
  parseCompareParams,
  toBenchmarkFilter,
  toBenchmarkInput,
  toCompareParams,
  withoutFilters,
  type CompareView,
  type PointSort,
} from '../compare-params';
import '../compare.css';

const COMPARE_PAGE_QUERY = graphql(`
  query ComparePage($input: PriceBenchmarkInput!, $volume: PriceVersusVolumeInput!, $withVolume: Boolean!) {
    priceVersusVolume(input: $volume) @include(if: $withVolume) {
      ...VolumeScatter_volume
    }
    priceBenchmark(input: $input) {
      subject
      lineCount
      ...BenchmarkNotices_benchmark
      ...BenchmarkSavings_benchmark
      ...BenchmarkFigures_benchmark
      ...OwnLines_benchmark
      ...PriceStripChart_benchmark
      ...PricePoints_benchmark
    }
  }
`);

/**
 * `/compare`: how what a trust pays for a product, a category or a role's day rate compares with
 * other trusts' prices, and what it could save. For trusts' procurement leads and central
 * commercial users (`Me.viewerCanComparePrices`).
 */
export function ComparePage() {
  return (
    <RequireRight
      right="viewerCanComparePrices"
      signIn={<p>You need to sign in to compare prices with other trusts.</p>}
      refusal={
        <NoAccess title="You do not have access to Compare">
          <p>
            Comparing prices across trusts is for trusts’ procurement teams and for central commercial teams.
          </p>
        </NoAccess>
      }
    >
      <Compare />
    </RequireRight>
  );
}

function Compare() {
  const address = useListAddress();
  const { searchParams } = address;
  const view = useMemo(() => parseCompareParams(searchParams), [searchParams]);
  const input = view.problems.length > 0 ? null : toBenchmarkInput(view);
  // Whether buying more lowers the price is asked of one product, in the benchmark's unit.
  // Price against quantity, for a product, over the same trusts and day as the benchmark.
  const volume = input?.productId
    ? {
        productId: input.productId,
        pricingUnit: input.pricingUnit,
        ...(input.filter ? { filter: input.filter } : {}),
      }
    : null;
  // Not through the cache: ten thousand prices, each with its Money objects, are slow to write into
  // the normalised cache and to read back, and no other page reads a benchmark from it.
  const result = useQuery(
    COMPARE_PAGE_QUERY,
    input
      ? {
          variables: { input, volume: volume ?? { pricingUnit: input.pricingUnit }, withVolume: !!volume },
          fetchPolicy: 'no-cache',
        }
      : skipToken,
  );
  const viewer = useViewer();
  const ownTrustName =
    viewer?.activeMembership?.role === 'TRUST_PROCUREMENT'
      ? (viewer.activeMembership.organisation?.name ?? null)
      : null;
  const problem = listProblem(view.problems, result.error ? describeError(result.error) : null);
  const [formInvalid, setFormInvalid] = useState(false);
  usePageTitle('Compare prices', { error: problem !== null || formInvalid });
  const tableCaptionId = useId();

  const go = (next: Omit<CompareView, 'problems'>) => address.applyFilters(toCompareParams(next));
  const benchmark = result.dataState === 'complete' ? result.data.priceBenchmark : undefined;
  const volumeAnswer = result.dataState === 'complete' ? result.data.priceVersusVolume : undefined;

  return (
    <>
      {problem && (
        <ListProblem
          problem={problem}
          what="The comparison"
          onRetry={() => retry(result.refetch)}
          listPath="/compare"
          startAgain="start a new comparison"
        />
      )}
      <h1>Compare prices</h1>
      <p className="nhsuk-lede-text">
        See what other trusts pay for the same thing, where your trust sits, and what you could save.
      </p>
      <CompareForm
        key={address.formKey}
        view={view}
        onSubmit={(form) => go(parseCompareParams(formToParams(form)))}
        onInvalid={setFormInvalid}
      />

      {input && !problem && (
        <section aria-labelledby="compare-answer" aria-busy={result.loading}>
          {result.loading && !benchmark && <Loading>Comparing prices…</Loading>}
          {benchmark && (
            <>
              <h2 id="compare-answer" className="nhsuk-heading-l">
                {benchmark.subject}
              </h2>
              <WithheldNotice benchmark={benchmark} />
              {benchmark.lineCount === 0 ? (
                <>
                  <NoPrices
                    benchmark={benchmark}
                    changes={{
                      withoutFilters: toBenchmarkFilter(view)
                        ? toCompareParams(withoutFilters(view)).toString()
                        : null,
                    }}
                  />
                  <FrameworkCeilings benchmark={benchmark} />
                </>
              ) : (
                <>
                  <BenchmarkSavings benchmark={benchmark} />
                  <OwnLines benchmark={benchmark} />
                  <PriceStripChart benchmark={benchmark} tableId={tableCaptionId} />
                  <BenchmarkFigures benchmark={benchmark} />
                  <FrameworkCeilings benchmark={benchmark} />
                  <PricePoints
                    benchmark={benchmark}
                    captionId={tableCaptionId}
                    sort={view.sort}
                    onSort={(sort: PointSort) => go({ ...view, sort })}
                  />
                  {volumeAnswer && (
                    <>
                      <VolumeScatter
                        volume={volumeAnswer}
                        subject={benchmark.subject}
                        ownTrustName={ownTrustName}
                        filtered={toBenchmarkFilter(view) !== null}
                      />
                      <VolumeByProduct
                        pricingUnit={volumeAnswer.pricingUnit}
                        productLink={(productId) =>
                          toCompareParams({ ...view, search: '', productId, sort: 'price' }).toString()
                        }
                      />
                    </>
                  )}
                </>
              )}
            </>
          )}
        </section>
      )}
    </>
  );
}
