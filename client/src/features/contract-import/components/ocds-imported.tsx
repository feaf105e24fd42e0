import { formatCount } from '../../../shared/format/count';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { ContractTable } from '../../contracts/components/contract-table';
import type { OcdsImportOutcome } from '../mutations/use-import-ocds-package-mutation';
import { ocdsImportPath } from '../paths';
import { StepHeading } from './step-heading';
import { WhatNext } from './what-next';

/**
 * What importing the package did: the draft contracts made or updated, each linking to its page
 * where it is confirmed, and what was skipped or guessed; or, when every contract was skipped,
 * why.
 */
export function OcdsImported({
  fileName,
  outcome: { contracts, warnings },
  showBuyer,
}: {
  fileName: string;
  outcome: Extract<OcdsImportOutcome, { kind: 'imported' }>;
  /** Central users may import for several trusts at once: each draft names its trust. */
  showBuyer: boolean;
}) {
  const title = contracts.length > 0 ? 'Draft contracts imported' : 'No contracts were imported';
  usePageTitle(`${title} – Import OCDS data`);
  const drafts = formatCount(contracts.length, 'draft contract');

  return (
    <>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          {contracts.length > 0 ? (
            <>
              <div className="nhsuk-panel">
                <StepHeading className="nhsuk-panel__heading">{title}</StepHeading>
                <div className="nhsuk-panel__body">
                  {drafts} made or updated from {fileName}
                </div>
              </div>
              <p>
                Check each draft and confirm it: until then its prices count in no comparison. Importing the
                same file again updates these drafts, and leaves contracts already confirmed as they are.
              </p>
            </>
          ) : (
            <>
              <StepHeading>{title}</StepHeading>
              <p>
                Concord made no draft contracts from <strong>{fileName}</strong>
                {warnings.length > 0 ? ', for the reasons below.' : ': it holds no contracts.'}
              </p>
            </>
          )}
          {warnings.length > 0 && (
            <>
              <h2 className="nhsuk-heading-m">
                {contracts.length > 0 ? 'What Concord skipped or guessed' : 'Why nothing was imported'}
              </h2>
              <ul className="nhsuk-list nhsuk-list--bullet">
                {warnings.map((warning, index) => (
                  // The same message can stand twice (two contracts of one process): by position.
                  <li key={`${index}:${warning}`}>{warning}</li>
                ))}
              </ul>
            </>
          )}
        </div>
      </div>
      {contracts.length > 0 && (
        <section aria-labelledby="ocds-drafts-heading">
          <h2 id="ocds-drafts-heading" className="nhsuk-heading-m">
            Draft contracts to confirm
          </h2>
          <ContractTable caption={`${drafts} from ${fileName}`} contracts={contracts} showBuyer={showBuyer} />
        </section>
      )}
      <WhatNext another="Import another OCDS file" to={ocdsImportPath} />
    </>
  );
}
