import { useState } from 'react';
import { useLocation } from 'react-router';
import { BackLink } from '../../../shared/ui/back-link';
import { focusSoon } from '../../../shared/ui/focus';
import { actsCentrally } from '../../contracts/rights';
import { useViewer } from '../../identity/viewer';
import { RequireImporter } from '../components/access';
import { OcdsImported } from '../components/ocds-imported';
import { OcdsPackageForm, type SentPackage } from '../components/ocds-package-form';
import { OcdsReview } from '../components/ocds-review';
import { StepHeading, STEP_HEADING_ID } from '../components/step-heading';
import type { OcdsImportOutcome } from '../mutations/use-import-ocds-package-mutation';
import { registerPath } from '../paths';
import type { Review } from '../review-choices';

const TITLE = 'Import an OCDS release package';

/** Where the page is: choosing the file, choosing suppliers for its names, or done. */
type Stage =
  | { kind: 'choose' }
  | { kind: 'review'; sent: SentPackage; reviews: readonly Review[] }
  | { kind: 'imported'; sent: SentPackage; outcome: Extract<OcdsImportOutcome, { kind: 'imported' }> };

/**
 * `/contracts/import/ocds`: a package of open contracting data (as Contracts Finder and Find a
 * Tender publish it) made into draft contracts. Nothing is kept at an address of its own: a link
 * here (another file) starts again.
 */
export function OcdsImportPage() {
  const { key } = useLocation();
  return (
    <RequireImporter>
      <OcdsImport key={key} />
    </RequireImporter>
  );
}

function OcdsImport() {
  const viewer = useViewer();
  const central = actsCentrally(viewer);
  const organisation = viewer?.activeMembership?.organisation?.name ?? 'your trust';
  const [stage, setStage] = useState<Stage>({ kind: 'choose' });

  // The page changes under the person: its new heading takes focus, so screen readers announce it.
  function moveTo(next: Stage) {
    setStage(next);
    focusSoon(STEP_HEADING_ID);
  }

  switch (stage.kind) {
    case 'review':
      return (
        <OcdsReview
          sent={stage.sent}
          reviews={stage.reviews}
          onImported={(outcome) => moveTo({ kind: 'imported', sent: stage.sent, outcome })}
        />
      );
    case 'imported':
      return <OcdsImported fileName={stage.sent.fileName} outcome={stage.outcome} showBuyer={central} />;
    case 'choose':
      return (
        <>
          <BackLink to={registerPath}>Back to contracts</BackLink>
          <div className="nhsuk-grid-row">
            <div className="nhsuk-grid-column-two-thirds">
              <OcdsPackageForm
                title={`${TITLE} – Import OCDS data`}
                central={central}
                onAnswer={(sent, outcome) =>
                  moveTo(
                    outcome.kind === 'review'
                      ? { kind: 'review', sent, reviews: outcome.reviews }
                      : { kind: 'imported', sent, outcome },
                  )
                }
              >
                <StepHeading>{TITLE}</StepHeading>
                <p>
                  Contracts Finder and Find a Tender publish each contract as open contracting data (OCDS
                  1.1). Download its release package (JSON) and import it here: Concord makes a draft contract
                  of each contract in it, with its supplier, dates and priced items, for you to check and
                  confirm.
                </p>
                <p>
                  {central
                    ? `You act for ${organisation}. Each contract is for the trust that bought it; if the package’s buyer is not an NHS trust in Concord, give the trust’s ODS code.`
                    : `The contracts are imported as ${organisation}’s: any the package says another NHS trust bought are left out.`}{' '}
                  Importing the same file again updates the drafts it made.
                </p>
              </OcdsPackageForm>
            </div>
          </div>
        </>
      );
  }
}
