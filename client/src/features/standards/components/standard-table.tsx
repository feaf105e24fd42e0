import { Link } from 'react-router';
import { graphql } from '../../../gql';
import type { StandardCategory, StandardTable_StandardsFragment } from '../../../gql/graphql';
import {
  appliesToLabels,
  standardCategoryLabels,
  standardStatusColours,
  standardStatusLabels,
} from '../../../shared/labels/catalogue';
import { standardPath } from '../../../shared/paths';
import { Cell, ResponsiveTable, Row, RowHeader } from '../../../shared/ui/table';
import { Tag } from '../../../shared/ui/tag';

export const StandardTable_standards = graphql(`
  fragment StandardTable_standards on Standard {
    id
    code
    name
    version
    publisher
    category
    appliesTo
    status
  }
`);

/** Standards in groups by area, in the order they come (the catalogue's: by area, then code). */
export function groupByCategory<T extends { category: StandardCategory }>(
  standards: readonly T[],
): { category: StandardCategory; standards: T[] }[] {
  const groups = new Map<StandardCategory, T[]>();
  for (const standard of standards) {
    const group = groups.get(standard.category);
    if (group) group.push(standard);
    else groups.set(standard.category, [standard]);
  }
  return [...groups].map(([category, members]) => ({ category, standards: members }));
}

/**
 * The catalogue, one table per area under its own heading: code, name (with version), publisher,
 * what it applies to and its status.
 */
export function StandardTables({
  standards,
  linkState,
}: {
  standards: readonly StandardTable_StandardsFragment[];
  /** Router state for the links to each standard (its page uses it for the back link). */
  linkState?: unknown;
}) {
  return (
    <>
      {groupByCategory(standards).map(({ category, standards: members }) => (
        <section key={category} aria-labelledby={`category-${category}`}>
          <h2 className="nhsuk-heading-m" id={`category-${category}`}>
            {standardCategoryLabels[category]}
          </h2>
          <ResponsiveTable
            caption={`Standards for ${standardCategoryLabels[category].toLowerCase()}`}
            columns={['Code', 'Name', 'Publisher', 'Applies to', 'Status']}
            className="concord-standards-table"
          >
            {members.map((standard) => (
              <Row key={standard.id}>
                <RowHeader column="Code">
                  <Link to={standardPath(standard.code)} state={linkState}>
                    <BreakableCode code={standard.code} />
                  </Link>
                </RowHeader>
                <Cell column="Name">
                  {standard.name}
                  {standard.version && (
                    <span className="nhsuk-u-secondary-text-colour"> (version {standard.version})</span>
                  )}
                </Cell>
                <Cell column="Publisher">{standard.publisher}</Cell>
                <Cell column="Applies to">{appliesToLabels[standard.appliesTo]}</Cell>
                <Cell column="Status">
                  <span className="concord-nowrap">
                    <Tag colour={standardStatusColours[standard.status]}>
                      {standardStatusLabels[standard.status]}
                    </Tag>
                  </span>
                </Cell>
              </Row>
            ))}
          </ResponsiveTable>
        </section>
      ))}
    </>
  );
}

/** A code that may break after its underscores on a narrow column (NHS_SERVICE_STANDARD), never mid-word. */
function BreakableCode({ code }: { code: string }) {
  const parts = code.split('_');
  return (
    <>
      {parts.map((part, index) => (
        <span key={index}>
          {part}
          {index < parts.length - 1 && (
            <>
              _<wbr />
            </>
          )}
        </span>
      ))}
    </>
  );
}
