import { Link } from 'react-router';
import { graphql } from '../../../gql';
import type { ContractTable_ContractFragment, ContractTable_ContractsFragment } from '../../../gql/graphql';
import { formatDate } from '../../../shared/format/date';
import { formatMoney } from '../../../shared/format/money';
import { contractStatusColours, contractStatusLabels } from '../../../shared/labels/contracts';
import { contractPath } from '../../../shared/paths';
import { Cell, ResponsiveTable, Row, RowHeader, type Column } from '../../../shared/ui/table';
import { Tag } from '../../../shared/ui/tag';

export const ContractTable_contract = graphql(`
  fragment ContractTable_contract on Contract {
    id
    reference
    title
    status
    endDate
    anyAboveCeiling
    totalValue {
      amount
    }
    annualCost {
      amount
    }
    supplier {
      id
      name
    }
    buyer {
      id
      name
    }
  }
`);

export const ContractTable_contracts = graphql(`
  fragment ContractTable_contracts on ContractConnection {
    edges {
      node {
        id
        ...ContractTable_contract
      }
    }
  }
`);

/** A connection's contracts, in order, as the table takes them. */
export const contractsOf = (connection: ContractTable_ContractsFragment) =>
  connection.edges.map(({ node }) => node);

/**
 * Contracts (the register's, or those just imported), one row each: the reference links to the contract's page; a contract
 * with a line priced above its framework ceiling says so under its title.
 */
export function ContractTable({
  caption,
  contracts,
  showBuyer,
  linkState,
}: {
  caption: string;
  contracts: readonly ContractTable_ContractFragment[];
  /** Central users read every trust's contracts: each row names its trust. */
  showBuyer: boolean;
  /** Router state for the links to each contract (its page uses it for the back link). */
  linkState?: unknown;
}) {
  const columns: Column[] = [
    'Reference',
    'Title',
    ...(showBuyer ? ['Trust'] : []),
    'Supplier',
    'Status',
    'Ends',
    { label: 'Total value', numeric: true },
    { label: 'Cost a year', numeric: true },
  ];
  return (
    <ResponsiveTable caption={caption} columns={columns} className="concord-register">
      {contracts.map((node) => (
        <Row key={node.id}>
          <RowHeader column="Reference">
            <Link to={contractPath(node.id)} state={linkState} className="concord-nowrap">
              {node.reference}
            </Link>
          </RowHeader>
          <Cell column="Title">
            {node.title}
            {node.anyAboveCeiling && (
              <span className="nhsuk-u-display-block nhsuk-u-margin-top-1 concord-nowrap">
                <Tag colour="red">Above ceiling</Tag>
              </span>
            )}
          </Cell>
          {showBuyer && <Cell column="Trust">{node.buyer.name}</Cell>}
          <Cell column="Supplier">{node.supplier.name}</Cell>
          <Cell column="Status">
            <Tag colour={contractStatusColours[node.status]}>{contractStatusLabels[node.status]}</Tag>
          </Cell>
          <Cell column="Ends" className="concord-nowrap">
            {formatDate(node.endDate)}
          </Cell>
          <Cell column="Total value" numeric className="concord-nowrap">
            {node.totalValue ? (
              formatMoney(node.totalValue.amount)
            ) : (
              <span className="nhsuk-u-secondary-text-colour">Not recorded</span>
            )}
          </Cell>
          <Cell column="Cost a year" numeric className="concord-nowrap">
            {formatMoney(node.annualCost.amount)}
          </Cell>
        </Row>
      ))}
    </ResponsiveTable>
  );
}
