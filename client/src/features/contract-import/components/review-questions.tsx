import { graphql } from '../../../gql';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { Radios, type RadioOption } from '../../../shared/ui/radios';
import { Select } from '../../../shared/ui/select';
import {
  candidateHint,
  reviewFieldId,
  reviewQuestion,
  reviewSummary,
  type Choices,
  type Review,
} from '../review-choices';

/** A name under review as both imports' answers select it (the register's and OCDS). */
export const ReviewQuestions_review = graphql(`
  fragment ReviewQuestions_review on ImportMatchReview {
    key
    kind
    name
    context
    rows
    rowCount
    chosenId
    candidates {
      id
      name
      detail
    }
  }
`);

/** Past this many records, a name's candidates are a list to choose from rather than radios. */
const MOST_RADIOS = 12;

/**
 * One question per name under review, its candidates as radios (a select when there are many, as
 * when nothing matched and every supplier may be meant); `none` adds a last answer, such as "none of
 * these: I will correct my file". Each question's id is `reviewFieldId(index)`, for the error summary.
 */
export function ReviewQuestions({
  reviews,
  choices,
  errors,
  hintOf,
  none,
  onChoose,
}: {
  reviews: readonly Review[];
  choices: Choices;
  /** By review key: what is wrong with its answer. */
  errors: Readonly<Record<string, string>>;
  hintOf: (review: Review) => string;
  none?: (review: Review) => RadioOption;
  onChoose: (key: string, value: string) => void;
}) {
  return reviews.map((review, index) => {
    const options: RadioOption[] = [
      ...review.candidates.map((candidate) => ({
        value: candidate.id,
        label: candidate.name,
        hint: candidateHint(review.kind, candidate.detail),
      })),
      ...(none ? [none(review)] : []),
    ];
    const common = {
      legend: reviewQuestion(review),
      hint: hintOf(review),
      error: errors[review.key],
      value: choices[review.key] ?? '',
    };
    if (options.length > MOST_RADIOS) {
      return (
        <Select
          key={review.key}
          id={reviewFieldId(index)}
          label={common.legend}
          labelSize="m"
          hint={common.hint}
          error={common.error}
          placeholder={`Choose a ${review.kind === 'SUPPLIER' ? 'supplier' : 'product'}`}
          options={[
            ...review.candidates.map(({ id, name, detail }) => ({
              value: id,
              label: detail ? `${name} (${candidateHint(review.kind, detail)})` : name,
            })),
            ...(none ? [none(review)] : []),
          ]}
          value={common.value}
          onChange={(event) => onChoose(review.key, event.target.value)}
        />
      );
    }
    return (
      <Radios
        key={review.key}
        idPrefix={reviewFieldId(index)}
        name={reviewFieldId(index)}
        legendSize="m"
        options={options}
        onChange={(value) => onChoose(review.key, value)}
        {...common}
      />
    );
  });
}

/** What is wrong after an attempt to send the choices: names without one, the server's reasons, or no answer. */
export type ReviewProblem =
  | { kind: 'none' }
  | { kind: 'invalid'; byKey: Record<string, string>; other: string[] }
  | { kind: 'unavailable' };

/**
 * The error summary over the questions: each name's problem linked to its question, then the
 * server's other reasons; or, with no answer, `failed` (what could not be done). Key it by the
 * attempt, so it takes focus again when the same problem comes back.
 */
export function ReviewProblemSummary({
  problem,
  reviews,
  failed,
}: {
  problem: ReviewProblem;
  reviews: readonly Review[];
  failed: string;
}) {
  if (problem.kind === 'unavailable') {
    return (
      <ErrorSummary title="Sorry, there is a problem with the service" errors={[]}>
        <p>{failed}</p>
      </ErrorSummary>
    );
  }
  const items = problem.kind === 'invalid' ? reviewSummary(reviews, problem.byKey, problem.other) : [];
  return items.length > 0 ? <ErrorSummary errors={items} /> : null;
}
