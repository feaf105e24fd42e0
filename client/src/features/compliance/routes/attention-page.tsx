import '../dashboard.css';
import { skipToken, useQuery } from '@apollo/client/react';
import { useMemo, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../../gql';
import type { AttentionItems_ItemFragment, AttentionPageQuery } from '../../../gql/graphql';
import { formatCount, formatInteger } from '../../../shared/format/count';
import { formatDate } from '../../../shared/format/date';
import { describeError, retry } from '../../../shared/graphql/describe-error';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { formToParams } from '../../../shared/list/address';
import { useListAddress } from '../../../shared/list/use-list-address';
import {
  complianceAttentionPath,
  declarationPath,
  organisationCompliancePath,
  organisationEstatePath,
} from '../../../shared/paths';
import { LoadProblem, Loading } from '../../../shared/ui/load-problem';
import { RegionIcbSelects } from '../../../shared/ui/region-icb-selects';
import { Cell, ResponsiveTable, Row, RowHeader, type Column } from '../../../shared/ui/table';
import { actsCentrally } from '../../contracts/rights';
import { NoAccess, RequireRight } from '../../identity/components/access';
import { useViewer } from '../../identity/viewer';
import { CellStateTag } from '../components/declaration-tags';
import { DashboardNav } from '../components/dashboard-nav';
import { useAreaChoices } from '../components/dashboard-filters';
import {
  ATTENTION_WITHIN_DAYS,
  parseAttentionParams,
  toAttentionInput,
  toAttentionParams,
  type AttentionArea,
} from '../matrix-params';
import { isForbidden } from '../refusal';

/** The viewer's trust, by ODS code: a trust user's attention list is their own trust's. */
const ATTENTION_TRUST_QUERY = graphql(`
  query AttentionTrust {
    me {
      activeMembership {
        id
        role
        organisation {
          id
          odsCode
          name
        }
      }
    }
  }
`);

const ATTENTION_QUERY = graphql(`
  query AttentionPage($input: ComplianceAttentionInput!) {
    complianceAttention(input: $input) {
      withinDays
      overdue {
        ...AttentionItems_item
      }
      lapsing {
        ...AttentionItems_item
      }
      byOrganisation {
        odsCode
        name
        overdue
        lapsing
        lapsed
      }
    }
  }
`);

export const AttentionItems_item = graphql(`
  fragment AttentionItems_item on AttentionItem {
    declarationId
    odsCode
    organisationName
    standardCode
    standardName
    status
    date
    days
  }
`);

type Attention = AttentionPageQuery['complianceAttention'];

const trustRoles = ['TRUST_PROCUREMENT', 'TRUST_COMPLIANCE'];

/**
 * `/compliance/attention`: remediation plans past their date and declarations lapsing in the next
 * 90 days. Central users see every trust in England, or a region or ICB they choose (in the
 * address); a trust's users see their own trust's. Signed in only.
 */
export function AttentionPage() {
  return (
    <RequireRight signIn={<p>You need to sign in to see overdue plans and lapsing declarations.</p>}>
      <AttentionForViewer />
    </RequireRight>
  );
}

function AttentionForViewer() {
  const viewer = useViewer();
  const trust = useQuery(ATTENTION_TRUST_QUERY);
  if (actsCentrally(viewer)) return <Attention ownTrust={null} />;
  if (!trustRoles.includes(viewer?.activeMembership?.role ?? '')) {
    return (
      <NoAccess title="What needs attention is for trusts and central teams">
        <p>
          It lists a trust’s overdue plans and lapsing declarations. Suppliers see what needs their attention
          on their <Link to="/">home page</Link>.
        </p>
      </NoAccess>
    );
  }
  const organisation = trust.data?.me?.activeMembership?.organisation;
  if (trust.error) {
    return (
      <LoadProblem
        problem={describeError(trust.error)}
        what="Your trust"
        onRetry={() => retry(trust.refetch)}
      />
    );
  }
  if (!organisation) return <Loading>Loading…</Loading>;
  return <Attention ownTrust={organisation} />;
}

function Attention({ ownTrust }: { ownTrust: { odsCode: string; name: string } | null }) {
  const address = useListAddress();
  const { searchParams } = address;
  const area = useMemo(() => parseAttentionParams(searchParams), [searchParams]);
  const areas = useAreaChoices();
  const input = toAttentionInput(area, ownTrust?.odsCode ?? null);
  const result = useQuery(ATTENTION_QUERY, input ? { variables: { input } } : skipToken);
  const forbidden = isForbidden(result.error);
  usePageTitle('What needs attention', { error: Boolean(result.error) });
  const attention = result.dataState === 'complete' ? result.data.complianceAttention : undefined;
  const areaName = ownTrust
    ? ownTrust.name
    : area.scope === 'NATIONAL'
      ? 'England'
      : ((area.scope === 'REGION' ? areas.regions : areas.icbs).find((choice) => choice.code === area.code)
          ?.name ?? area.code);

  return (
    <>
      <span className="nhsuk-caption-l">{areaName}</span>
      <h1>What needs attention</h1>
      <p className="nhsuk-lede-text">
        Remediation plans past their due date, and declarations that lapse in the next {ATTENTION_WITHIN_DAYS}{' '}
        days: certificates to renew and reviews to make.
      </p>
      <DashboardNav current={complianceAttentionPath} />
      {ownTrust ? (
        <p>
          Your trust’s declarations, whether or not a central team has verified them. See also{' '}
          <Link to={organisationCompliancePath(ownTrust.odsCode)}>your trust’s compliance</Link> and{' '}
          <Link to={organisationEstatePath(ownTrust.odsCode)}>your systems’ gaps</Link>.
        </p>
      ) : (
        <AreaForm
          key={address.formKey}
          area={area}
          regions={areas.regions}
          icbs={areas.icbs}
          onSubmit={(form) =>
            address.applyFilters(toAttentionParams(parseAttentionParams(formToParams(form))))
          }
        />
      )}
      {forbidden ? (
        <p>You can see only your own trust’s plans and declarations.</p>
      ) : result.error ? (
        <LoadProblem
          problem={describeError(result.error)}
          what="What needs attention"
          onRetry={() => retry(result.refetch)}
        />
      ) : !attention ? (
        <Loading>Finding overdue plans and lapsing declarations…</Loading>
      ) : (
        <AttentionFigures attention={attention} showTrust={ownTrust === null} />
      )}
    </>
  );
}

/** A central user's choice of trusts: all of England, a region or an ICB. */
function AreaForm({
  area,
  regions,
  icbs,
  onSubmit,
}: {
  area: AttentionArea;
  regions: Parameters<typeof RegionIcbSelects>[0]['regions'];
  icbs: Parameters<typeof RegionIcbSelects>[0]['icbs'];
  onSubmit: (form: FormData) => void;
}) {
  const icbCode = area.scope === 'ICB' ? area.code : '';
  const regionCode =
    area.scope === 'REGION' ? area.code : (icbs.find((icb) => icb.code === icbCode)?.region.code ?? '');
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSubmit(new FormData(event.currentTarget));
  };
  return (
    <form
      className="concord-dashboard-inline concord-dashboard-inline--end"
      aria-label="Choose trusts"
      noValidate
      onSubmit={submit}
    >
      <RegionIcbSelects
        // The ICB's region shows once the lists have come.
        key={`${regionCode}-${icbs.length}`}
        idPrefix="attention-"
        regions={regions}
        icbs={icbs}
        regionCode={regionCode}
        icbCode={icbCode}
        regionHint="Every region when none is chosen"
        fullWidth={false}
      />
      <button className="nhsuk-button nhsuk-button--secondary" type="submit">
        Show
      </button>
    </form>
  );
}

