import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../../gql';
import type { FrameworkTable_FrameworksFragment, ProductCategory } from '../../../gql/graphql';
import { formatDate } from '../../../shared/format/date';
import {
  frameworkStatusColours,
  frameworkStatusLabels,
  productCategoryOrder,
  productCategoryShortLabels,
} from '../../../shared/labels/catalogue';
import { Tag } from '../../../shared/ui/tag';
import { frameworkPath } from '../paths';

export const FrameworkTable_frameworks = graphql(`
  fragment FrameworkTable_frameworks on FrameworkConnection {
    edges {
      node {
        id
        reference
        title
        status
        startDate
        endDate
        owner {
          id
          name
        }
        lots {
          id
          category
        }
      }
    }
  }
`);

const columns = ['Framework', 'Owner', 'Status', 'Starts', 'Ends', 'Lot categories'] as const;
type Column = (typeof columns)[number];

/** A responsive NHS table: on narrow screens each row becomes a card with the column names inline. */
function Cell({ column, className, children }: { column: Column; className?: string; children: ReactNode }) {
  return (
    <td className={className ? `nhsuk-table__cell ${className}` : 'nhsuk-table__cell'} role="cell">
      <span className="nhsuk-table__heading" aria-hidden="true">
        {column}{' '}
      </span>
      {children}
    </td>
  );
}

/** Each category once, in the catalogue's order. */
export function lotCategories(lots: readonly { category: ProductCategory }[]): ProductCategory[] {
  const present = new Set(lots.map((lot) => lot.category));
  return productCategoryOrder.filter((category) => present.has(category));
}

/** The catalogue's frameworks, one row each, the title linking to the framework's page. */
export function FrameworkTable({
  caption,
  frameworks,
  linkState,
}: {
  caption: string;
  frameworks: FrameworkTable_FrameworksFragment;
  /** Router state for the links to each framework (its page uses it for the back link). */
  linkState?: unknown;
}) {
  return (
    <table className="nhsuk-table nhsuk-table--responsive" role="table">
      <caption className="nhsuk-table__caption nhsuk-u-visually-hidden">{caption}</caption>
      <thead className="nhsuk-table__head" role="rowgroup">
        <tr className="nhsuk-table__row" role="row">
          {columns.map((column) => (
            <th className="nhsuk-table__header" scope="col" role="columnheader" key={column}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {frameworks.edges.map(({ node }) => (
          <tr className="nhsuk-table__row" role="row" key={node.id}>
            <th className="nhsuk-table__header" scope="row" role="rowheader">
              <span className="nhsuk-table__heading" aria-hidden="true">
                Framework{' '}
              </span>
              <span>
                <Link to={frameworkPath(node.reference)} state={linkState}>
                  {node.title}
                </Link>
                <span className="nhsuk-body-s nhsuk-u-secondary-text-colour nhsuk-u-font-weight-normal nhsuk-u-display-block">
                  {node.reference}
                </span>
              </span>
            </th>
            <Cell column="Owner">{node.owner.name}</Cell>
            <Cell column="Status">
              <Tag colour={frameworkStatusColours[node.status]}>{frameworkStatusLabels[node.status]}</Tag>
            </Cell>
            <Cell column="Starts" className="concord-nowrap">
              {formatDate(node.startDate)}
            </Cell>
            <Cell column="Ends" className="concord-nowrap">
              {formatDate(node.endDate)}
            </Cell>
            <Cell column="Lot categories">
              {lotCategories(node.lots)
                .map((category) => productCategoryShortLabels[category])
                .join(', ')}
            </Cell>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
