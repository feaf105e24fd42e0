import '../dashboard.css';
import { skipToken, useQuery } from '@apollo/client/react';
import { useId, useMemo, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { graphql } from '../../../gql';
import type { EstatePageQuery } from '../../../gql/graphql';
import { formatCount } from '../../../shared/format/count';
import { todayInEngland } from '../../../shared/forms/dates';
import { describeError, retry } from '../../../shared/graphql/describe-error';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { listProblem, ListProblem } from '../../../shared/list/list-results';
import { useListAddress } from '../../../shared/list/use-list-address';
import {
  organisationCompliancePath,
  organisationEstatePath,
  organisationPath,
  productPath,
} from '../../../shared/paths';
import { BackLink } from '../../../shared/ui/back-link';
import { Loading } from '../../../shared/ui/load-problem';
import { Select, withChosen } from '../../../shared/ui/select';
import { NoAccess, PageMessage, SignInPrompt } from '../../identity/components/access';
import { useViewer } from '../../identity/viewer';
import { cellsByColumn } from '../cell-text';
import { ComplianceHeatmap, HeatmapLegend, type HeatmapRow } from '../components/dashboard-heatmap';
import { parseEstateParams, toEstateInput, toEstateParams, type EstateView } from '../matrix-params';
import { isForbidden } from '../refusal';

const ESTATE_QUERY = graphql(`
  query EstatePage($input: EstateInput!) {
    estate(input: $input) {
      odsCode
      name
      standards {
        code
        name
      }
      systems {
        productVersionId
        productId
        productName
        version
        supplierName
        contractReferences
        cells {
          standardCode
          state
          level
          remediationDueOn
          expiresOn
          verified
          verification
          locallyAccepted
          declarationId
        }
      }
    }
  }
`);

const ESTATE_STANDARDS_QUERY = graphql(`
  query EstateStandards {
    standards(first: 100, filter: { appliesTo: [PRODUCT], statuses: [EFFECTIVE] }) {
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

type Estate = NonNullable<EstatePageQuery['estate']>;

/**
 * `/organisations/:odsCode/estate`: a trust's systems (the product versions on its contracts in
 * force) against the standards that apply to products, as their suppliers declared: "which of my
 * systems are not FHIR UK Core conformant, and by when?". Only gaps by default; the standard and
 * the gaps choice are in the address. For the trust's own users and central users.
 */
export function EstatePage() {
  const viewer = useViewer();
  if (viewer === undefined) return <Loading>Loading…</Loading>;
  if (viewer === null) {
    return (
      <SignInPrompt>
        <p>You need to sign in to see a trust’s systems and how they stand against standards.</p>
      </SignInPrompt>
    );
  }
  return <TrustEstate />;
}

function TrustEstate() {
  const odsCode = (useParams().odsCode ?? '').toUpperCase();
  const address = useListAddress();
  const { searchParams } = address;
  const view = useMemo(() => parseEstateParams(searchParams), [searchParams]);
  const input = view.problems.length > 0 ? null : toEstateInput(odsCode, view);
  const result = useQuery(ESTATE_QUERY, input ? { variables: { input } } : skipToken);
  const standards = useQuery(ESTATE_STANDARDS_QUERY);
  const forbidden = isForbidden(result.error);
  const problem = forbidden
    ? null
    : listProblem(view.problems, result.error ? describeError(result.error) : null);
  const estate = result.dataState === 'complete' ? result.data.estate : undefined;
  usePageTitle(estate ? `Systems against standards: ${estate.name}` : 'Systems against standards', {
    error: problem !== null,
  });
  const captionId = useId();
  const go = (next: Omit<EstateView, 'problems'>) => address.applyFilters(toEstateParams(next));

  if (forbidden) {
    return (
      <NoAccess title="You can see only your own trust’s estate">
        <p>
          A trust’s systems and how they stand against standards are for that trust’s own users and for
          central commercial teams.
        </p>
      </NoAccess>
    );
  }
  if (estate === null) {
    return (
      <PageMessage title="Trust not found">
        <p>There is no trust with the ODS code {odsCode}.</p>
        <p>
          <Link to="/organisations">Find an organisation</Link>
        </p>
      </PageMessage>
    );
  }
  const choices = standards.data?.standards.edges.map(({ node }) => node) ?? [];

  return (
    <>
      <BackLink to={organisationPath(odsCode)}>{estate ? estate.name : 'Back'}</BackLink>
      {problem && (
        <ListProblem
          problem={problem}
          what="The trust’s systems"
          onRetry={() => retry(result.refetch)}
          listPath={organisationEstatePath(odsCode)}
          startAgain="see every gap"
        />
      )}
      {estate && <span className="nhsuk-caption-l">{estate.name}</span>}
      <h1>Systems against standards</h1>
      <p className="nhsuk-lede-text">
        The systems on the trust’s contracts in force, against the standards that apply to products, as their
        suppliers declared: which are not conformant, and by when they will be.
      </p>
      <p>
        <Link to={organisationCompliancePath(odsCode)}>The trust’s own compliance with standards</Link>
      </p>
      <EstateForm
        key={address.formKey}
        view={view}
        standards={choices}
        onSubmit={(gapsOnly, standardCode) =>
          go({ gapsOnly, standardCodes: standardCode ? [standardCode] : [] })
        }
      />
      {input && !problem && (
        <section aria-labelledby="estate-heading" aria-busy={result.loading}>
          <h2 id="estate-heading">{view.gapsOnly ? 'Systems with gaps' : 'Every system'}</h2>
          {!estate ? (
            <Loading>Loading the trust’s systems…</Loading>
          ) : (
            <EstateTable estate={estate} view={view} captionId={captionId} />
          )}
        </section>
      )}
    </>
  );
}

/** The standard to look at and whether to see only gaps; submitted together. */
function EstateForm({
  view,
  standards,
  onSubmit,
}: {
  view: EstateView;
  standards: readonly { code: string; name: string }[];
  onSubmit: (gapsOnly: boolean, standardCode: string) => void;
}) {
  const chosen = view.standardCodes[0] ?? '';
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    onSubmit(form.get('gaps') === 'only', String(form.get('standard') ?? ''));
  };
  return (
    <form className="concord-dashboard-inline" aria-label="Choose what to show" noValidate onSubmit={submit}>
      <Select
        id="standard"
        name="standard"
        label="Standard"
        labelSize="s"
        placeholder="Every product standard"
        options={withChosen(
          standards.map((standard) => ({
            value: standard.code,
            label: `${standard.name} (${standard.code})`,
          })),
          chosen,
        )}
        defaultValue={chosen}
        fullWidth={false}
      />
      <div className="nhsuk-form-group concord-dashboard-inline__check">
        <div className="nhsuk-checkboxes nhsuk-checkboxes--small">
          <div className="nhsuk-checkboxes__item">
            <input
              className="nhsuk-checkboxes__input"
              id="gaps"
              name="gaps"
              type="checkbox"
              value="only"
              defaultChecked={view.gapsOnly}
            />
            <label className="nhsuk-label nhsuk-checkboxes__label" htmlFor="gaps">
              Show only gaps
            </label>
          </div>
        </div>
      </div>
      <button className="nhsuk-button nhsuk-button--secondary concord-dashboard-inline__button" type="submit">
        Show systems
      </button>
    </form>
  );
}

function EstateTable({ estate, view, captionId }: { estate: Estate; view: EstateView; captionId: string }) {
  const today = todayInEngland();
  if (estate.systems.length === 0) {
    return view.gapsOnly ? (
      <p>
        None of the trust’s systems has a gap against{' '}
        {view.standardCodes.length > 0 ? 'this standard' : 'the standards that apply to products'}: each is
        declared compliant or not applicable.{' '}
        <Link to={{ search: toEstateParams({ ...view, gapsOnly: false }).toString() }}>See every system</Link>
        .
      </p>
    ) : (
      <p>The trust has no systems on contracts in force: no contract line names a product version.</p>
    );
  }
  // Showing gaps only, a standard no system falls short of is left out.
  const columns = view.gapsOnly
    ? estate.standards.filter((standard) =>
        estate.systems.some((system) => system.cells.some((cell) => cell.standardCode === standard.code)),
      )
    : estate.standards;
  const rows: HeatmapRow[] = estate.systems.map((system) => ({
    key: system.productVersionId,
    header: (
      <>
        <Link to={productPath(system.productId)}>{system.productName}</Link>
        <span className="concord-heat__about">
          Version {system.version} · {system.supplierName}
        </span>
        {system.contractReferences.length > 0 && (
          <span className="concord-heat__about">
            {system.contractReferences.length === 1 ? 'Contract' : 'Contracts'}{' '}
            {system.contractReferences.join(', ')}
          </span>
        )}
      </>
    ),
    cells: cellsByColumn(columns, system.cells),
  }));
  const count = `${formatCount(estate.systems.length, view.gapsOnly ? 'system with gaps' : 'system', view.gapsOnly ? 'systems with gaps' : 'systems')} against ${formatCount(columns.length, 'standard')}`;
  return (
    <>
      <p className="nhsuk-body nhsuk-u-font-weight-bold" role="status">
        {count}
      </p>
      <HeatmapLegend
        states={[
          'PARTIAL',
          'PLANNED',
          'NON_COMPLIANT',
          'LAPSED',
          'REJECTED',
          'NOT_DECLARED',
          'COMPLIANT',
          'NOT_APPLICABLE',
        ]}
      >
        <p>
          Declarations count whether or not a central team has verified them yet: each cell says which.
          “Accepted locally” means the trust has accepted the supplier’s declaration for its own use.
          {view.gapsOnly && ' “No gap” means declared compliant, or not applicable.'}
        </p>
      </HeatmapLegend>
      <ComplianceHeatmap
        caption={`${estate.name}: ${count}`}
        captionId={captionId}
        rowHeading="System"
        columns={columns}
        rows={rows}
        today={today}
      />
    </>
  );
}
