import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../../gql';
import type { ComplianceNoticeKind, ComplianceNotices_NoticeFragment } from '../../../gql/graphql';
import { formatCount } from '../../../shared/format/count';
import { formatDate } from '../../../shared/format/date';
import { declarationPath } from '../../../shared/paths';
import { QueryAnswer } from '../../../shared/ui/load-problem';
import { Cell, ResponsiveTable, Row, RowHeader } from '../../../shared/ui/table';
import { Tag, type TagColour } from '../../../shared/ui/tag';

/** "Lapsing soon" within this many days, as the attention page counts it. */
export const NOTICE_WITHIN_DAYS = 90;

const COMPLIANCE_NOTICES_QUERY = graphql(`
  query ComplianceNotices($withinDays: Int!) {
    complianceNotices(withinDays: $withinDays) {
      ...ComplianceNotices_notice
    }
  }
`);

export const ComplianceNotices_notice = graphql(`
  fragment ComplianceNotices_notice on ComplianceNotice {
    kind
    declarationId
    subjectName
    standardCode
    standardName
    date
    comment
  }
`);

export const noticeKindLabels: Record<ComplianceNoticeKind, string> = {
  REJECTED: 'Rejected',
  REMEDIATION_OVERDUE: 'Plan overdue',
  LAPSED: 'Lapsed',
  LAPSING_SOON: 'Lapsing soon',
};

const noticeKindColours: Record<ComplianceNoticeKind, TagColour> = {
  REJECTED: 'red',
  REMEDIATION_OVERDUE: 'red',
  LAPSED: 'orange',
  LAPSING_SOON: 'yellow',
};

/** The day that matters, in words: "Expires 16 Jan 2027", "Due 1 Oct 2026". */
export function noticeWhen(notice: Pick<ComplianceNotices_NoticeFragment, 'kind' | 'date'>): string {
  const date = formatDate(notice.date);
  switch (notice.kind) {
    case 'LAPSING_SOON':
      return `Expires ${date}`;
    case 'LAPSED':
      return `Expired ${date}`;
    case 'REMEDIATION_OVERDUE':
      return `Plan due ${date}`;
    case 'REJECTED':
      return `Rejected ${date}`;
  }
}

/**
 * What needs the viewer's organisation's attention about its declarations (a trust's own, a
 * supplier's products'): rejected, plans overdue, lapsed, lapsing within 90 days, the most urgent
 * first, each linked to its declaration. Loads on its own.
 */
export function ComplianceNotices({ title = 'Compliance notices' }: { title?: string }) {
  const headingId = useId();
  const result = useQuery(COMPLIANCE_NOTICES_QUERY, { variables: { withinDays: NOTICE_WITHIN_DAYS } });
  return (
    <section aria-labelledby={headingId} aria-busy={result.loading}>
      <h2 id={headingId}>{title}</h2>
      <QueryAnswer
        data={result.dataState === 'complete' ? result.data.complianceNotices : undefined}
        error={result.error}
        refetch={result.refetch}
        what="Your compliance notices"
        loading="Looking for declarations that need your attention…"
      >
        {(notices) => <NoticeTable notices={notices} title={title} />}
      </QueryAnswer>
    </section>
  );
}

function NoticeTable({
  notices,
  title,
}: {
  notices: readonly ComplianceNotices_NoticeFragment[];
  title: string;
}) {
  if (notices.length === 0) return <p>Nothing needs your attention.</p>;
  // A trust's notices are all about the trust: it is named once, not on every row.
  const subjects = new Set(notices.map((notice) => notice.subjectName));
  const oneSubject = subjects.size === 1 ? notices[0]!.subjectName : null;
  const columns = ['Standard', 'Notice', ...(oneSubject ? [] : ['For']), 'When', 'Comment'];
  return (
    <>
      <p>
        {formatCount(notices.length, 'declaration')}
        {oneSubject ? ` of ${oneSubject}` : ''} {notices.length === 1 ? 'needs' : 'need'} your attention:
        rejected ones, plans past their due date, and certificates or reviews lapsed or lapsing in the next{' '}
        {NOTICE_WITHIN_DAYS} days. The most urgent come first.
      </p>
      <ResponsiveTable caption={title} columns={columns}>
        {notices.map((notice) => (
          <Row key={`${notice.kind}-${notice.declarationId}`}>
            <RowHeader column="Standard">
              <Link to={declarationPath(notice.declarationId)}>{notice.standardName}</Link>{' '}
              <span className="concord-notice-code">({notice.standardCode})</span>
            </RowHeader>
            <Cell column="Notice">
              <span className="concord-notice-tag">
                <Tag colour={noticeKindColours[notice.kind]}>{noticeKindLabels[notice.kind]}</Tag>
              </span>
            </Cell>
            {!oneSubject && <Cell column="For">{notice.subjectName}</Cell>}
            <Cell column="When">
              <span className="concord-notice-when">{noticeWhen(notice)}</span>
            </Cell>
            <Cell column="Comment">{notice.comment ?? ''}</Cell>
          </Row>
        ))}
      </ResponsiveTable>
    </>
  );
}
