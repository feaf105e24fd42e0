import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { formatCount } from '../../../shared/format/count';
import { useProblem } from '../../../shared/forms/form-problem';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import {
  useImportOcdsPackageMutation,
  type OcdsImportOutcome,
} from '../mutations/use-import-ocds-package-mutation';
import { ocdsImportPath } from '../paths';
import {
  chosenList,
  missingChoices,
  reviewContext,
  savedChoices,
  type Choices,
  type Review,
} from '../review-choices';
import type { SentPackage } from './ocds-package-form';
import { ReviewProblemSummary, ReviewQuestions, type ReviewProblem } from './review-questions';
import { StepHeading } from './step-heading';

const hintOf = (review: Review) =>
  [
    reviewContext(review),
    `Used in ${formatCount(review.rowCount, 'contract')} in the file.`,
    'Concord has no supplier, or several, with this name or number.',
  ]
    .filter(Boolean)
    .join(' ');

/**
 * The supplier names in the package that matched no supplier or several: the person chooses each
 * (there is no file to correct), and the package is sent again with the choices. Nothing has been
 * saved until then.
 */
export function OcdsReview({
  sent,
  reviews,
  onImported,
}: {
  sent: SentPackage;
  reviews: readonly Review[];
  onImported: (outcome: Extract<OcdsImportOutcome, { kind: 'imported' }>) => void;
}) {
  const [choices, setChoices] = useState<Choices>(() => savedChoices(reviews));
  const [importPackage, { loading }] = useImportOcdsPackageMutation();
  const { problem, attempt, show } = useProblem<ReviewProblem>({ kind: 'none' });
  const title = 'Choose the suppliers you meant';
  usePageTitle(`${title} – Import OCDS data`, { error: problem.kind !== 'none' });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (loading) return;
    const missing = missingChoices(reviews, choices, { noneOffered: false });
    if (Object.keys(missing).length > 0) return show({ kind: 'invalid', byKey: missing, other: [] });
    const outcome = await importPackage({ ...sent, choices: chosenList(reviews, choices) });
    switch (outcome.kind) {
      case 'imported':
        return onImported(outcome);
      case 'unavailable':
        return show({ kind: 'unavailable' });
      case 'refused':
        return show({ kind: 'invalid', byKey: {}, other: outcome.userErrors.map((error) => error.message) });
      case 'review': {
        // A supplier chosen has gone since (merged or removed): its name asks again.
        const open = outcome.reviews.filter((review) => review.chosenId === null);
        return show({ kind: 'invalid', byKey: missingChoices(open, {}, { noneOffered: false }), other: [] });
      }
    }
  }

  const byKey = problem.kind === 'invalid' ? problem.byKey : {};

  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <ReviewProblemSummary
          key={attempt}
          problem={problem}
          reviews={reviews}
          failed="The file could not be imported. Try again later."
        />
        <StepHeading>{title}</StepHeading>
        <p>
          Concord could not be sure which supplier{' '}
          {reviews.length === 1 ? 'one name' : `${reviews.length} names`} in <strong>{sent.fileName}</strong>{' '}
          {reviews.length === 1 ? 'means' : 'mean'}. Choose the right one for each, then import the file.
          Nothing has been saved yet.
        </p>
        <form noValidate onSubmit={(event) => void onSubmit(event)}>
          <ReviewQuestions
            reviews={reviews}
            choices={choices}
            errors={byKey}
            hintOf={hintOf}
            onChoose={(key, value) => setChoices((current) => ({ ...current, [key]: value }))}
          />
          <button className="nhsuk-button" type="submit" disabled={loading}>
            {loading ? 'Importing…' : 'Import with these suppliers'}
          </button>
        </form>
        <p>
          A supplier Concord does not have yet is added by a central commercial team: ask them, then import
          the file again. Or <Link to={ocdsImportPath}>choose another file</Link>.
        </p>
      </div>
    </div>
  );
}
