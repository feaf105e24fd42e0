import { useApolloClient } from '@apollo/client/react';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../../gql';
import type { ImportStep_ContractImportFragment } from '../../../gql/graphql';
import { formatCount, formatInteger } from '../../../shared/format/count';
import { formatDateTime } from '../../../shared/format/date';
import { useProblem } from '../../../shared/forms/form-problem';
import { forgetLists } from '../../../shared/graphql/mutation';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { Cell, ResponsiveTable, Row, RowHeader } from '../../../shared/ui/table';
import { useChooseContractImportMatchesMutation } from '../mutations/use-choose-contract-import-matches-mutation';
import { useCommitContractImportMutation } from '../mutations/use-commit-contract-import-mutation';
import { contractImportPath } from '../paths';
import { stepOf, summaryInWords } from '../steps';
import { ProgressBar } from './progress-bar';
import { StepHeading } from './step-heading';
import { WhatNext } from './what-next';

export const ImportStep_contractImport = graphql(`
  fragment ImportStep_contractImport on ContractImport {
    id
    status
    fileName
    error
    importedAt
    summary {
      contracts {
        create
        update
        unchanged
      }
      lines {
        create
        update
        unchanged
      }
      linesRemoved
    }
    progress {
      processed
      total
    }
  }
`);

type ContractImport = ImportStep_ContractImportFragment;
type Summary = NonNullable<ContractImport['summary']>;

/** Why the last attempt to import (or to check again) did nothing: the server's words, or an apology. */
type ActionProblem = { kind: 'none' } | { kind: 'refused'; message: string } | { kind: 'unavailable' };

function ActionProblemSummary({ problem, attempt }: { problem: ActionProblem; attempt: number }) {
  if (problem.kind === 'none') return null;
  if (problem.kind === 'unavailable') {
    return (
      <ErrorSummary key={attempt} title="Sorry, there is a problem with the service" errors={[]}>
        <p>Nothing has been imported. Try again later.</p>
      </ErrorSummary>
    );
  }
  return (
    <ErrorSummary key={attempt} errors={[{ text: problem.message }]}>
      <p>
        <Link to={contractImportPath}>Upload the file again</Link>
      </p>
    </ErrorSummary>
  );
}

const summaryColumns = [
  'Records',
  { label: 'Added', numeric: true },
  { label: 'Updated', numeric: true },
  { label: 'Unchanged', numeric: true },
  { label: 'Removed', numeric: true },
] as const;

/** The summary's numbers: contracts and lines added, updated, unchanged and removed. */
function SummaryTable({ summary, caption }: { summary: Summary; caption: string }) {
  const rows = [
    { name: 'Contracts', counts: summary.contracts, removed: 0 },
    { name: 'Lines', counts: summary.lines, removed: summary.linesRemoved },
  ];
  return (
    <ResponsiveTable caption={caption} columns={summaryColumns} className="concord-import-summary">
      {rows.map(({ name, counts, removed }) => (
        <Row key={name}>
          <RowHeader column="Records">{name}</RowHeader>
          <Cell column="Added" numeric>
            {formatInteger(counts.create)}
          </Cell>
          <Cell column="Updated" numeric>
            {formatInteger(counts.update)}
          </Cell>
          <Cell column="Unchanged" numeric>
            {formatInteger(counts.unchanged)}
          </Cell>
          <Cell column="Removed" numeric>
            {formatInteger(removed)}
          </Cell>
        </Row>
      ))}
    </ResponsiveTable>
  );
}

/** Step 4 (READY): what importing will do, in words and numbers, and the button that does it. */
function ReadyStep({ contractImport }: { contractImport: ContractImport }) {
  const { problem, attempt, show } = useProblem<ActionProblem>({ kind: 'none' });
  const [commitImport, { loading }] = useCommitContractImportMutation();
  const title = 'Import your contracts';
  usePageTitle(`${title} – Import contracts`, { error: problem.kind !== 'none' });
  const summary = contractImport.summary;

  async function onImport() {
    if (loading) return;
    const outcome = await commitImport(contractImport.id);
    if (outcome.kind === 'unavailable') show({ kind: 'unavailable' });
    if (outcome.kind === 'refused') {
      show({ kind: 'refused', message: outcome.userErrors[0]?.message ?? 'The file could not be imported.' });
    }
  }

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <ActionProblemSummary problem={problem} attempt={attempt} />
        <StepHeading step={stepOf.READY}>{title}</StepHeading>
        <p>
          <strong>{contractImport.fileName}</strong> has no problems left.
        </p>
        {summary && (
          <>
            <p className="nhsuk-lede-text">{summaryInWords(summary, 'will')}</p>
            <SummaryTable summary={summary} caption={`What importing ${contractImport.fileName} will do`} />
            {summary.linesRemoved > 0 && (
              <div className="nhsuk-warning-callout" role="note">
                <h2 className="nhsuk-warning-callout__label">
                  <span role="text">
                    <span className="nhsuk-u-visually-hidden">Important: </span>
                    {formatCount(summary.linesRemoved, 'line')} will be removed
                  </span>
                </h2>
                <p>
                  The file is the whole of each contract it names: lines of those contracts that the file no
                  longer has are removed. If that is not what you meant, add the lines back to the file and
                  upload it again.
                </p>
              </div>
            )}
          </>
        )}
        <p>
          Every change is saved together: if anything goes wrong, nothing is saved and your register stays as
          it is.
        </p>
        <div className="nhsuk-button-group">
          <button className="nhsuk-button" type="button" disabled={loading} onClick={() => void onImport()}>
            Import contracts
          </button>
          <Link className="nhsuk-link" to={contractImportPath}>
            Upload a different file
          </Link>
        </div>
      </div>
    </div>
  );
}

