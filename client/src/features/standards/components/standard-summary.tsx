import { Link } from 'react-router';
import { graphql } from '../../../gql';
import type { StandardSummary_StandardFragment } from '../../../gql/graphql';
import { formatDate } from '../../../shared/format/date';
import {
  appliesToLabels,
  assessmentLabels,
  levelLabel,
  standardCategoryLabels,
  standardStatusColours,
  standardStatusLabels,
} from '../../../shared/labels/catalogue';
import { standardPath } from '../../../shared/paths';
import { SummaryList, type SummaryRow } from '../../../shared/ui/summary-list';
import { Tag } from '../../../shared/ui/tag';

/** What the standard's page shows; the mutations that change a standard select it too. */
export const StandardSummary_standard = graphql(`
  fragment StandardSummary_standard on Standard {
    id
    code
    name
    version
    publisher
    url
    category
    appliesTo
    assessment
    levels
    status
    effectiveFrom
    effectiveTo
    rowVersion
    supersedes {
      id
      code
      name
    }
    supersededBy {
      id
      code
      name
    }
  }
`);

/** Every field of a standard as an NHS summary list, with links to the standards it replaces or follows. */
export function StandardSummary({ standard }: { standard: StandardSummary_StandardFragment }) {
  const rows: SummaryRow[] = [
    { key: 'Code', value: standard.code },
    { key: 'Version', value: standard.version ?? 'Not recorded' },
    {
      key: 'Publisher',
      value: (
        <>
          {standard.publisher}
          {standard.url && (
            <>
              <br />
              <a href={standard.url} target="_blank" rel="noopener noreferrer">
                {standard.code} on the publisher’s website (opens in a new tab)
              </a>
            </>
          )}
        </>
      ),
    },
    { key: 'Area', value: standardCategoryLabels[standard.category] },
    { key: 'Applies to', value: appliesToLabels[standard.appliesTo] },
    {
      key: 'Assessment',
      value:
        standard.assessment === 'LEVELS' ? (
          <>
            {assessmentLabels.LEVELS}, lowest first:
            <ol className="nhsuk-list nhsuk-list--number nhsuk-u-margin-bottom-0 nhsuk-u-margin-top-2">
              {standard.levels.map((level) => (
                <li key={level}>{levelLabel(level)}</li>
              ))}
            </ol>
          </>
        ) : (
          assessmentLabels.PASS_FAIL
        ),
    },
    {
      key: 'Status',
      value: (
        <Tag colour={standardStatusColours[standard.status]}>{standardStatusLabels[standard.status]}</Tag>
      ),
    },
    {
      key: 'In force from',
      value: standard.effectiveFrom ? formatDate(standard.effectiveFrom) : 'Not recorded',
    },
    { key: 'In force until', value: standard.effectiveTo ? formatDate(standard.effectiveTo) : 'No end date' },
  ];
  if (standard.supersedes)
    rows.push({ key: 'Replaces', value: <StandardLink standard={standard.supersedes} /> });
  if (standard.supersededBy)
    rows.push({ key: 'Replaced by', value: <StandardLink standard={standard.supersededBy} /> });
  return <SummaryList rows={rows} />;
}

function StandardLink({ standard }: { standard: { code: string; name: string } }) {
  return (
    <>
      <Link to={standardPath(standard.code)}>{standard.code}</Link>: {standard.name}
    </>
  );
}
