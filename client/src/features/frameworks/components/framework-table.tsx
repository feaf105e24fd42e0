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
import { frameworkPath } from '../../../shared/paths';
import { Cell, ResponsiveTable, Row, RowHeader } from '../../../shared/ui/table';
import { Tag } from '../../../shared/ui/tag';

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

const columns = ['Framework', 'Owner', 'Status', 'Starts', 'Ends', 'Lot categories'];

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
    <ResponsiveTable caption={caption} columns={columns}>
      {frameworks.edges.map(({ node }) => (
        <Row key={node.id}>
          <RowHeader column="Framework">
            <Link to={frameworkPath(node.reference)} state={linkState}>
              {node.title}
            </Link>
            <span className="nhsuk-body-s nhsuk-u-secondary-text-colour nhsuk-u-font-weight-normal nhsuk-u-display-block">
              {node.reference}
            </span>
          </RowHeader>
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
        </Row>
      ))}
    </ResponsiveTable>
  );
}
