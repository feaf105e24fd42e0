import { Link } from 'react-router';
import { graphql } from '../../../gql';
import type { FrameworkSummary_FrameworkFragment } from '../../../gql/graphql';
import { formatDate, formatDateTime } from '../../../shared/format/date';
import { frameworkStatusColours, frameworkStatusLabels } from '../../../shared/labels/catalogue';
import { SummaryList, type SummaryRow } from '../../../shared/ui/summary-list';
import { Tag } from '../../../shared/ui/tag';

export const FrameworkSummary_framework = graphql(`
  fragment FrameworkSummary_framework on Framework {
    id
    reference
    status
    startDate
    endDate
    publishedAt
    withdrawnReason
    ocdsUrl
    owner {
      id
      odsCode
      name
    }
  }
`);

/** The facts of a framework as an NHS summary list: reference, owner, status, dates, open data. */
export function FrameworkSummary({ framework }: { framework: FrameworkSummary_FrameworkFragment }) {
  const rows: SummaryRow[] = [
    { key: 'Reference', value: framework.reference },
    {
      key: 'Owner',
      value: (
        <Link to={`/organisations/${encodeURIComponent(framework.owner.odsCode)}`}>
          {framework.owner.name}
        </Link>
      ),
    },
    {
      key: 'Status',
      value: (
        <Tag colour={frameworkStatusColours[framework.status]}>{frameworkStatusLabels[framework.status]}</Tag>
      ),
    },
  ];
  if (framework.status === 'WITHDRAWN' && framework.withdrawnReason) {
    rows.push({ key: 'Why it was withdrawn', value: framework.withdrawnReason });
  }
  rows.push(
    { key: 'Starts', value: formatDate(framework.startDate) },
    { key: 'Ends', value: formatDate(framework.endDate) },
    {
      key: 'Published',
      value: framework.publishedAt ? formatDateTime(framework.publishedAt) : 'Not yet: this is a draft',
    },
  );
  if (framework.ocdsUrl) {
    rows.push({
      key: 'Open data',
      value: (
        <a href={framework.ocdsUrl} type="application/json">
          Download as OCDS 1.1 (JSON)
        </a>
      ),
    });
  }
  return <SummaryList rows={rows} />;
}