function AttentionFigures({ attention, showTrust }: { attention: Attention; showTrust: boolean }) {
  const within = `the next ${formatCount(attention.withinDays, 'day')}`;
  return (
    <>
      <p className="nhsuk-heading-m" role="status" data-testid="attention-summary">
        {formatCount(attention.overdue.length, 'plan')} overdue;{' '}
        {formatCount(attention.lapsing.length, 'declaration')} lapsing in {within}
      </p>
      <section aria-labelledby="overdue-heading">
        <h2 id="overdue-heading">Overdue plans</h2>
        {attention.overdue.length === 0 ? (
          <p>No remediation plan is past its due date.</p>
        ) : (
          <>
            <p>Plans to become compliant whose due date has passed, the longest overdue first.</p>
            <Items
              caption="Overdue plans"
              items={attention.overdue}
              showTrust={showTrust}
              dateHeading="Due"
              daysHeading="Days late"
            />
          </>
        )}
      </section>
      <section aria-labelledby="lapsing-heading">
        <h2 id="lapsing-heading">Lapsing in {within}</h2>
        {attention.lapsing.length === 0 ? (
          <p>Nothing lapses in {within}.</p>
        ) : (
          <>
            <p>
              Declarations whose certificate expires or whose review date comes in {within}, soonest first.
            </p>
            <Items
              caption={`Lapsing in ${within}`}
              items={attention.lapsing}
              showTrust={showTrust}
              dateHeading="Expires"
              daysHeading="Days left"
            />
          </>
        )}
      </section>
      {showTrust && (
        <section aria-labelledby="by-trust-heading">
          <h2 id="by-trust-heading">By trust</h2>
          {attention.byOrganisation.length === 0 ? (
            <p>No trust has an overdue plan, a lapsed declaration or one lapsing soon.</p>
          ) : (
            <ByTrust attention={attention} />
          )}
        </section>
      )}
    </>
  );
}

