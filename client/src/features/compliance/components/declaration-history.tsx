import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { graphql } from '../../../gql';
import type { DeclarationSubjectInput } from '../../../gql/graphql';
import { formatDateTime } from '../../../shared/format/date';
import { complianceLevelLabel } from '../../../shared/labels/compliance';
import { declarationPath } from '../../../shared/paths';
import { QueryAnswer } from '../../../shared/ui/load-problem';
import { Cell, ResponsiveTable, Row, RowHeader } from '../../../shared/ui/table';
import { StatusTag, VerificationTag } from './declaration-tags';

const DECLARATION_HISTORY_QUERY = graphql(`
  query DeclarationHistory($subject: DeclarationSubjectInput!, $standardCode: String!) {
    declarationHistory(subject: $subject, standardCode: $standardCode) {
      id
      current
      declaredAt
      declaredByName
      status
      level
      expiresOn
      supersededAt
      verification
    }
  }
`);

/**
 * Every declaration the viewer may read for one subject and standard, newest first, each linked:
 * declarations are never edited, so this is how what was declared changed over time.
 */
export function DeclarationHistory({
  subject,
  standardCode,
  shownId,
}: {
  subject: DeclarationSubjectInput;
  standardCode: string;
  /** The declaration on the page, marked rather than linked. */
  shownId: string;
}) {
  const { data, error, refetch } = useQuery(DECLARATION_HISTORY_QUERY, {
    variables: { subject, standardCode },
  });
  return (
    <QueryAnswer
      data={data}
      error={error}
      refetch={refetch}
      what="The history of this declaration"
      loading="Loading the history…"
    >
      {({ declarationHistory: history }) =>
        history.length <= 1 ? (
          <p>This is the only declaration you can see for this standard: nothing has replaced it.</p>
        ) : (
          <ResponsiveTable
            caption="Declarations for this standard, newest first"
            columns={['Declared', 'Status', 'Level', 'Verification', 'Replaced']}
          >
            {history.map((entry) => (
              <Row key={entry.id}>
                <RowHeader column="Declared">
                  {entry.id === shownId ? (
                    <>
                      <span className="concord-nowrap">{formatDateTime(entry.declaredAt)}</span>{' '}
                      <strong>(this declaration)</strong>
                    </>
                  ) : (
                    <Link to={declarationPath(entry.id)}>
                      <span className="concord-nowrap">{formatDateTime(entry.declaredAt)}</span>
                      <span className="nhsuk-u-visually-hidden">: see this declaration</span>
                    </Link>
                  )}
                  {entry.declaredByName && (
                    <span className="nhsuk-body-s nhsuk-u-secondary-text-colour concord-block">
                      by {entry.declaredByName}
                    </span>
                  )}
                </RowHeader>
                <Cell column="Status">
                  <StatusTag status={entry.status} />
                </Cell>
                <Cell column="Level">{entry.level ? complianceLevelLabel(entry.level) : 'None'}</Cell>
                <Cell column="Verification">
                  <VerificationTag verification={entry.verification} />
                </Cell>
                <Cell column="Replaced">
                  {entry.current ? (
                    'Current'
                  ) : entry.supersededAt ? (
                    <span className="concord-nowrap">{formatDateTime(entry.supersededAt)}</span>
                  ) : (
                    'Replaced'
                  )}
                </Cell>
              </Row>
            ))}
          </ResponsiveTable>
        )
      }
    </QueryAnswer>
  );
}
