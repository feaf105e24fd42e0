import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { graphql } from '../../../gql';
import type { ReviewStep_ContractImportFragment } from '../../../gql/graphql';
import { useProblem } from '../../../shared/forms/form-problem';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { ButtonLink } from '../../../shared/ui/button-link';
import { focusSoon } from '../../../shared/ui/focus';
import type { RadioOption } from '../../../shared/ui/radios';
import { useChooseContractImportMatchesMutation } from '../mutations/use-choose-contract-import-matches-mutation';
import { contractImportPath } from '../paths';
import {
  NONE,
  choicesInput,
  fixingInFile,
  missingChoices,
  reviewContext,
  rowsInWords,
  savedChoices,
  serverErrors,
  type Review,
} from '../review-choices';
import { inWords, stepOf } from '../steps';
import { ReviewProblemSummary, ReviewQuestions, type ReviewProblem } from './review-questions';
import { StepHeading } from './step-heading';

export const ReviewStep_contractImport = graphql(`
  fragment ReviewStep_contractImport on ContractImport {
    id
    reviews {
      ...ReviewQuestions_review
    }
  }
`);

const SAVED_NOTE_ID = 'import-choices-saved';

function noneOption(review: Review): RadioOption {
  const rows = rowsInWords(review).replace(/^Used in/, 'in');
  return {
    value: NONE,
    label: 'None of these: I will correct my file',
    conditional: (
      <p>
        {review.kind === 'SUPPLIER'
          ? `Correct the supplier’s name ${rows}, or give its Companies House number, then upload the file again. A supplier Concord does not have yet is added by a central commercial team.`
          : `Correct the product’s name ${rows}, or describe the line instead if it is not a product, then upload the file again.`}
      </p>
    ),
  };
}

/**
 * Step 3 (NEEDS_REVIEW): each supplier or product name that matched no record or several, with the
 * rows that use it and the records it may mean; the person chooses one, or says they will correct the
 * file. Saving runs the dry run again, and the page moves to the step that follows.
 */
export function ReviewStep({ contractImport }: { contractImport: ReviewStep_ContractImportFragment }) {
  const reviews = contractImport.reviews;
  // What the person has chosen here, over what the server has saved ("none of these" is never saved).
  const [edits, setEdits] = useState<Record<string, string>>({});
  const choices = { ...savedChoices(reviews), ...edits };
  const { problem, attempt, show, clear } = useProblem<ReviewProblem>({ kind: 'none' });
  // Once saved with names still under review: those the person will correct in the file, if any.
  const [saved, setSaved] = useState<{ fixing: Review[] } | null>(null);
  const [chooseMatches, { loading }] = useChooseContractImportMatchesMutation();
  const title = 'Choose the suppliers and products you meant';
  usePageTitle(`${title} – Import contracts`, { error: problem.kind !== 'none' });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const missing = missingChoices(reviews, choices);
    if (Object.keys(missing).length > 0) return show({ kind: 'invalid', byKey: missing, other: [] });
    const fixing = fixingInFile(reviews, choices);
    const outcome = await chooseMatches(choicesInput(contractImport.id, reviews, choices));
    if (outcome.kind === 'unavailable') return show({ kind: 'unavailable' });
    if (outcome.kind === 'refused')
      return show({ kind: 'invalid', ...serverErrors(outcome.userErrors, reviews) });
    // Saved: the import moves on to another step (whose heading takes focus), unless names are left
    // for the file or the suppliers chosen brought products of theirs to check.
    clear();
    if (outcome.status !== 'NEEDS_REVIEW') return;
    setSaved({ fixing });
    focusSoon(SAVED_NOTE_ID);
  }

  const byKey = problem.kind === 'invalid' ? problem.byKey : {};

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <ReviewProblemSummary
          key={attempt}
          problem={problem}
          reviews={reviews}
          failed="Your choices could not be saved. Try again later."
        />
        <StepHeading step={stepOf.NEEDS_REVIEW}>{title}</StepHeading>
        {saved && (
          <div className="nhsuk-inset-text" id={SAVED_NOTE_ID} tabIndex={-1}>
            <h2 className="nhsuk-heading-s">Your choices have been saved</h2>
            {saved.fixing.length > 0 ? (
              <>
                <p>
                  Correct {inWords(saved.fixing.map((review) => `“${review.name}”`))} in your file, then
                  upload it again. Choices made here apply to this upload only: Concord checks every name in
                  the corrected file again.
                </p>
                <ButtonLink to={contractImportPath} kind="secondary">
                  Upload a corrected file
                </ButtonLink>
              </>
            ) : (
              <p>
                Concord found more names to check with the suppliers you chose: choose the right record for
                each.
              </p>
            )}
          </div>
        )}
        <p>
          Concord could not be sure which record{' '}
          {reviews.length === 1 ? 'one name' : `${reviews.length} names`} in your file{' '}
          {reviews.length === 1 ? 'means' : 'mean'}. Choose the right one for each: your choice applies to
          every row that uses the name. Nothing has been saved yet.
        </p>
        <form noValidate onSubmit={(event) => void onSubmit(event)}>
          <ReviewQuestions
            reviews={reviews}
            choices={choices}
            errors={byKey}
            hintOf={(review) =>
              [
                reviewContext(review),
                `${rowsInWords(review)}.`,
                review.candidates.length === 0
                  ? `Concord has no ${review.kind === 'SUPPLIER' ? 'supplier' : 'product'} with a name like this.`
                  : null,
              ]
                .filter(Boolean)
                .join(' ')
            }
            none={noneOption}
            onChoose={(key, value) => setEdits((current) => ({ ...current, [key]: value }))}
          />
          <button className="nhsuk-button" type="submit" disabled={loading}>
            Save choices
          </button>
        </form>
        <p>
          Or, if you would rather correct the names in your file,{' '}
          <Link to={contractImportPath}>upload a corrected file</Link>.
        </p>
      </div>
    </div>
  );
}
