import { useEffect, useRef } from 'react';
import { graphql } from '../../../gql';
import type { ContractImportStatus, ContractImportWizard_ContractImportFragment } from '../../../gql/graphql';
import { focusSoon } from '../../../shared/ui/focus';
import { CheckStep } from './check-step';
import { ImportStep } from './import-step';
import { ReviewStep } from './review-step';
import { STEP_HEADING_ID } from './step-heading';

/** Everything the wizard shows of an import: its page's query and both mutations' answers select it. */
export const ContractImportWizard_contractImport = graphql(`
  fragment ContractImportWizard_contractImport on ContractImport {
    id
    status
    ...CheckStep_contractImport
    ...ReviewStep_contractImport
    ...ImportStep_contractImport
  }
`);

/**
 * The step an import is at, from its status: problems to fix, names to review, or the import. When
 * the step changes under the person (a choice saved, the import started or finished) focus moves to
 * the new step's heading, so screen readers announce it; on arrival too, when the person came from
 * another page of the app (`focusFirst`), but not on a page loaded afresh.
 */
export function ImportWizard({
  contractImport,
  focusFirst,
}: {
  contractImport: ContractImportWizard_ContractImportFragment;
  focusFirst: boolean;
}) {
  const { status } = contractImport;
  const shown = useRef<ContractImportStatus | null>(null);
  useEffect(() => {
    const previous = shown.current;
    shown.current = status;
    if (previous === status || (previous === null && !focusFirst)) return;
    // After the page frame has put focus on the page itself.
    focusSoon(STEP_HEADING_ID);
  }, [status, focusFirst]);

  switch (status) {
    case 'NEEDS_FIXES':
      return <CheckStep contractImport={contractImport} />;
    case 'NEEDS_REVIEW':
      return <ReviewStep contractImport={contractImport} />;
    default:
      return <ImportStep contractImport={contractImport} />;
  }
}
