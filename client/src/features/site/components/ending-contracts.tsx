import { Link } from 'react-router';
import { graphql } from '../../../gql';
import type { EndingContracts_ContractsFragment, EndingContracts_GroupsFragment } from '../../../gql/graphql';
import { formatCount } from '../../../shared/format/count';
import { formatDate } from '../../../shared/format/date';
import { formatMoney } from '../../../shared/format/money';
import { addMonths } from '../../../shared/forms/dates';
import { productCategoryLabels } from '../../../shared/labels/catalogue';
import { contractPath, contractsPath } from '../../../shared/paths';
import { Cell, ResponsiveTable, Row, RowHeader } from '../../../shared/ui/table';
import { endingSoonFilters, toSearchParams } from '../../contracts/register-params';

export const EndingContracts_contracts = graphql(`
  fragment EndingContracts_contracts on ContractConnection {
    totalCount
    edges {
      node {
        id
        reference
        title
        endDate
        supplier {
          id
          name
        }
        annualCost {
          amount
        }
      }
    }
  }
`);

export const EndingContracts_groups = graphql(`
  fragment EndingContracts_groups on CollaborationGroup {
    areaName
    category
    combinedAnnualValue {
      amount
    }
    members {
      trustName
      trustOdsCode
      endDate
      own
      contractId
    }
  }
`);

type Group = EndingContracts_GroupsFragment;
type Member = Group['members'][number];

/** The register's view of the trust's contracts ending from today to a year from today. */
const endingSoonPath = (today: string) => `${contractsPath}?${toSearchParams(endingSoonFilters(today))}`;
export type Partner = { category: Group['category']; areaName: string; trusts: Member[] };

/**
 * For each of the trust's contracts, the neighbours it could buy with: in each group it is in (one
 * a category), the other trusts with a contract ending within `windowMonths` of its own, each trust
 * once with its nearest end date. (A group chains end dates, so it can span far more than the
 * window; the partners of one contract are those close to it.)
 */
export function partnersByContract(groups: readonly Group[], windowMonths: number): Map<string, Partner[]> {
  const found = new Map<string, Partner[]>();
  for (const group of groups) {
    for (const member of group.members) {
      if (!member.own || !member.contractId) continue;
      const from = addMonths(member.endDate, -windowMonths);
      const to = addMonths(member.endDate, windowMonths);
      const nearest = new Map<string, Member>();
      for (const other of group.members) {
        if (other.own || other.endDate < from || other.endDate > to) continue;
        const distance = (m: Member) => Math.abs(Date.parse(m.endDate) - Date.parse(member.endDate));
        const kept = nearest.get(other.trustOdsCode);
        if (!kept || distance(other) < distance(kept)) nearest.set(other.trustOdsCode, other);
      }
      if (nearest.size === 0) continue;
      const trusts = [...nearest.values()].sort((a, b) => a.endDate.localeCompare(b.endDate));
      const list = found.get(member.contractId) ?? [];
      list.push({ category: group.category, areaName: group.areaName, trusts });
      found.set(member.contractId, list);
    }
  }
  return found;
}

/**
 * The trust's contracts ending in the next 12 months, soonest first, each with the trusts in its
 * ICB whose contracts for the same category end about the same time: the moment to buy together.
 */
export function EndingContracts({
  contracts,
  groups,
  today,
  windowMonths,
}: {
  contracts: EndingContracts_ContractsFragment;
  groups: readonly Group[];
  today: string;
  windowMonths: number;
}) {
  const partners = partnersByContract(groups, windowMonths);
  const shown = contracts.edges.length;
  return (
    <>
      {shown === 0 ? (
        <p>None of your trust’s contracts in force ends in the next 12 months.</p>
      ) : (
        <>
          <p>
            Soonest first. “Could buy with” names the trusts in your integrated care board whose contracts for
            the same kind of thing end within {formatCount(windowMonths, 'month')} of each other: buying
            together gives a larger order and a better price.
          </p>
          <ResponsiveTable
            caption="Contracts ending in the next 12 months"
            columns={['Contract', 'Supplier', 'Ends', { label: 'A year', numeric: true }, 'Could buy with']}
          >
            {contracts.edges.map(({ node }) => (
              <Row key={node.id}>
                <RowHeader column="Contract">
                  <Link to={contractPath(node.id)}>{node.title}</Link>
                  <span className="concord-basis">{node.reference}</span>
                </RowHeader>
                <Cell column="Supplier">{node.supplier.name}</Cell>
                <Cell column="Ends">{formatDate(node.endDate)}</Cell>
                <Cell column="A year" numeric>
                  {formatMoney(node.annualCost.amount)}
                </Cell>
                <Cell column="Could buy with">
                  <PartnerList partners={partners.get(node.id) ?? []} />
                </Cell>
              </Row>
            ))}
          </ResponsiveTable>
          {contracts.totalCount > shown && (
            <p>
              <Link to={endingSoonPath(today)}>
                See all {formatCount(contracts.totalCount, 'contract')} ending in the next 12 months
              </Link>
            </p>
          )}
        </>
      )}
    </>
  );
}

function PartnerList({ partners }: { partners: readonly Partner[] }) {
  if (partners.length === 0) return <>No other trust nearby</>;
  // An ICB can have a dozen trusts or more: a count for each category, the trusts when opened.
  return (
    <>
      {partners.map((partner) => (
        <details className="nhsuk-details concord-partners" key={partner.category}>
          <summary className="nhsuk-details__summary">
            <span className="nhsuk-details__summary-text">
              {formatCount(partner.trusts.length, 'trust')}
              <span className="concord-basis">{productCategoryLabels[partner.category]}</span>
            </span>
          </summary>
          <div className="nhsuk-details__text">
            <ul className="nhsuk-list">
              {partner.trusts.map((trust) => (
                <li key={trust.trustOdsCode}>
                  {trust.trustName}, ends {formatDate(trust.endDate)}
                </li>
              ))}
            </ul>
          </div>
        </details>
      ))}
    </>
  );
}
