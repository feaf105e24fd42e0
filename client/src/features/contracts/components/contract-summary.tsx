import { Link } from 'react-router';
import { graphql } from '../../../gql';
import type { ContractSummary_ContractFragment } from '../../../gql/graphql';
import { formatDate, formatDateTime } from '../../../shared/format/date';
import { formatMoney } from '../../../shared/format/money';
import {
  contractSourceLabels,
  contractStatusColours,
  contractStatusLabels,
  priceVisibilityExplained,
  priceVisibilityLabels,
  procurementRouteLabels,
} from '../../../shared/labels/contracts';
import { frameworkPath, organisationPath, supplierPath } from '../../../shared/paths';
import { SummaryList, type SummaryRow } from '../../../shared/ui/summary-list';
import { Tag } from '../../../shared/ui/tag';

export const ContractSummary_contract = graphql(`
  fragment ContractSummary_contract on Contract {
    id
    reference
    status
    startDate
    endDate
    maxEndDate
    priceVisibility
    route
    source
    terminationReason
    ocdsUrl
    createdAt
    updatedAt
    totalValue {
      amount
    }
    annualCost {
      amount
    }
    buyer {
      id
      odsCode
      name
    }
    supplier {
      id
      name
    }
    award {
      id
      lot {
        id
        number
        title
        framework {
          id
          reference
          title
        }
      }
    }
  }
`);

const notRecorded = <span className="nhsuk-u-secondary-text-colour">Not recorded</span>;

/** How a contract was bought, in words: the framework lot it was called off from, or its route. */
export function howBought(contract: Pick<ContractSummary_ContractFragment, 'award' | 'route'>) {
  if (contract.award) {
    const { lot } = contract.award;
    return (
      <>
        Called off from <Link to={frameworkPath(lot.framework.reference)}>{lot.framework.title}</Link>{' '}
        <span className="concord-nowrap">({lot.framework.reference})</span>, lot {lot.number}: {lot.title}
      </>
    );
  }
  return contract.route
    ? `Off-framework: ${procurementRouteLabels[contract.route].toLowerCase()}`
    : notRecorded;
}

/** The facts of a contract as an NHS summary list: who, how it was bought, dates, money, visibility. */
export function ContractSummary({ contract }: { contract: ContractSummary_ContractFragment }) {
  const rows: SummaryRow[] = [
    { key: 'Reference', value: contract.reference },
    {
      key: 'Status',
      value: (
        <Tag colour={contractStatusColours[contract.status]}>{contractStatusLabels[contract.status]}</Tag>
      ),
    },
    {
      key: 'Trust',
      value: <Link to={organisationPath(contract.buyer.odsCode)}>{contract.buyer.name}</Link>,
    },
    { key: 'Supplier', value: <Link to={supplierPath(contract.supplier.id)}>{contract.supplier.name}</Link> },
    { key: 'How it was bought', value: howBought(contract) },
    { key: 'Starts', value: formatDate(contract.startDate) },
    {
      key: contract.status === 'TERMINATED' ? 'Ended' : 'Ends',
      value: formatDate(contract.endDate),
    },
  ];
  if (contract.status === 'TERMINATED') {
    rows.push({ key: 'Why it ended early', value: contract.terminationReason || notRecorded });
  }
  rows.push(
    {
      key: 'Latest end with extensions',
      value: contract.maxEndDate ? formatDate(contract.maxEndDate) : 'No extension options',
    },
    {
      key: 'Total value',
      value: contract.totalValue ? formatMoney(contract.totalValue.amount) : notRecorded,
    },
    {
      key: 'Cost a year',
      value: (
        <>
          {formatMoney(contract.annualCost.amount)}
          <span className="nhsuk-u-display-block nhsuk-body-s nhsuk-u-secondary-text-colour nhsuk-u-margin-bottom-0">
            Every line’s cost for a year, with one-off charges spread over the term
          </span>
        </>
      ),
    },
    {
      key: 'Who sees the prices',
      value: (
        <>
          <strong>{priceVisibilityLabels[contract.priceVisibility]}.</strong>{' '}
          {priceVisibilityExplained(contract.priceVisibility, contract.buyer.name)} Central commercial teams
          see every price.
        </>
      ),
    },
    {
      key: 'Recorded',
      value: (
        <>
          {formatDateTime(contract.createdAt)}
          <span className="nhsuk-u-display-block nhsuk-body-s nhsuk-u-secondary-text-colour nhsuk-u-margin-bottom-0">
            {contractSourceLabels[contract.source]}
          </span>
        </>
      ),
    },
    { key: 'Last changed', value: formatDateTime(contract.updatedAt) },
  );
  if (contract.ocdsUrl) {
    rows.push({
      key: 'Open data',
      value: (
        <>
          <a href={contract.ocdsUrl} type="application/json">
            Open data (OCDS)
          </a>
          <span className="nhsuk-u-display-block nhsuk-body-s nhsuk-u-secondary-text-colour nhsuk-u-margin-bottom-0">
            Published for anyone as an OCDS 1.1 release package (JSON), with its prices only when they are
            named
          </span>
        </>
      ),
    });
  }
  return <SummaryList rows={rows} />;
}

export const ContractBenefits_contract = graphql(`
  fragment ContractBenefits_contract on Contract {
    id
    benefitsStatement
    benefitsOwner
    expectedAnnualBenefit {
      amount
    }
  }
`);

/** The benefits the contract is expected to bring, and who owns realising them. */
export function ContractBenefits({
  contract,
}: {
  contract: {
    benefitsStatement: string;
    benefitsOwner: string;
    expectedAnnualBenefit: { amount: string } | null;
  };
}) {
  if (!contract.benefitsStatement && !contract.benefitsOwner && !contract.expectedAnnualBenefit) {
    return <p>No benefits have been recorded for this contract.</p>;
  }
  return (
    <SummaryList
      rows={[
        {
          key: 'Expected benefit a year',
          value: contract.expectedAnnualBenefit
            ? formatMoney(contract.expectedAnnualBenefit.amount)
            : notRecorded,
        },
        {
          key: 'Benefits',
          value: contract.benefitsStatement ? <Paragraphs text={contract.benefitsStatement} /> : notRecorded,
        },
        { key: 'Owner', value: contract.benefitsOwner || notRecorded },
      ]}
    />
  );
}

/** Text as typed, its blank lines kept as paragraphs. */
export function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text.split(/\n\s*\n/).map((paragraph, index) => (
        <p key={index} className="concord-pre-line">
          {paragraph}
        </p>
      ))}
    </>
  );
}