/** Tables this long show their first rows, the rest behind a "details" toggle. */
const SHOWN = 50;

function Items({
  caption,
  items,
  showTrust,
  dateHeading,
  daysHeading,
}: {
  caption: string;
  items: readonly AttentionItems_ItemFragment[];
  showTrust: boolean;
  dateHeading: string;
  daysHeading: string;
}) {
  const columns: Column[] = [
    'Standard',
    ...(showTrust ? ['Trust'] : []),
    'Status',
    dateHeading,
    { label: daysHeading, numeric: true },
  ];
  const table = (rows: readonly AttentionItems_ItemFragment[], title: string) => (
    <ResponsiveTable caption={title} columns={columns}>
      {rows.map((item) => (
        <Row key={item.declarationId}>
          <RowHeader column="Standard">
            <Link to={declarationPath(item.declarationId)}>{item.standardName}</Link>{' '}
            <span className="concord-figure-note">({item.standardCode})</span>
          </RowHeader>
          {showTrust && (
            <Cell column="Trust">
              <Link to={organisationCompliancePath(item.odsCode)}>{item.organisationName}</Link>
            </Cell>
          )}
          <Cell column="Status">
            <CellStateTag state={item.status} />
          </Cell>
          <Cell column={dateHeading}>
            <span className="concord-nowrap">{formatDate(item.date)}</span>
          </Cell>
          <Cell column={daysHeading} numeric>
            {formatInteger(item.days)}
          </Cell>
        </Row>
      ))}
    </ResponsiveTable>
  );
  return (
    <>
      {table(items.slice(0, SHOWN), caption)}
      {items.length > SHOWN && (
        <More summary={`${formatInteger(items.length - SHOWN)} more`}>
          {table(items.slice(SHOWN), `${caption}, continued`)}
        </More>
      )}
    </>
  );
}

function ByTrust({ attention }: { attention: Attention }) {
  const columns: Column[] = [
    'Trust',
    { label: 'Plans overdue', numeric: true },
    { label: 'Lapsing soon', numeric: true },
    { label: 'Lapsed', numeric: true },
  ];
  const table = (rows: Attention['byOrganisation'], title: string) => (
    <ResponsiveTable caption={title} columns={columns}>
      {rows.map((trust) => (
        <Row key={trust.odsCode}>
          <RowHeader column="Trust">
            <Link to={organisationCompliancePath(trust.odsCode)}>{trust.name}</Link>
          </RowHeader>
          <Cell column="Plans overdue" numeric>
            {formatInteger(trust.overdue)}
          </Cell>
          <Cell column="Lapsing soon" numeric>
            {formatInteger(trust.lapsing)}
          </Cell>
          <Cell column="Lapsed" numeric>
            {formatInteger(trust.lapsed)}
          </Cell>
        </Row>
      ))}
    </ResponsiveTable>
  );
  const rows = attention.byOrganisation;
  return (
    <>
      <p>Trusts with anything to attend to, most first. Lapsed declarations no longer count until renewed.</p>
      {table(rows.slice(0, SHOWN), 'Trusts with overdue plans or lapsing declarations')}
      {rows.length > SHOWN && (
        <More summary={`${formatInteger(rows.length - SHOWN)} more trusts`}>
          {table(rows.slice(SHOWN), 'More trusts with overdue plans or lapsing declarations')}
        </More>
      )}
    </>
  );
}

function More({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className="nhsuk-details">
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">{summary}</span>
      </summary>
      <div className="nhsuk-details__text">{children}</div>
    </details>
  );
}
