import { graphql } from '../../../gql';
import type { CheckStep_ContractImportFragment } from '../../../gql/graphql';
import { formatCount } from '../../../shared/format/count';
import { formatDateTime } from '../../../shared/format/date';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { ButtonLink } from '../../../shared/ui/button-link';
import { Cell, ResponsiveTable, Row } from '../../../shared/ui/table';
import { contractImportPath } from '../paths';
import { problemsInWords, rowLabel, stepOf } from '../steps';
import { StepHeading } from './step-heading';

// The problems' default page (100): a literal `first` would multiply the query's cost.
export const CheckStep_contractImport = graphql(`
  fragment CheckStep_contractImport on ContractImport {
    id
    fileName
    createdAt
    rowCount
    problemCount
    problemReportUrl
    error
    problems {
      row
      column
      message
    }
  }
`);

const columns = [{ label: 'Row', numeric: true }, 'Column', 'Problem'] as const;

/** Step 2 (NEEDS_FIXES): what the dry run found wrong, row by row; the file is to be fixed and sent again. */
export function CheckStep({ contractImport }: { contractImport: CheckStep_ContractImportFragment }) {
  const { fileName, problems, problemCount, problemReportUrl, error } = contractImport;
  const title = 'Fix the problems in your file';
  usePageTitle(`${title} – Import contracts`);
  const more = problemCount - problems.length;

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-full">
        <StepHeading step={stepOf.NEEDS_FIXES}>{title}</StepHeading>
        {error && (
          <div className="nhsuk-warning-callout" role="note">
            <h2 className="nhsuk-warning-callout__label">
              <span role="text">
                <span className="nhsuk-u-visually-hidden">Important: </span>
                Nothing was imported
              </span>
            </h2>
            <p>{error}</p>
          </div>
        )}
        <p className="nhsuk-lede-text">{problemsInWords(contractImport)}</p>
        <p>
          <strong>{fileName}</strong>, uploaded {formatDateTime(contractImport.createdAt)},{' '}
          {formatCount(contractImport.rowCount, 'row')} of contract lines. Fix every problem in your
          spreadsheet, save it as CSV again and upload the corrected file: a file is imported only when it has
          no problems left.
        </p>
        {problemReportUrl && (
          <p>
            <a href={problemReportUrl} download>
              Download the error report (CSV)
            </a>
            : each problem with its row’s values from your file, to find and fix them in your spreadsheet.
          </p>
        )}
        <ResponsiveTable caption={`Problems in ${fileName}`} captionSize="m" columns={columns}>
          {problems.map((problem, index) => (
            <Row key={index}>
              <Cell column="Row" numeric>
                {rowLabel(problem.row)}
              </Cell>
              <Cell column="Column">
                {problem.column ? (
                  <code>{problem.column}</code>
                ) : problem.row === 0 ? (
                  'Whole file'
                ) : (
                  'Whole row'
                )}
              </Cell>
              <Cell column="Problem">{problem.message}</Cell>
            </Row>
          ))}
        </ResponsiveTable>
        {more > 0 && (
          <p>
            And {formatCount(more, 'more problem')} —{' '}
            {problemReportUrl ? (
              <a href={problemReportUrl} download>
                download the error report
              </a>
            ) : (
              'download the error report'
            )}{' '}
            to see them all.
          </p>
        )}
        <ButtonLink to={contractImportPath}>Upload a corrected file</ButtonLink>
      </div>
    </div>
  );
}