/** Step 4 while IMPORTING: how many contracts have been written, as the page polls. */
function ImportingStep({ contractImport }: { contractImport: ContractImport }) {
  const title = 'Importing your contracts';
  usePageTitle(`${title} – Import contracts`);
  const progress = contractImport.progress;
  const status = !progress
    ? 'Starting the import…'
    : progress.total === 0
      ? 'Finishing the import…'
      : `${formatInteger(progress.processed)} of ${formatCount(progress.total, 'contract')} written`;

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <StepHeading step={stepOf.IMPORTING}>{title}</StepHeading>
        <ProgressBar
          id="import-progress"
          label={`Importing ${contractImport.fileName}`}
          value={progress?.processed}
          max={progress?.total}
          status={status}
        />
        <p>
          You can leave this page: the import carries on. Come back to this page to see how it went. Nothing
          is saved until every contract has been written.
        </p>
      </div>
    </div>
  );
}

/** Step 4 once IMPORTED: the confirmation, with the way to the register. */
function ImportedStep({ contractImport }: { contractImport: ContractImport }) {
  const title = 'Contracts imported';
  usePageTitle(title);
  const client = useApolloClient();
  // The register's lists and contracts were fetched before the import: they go, to be fetched again.
  useEffect(() => forgetLists(client.cache, 'contracts', 'contract'), [client]);
  const { summary, importedAt } = contractImport;

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <div className="nhsuk-panel">
          <StepHeading className="nhsuk-panel__heading">{title}</StepHeading>
          {summary && <div className="nhsuk-panel__body">{summaryInWords(summary, 'did')}</div>}
        </div>
        <p>
          <strong>{contractImport.fileName}</strong> was imported
          {importedAt ? ` on ${formatDateTime(importedAt)}` : ''}. The contracts are in your register now.
        </p>
        <WhatNext another="Import another file" to={contractImportPath} />
        <p>
          To change these contracts later, import an updated copy of the same file: Concord updates the
          contracts it already has rather than adding them twice.
        </p>
      </div>
    </div>
  );
}

/** Step 4 once FAILED: why, that nothing was saved, and a way to try again (the file is checked first). */
function FailedStep({ contractImport }: { contractImport: ContractImport }) {
  const { problem, attempt, show } = useProblem<ActionProblem>({ kind: 'none' });
  const [chooseMatches, { loading }] = useChooseContractImportMatchesMutation();
  const title = 'The import did not finish';
  usePageTitle(`${title} – Import contracts`, { error: true });

  async function onRetry() {
    if (loading) return;
    // No new choices: the server checks the file again, and the page shows what importing it will do.
    const outcome = await chooseMatches({ id: contractImport.id, choices: [] });
    if (outcome.kind === 'unavailable') show({ kind: 'unavailable' });
    if (outcome.kind === 'refused') {
      show({
        kind: 'refused',
        message: outcome.userErrors[0]?.message ?? 'The file could not be checked again.',
      });
    }
  }

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <ActionProblemSummary problem={problem} attempt={attempt} />
        <StepHeading step={stepOf.FAILED}>{title}</StepHeading>
        <div className="nhsuk-warning-callout" role="note">
          <h2 className="nhsuk-warning-callout__label">
            <span role="text">
              <span className="nhsuk-u-visually-hidden">Important: </span>
              Nothing was saved
            </span>
          </h2>
          <p>{contractImport.error ?? 'The import stopped and saved nothing.'}</p>
        </div>
        <p>
          Your register is as it was before. Try again: Concord checks{' '}
          <strong>{contractImport.fileName}</strong> once more and shows you what importing it will do before
          you import it.
        </p>
        <div className="nhsuk-button-group">
          <button className="nhsuk-button" type="button" disabled={loading} onClick={() => void onRetry()}>
            Try again
          </button>
          <Link className="nhsuk-link" to={contractImportPath}>
            Upload the file again
          </Link>
        </div>
      </div>
    </div>
  );
}

/** Step 4: the import itself, from the summary to the confirmation (or the failure). */
export function ImportStep({ contractImport }: { contractImport: ContractImport }) {
  switch (contractImport.status) {
    case 'IMPORTING':
      return <ImportingStep contractImport={contractImport} />;
    case 'IMPORTED':
      return <ImportedStep contractImport={contractImport} />;
    case 'FAILED':
      return <FailedStep contractImport={contractImport} />;
    default:
      return <ReadyStep contractImport={contractImport} />;
  }
}
