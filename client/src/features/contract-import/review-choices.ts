import type { ChooseContractImportMatchesInput, ImportChoiceInput, MatchKind } from '../../gql/graphql';
import type { UserErrorLike } from '../../shared/graphql/mutation';
import type { ErrorSummaryItem } from '../../shared/ui/error-summary';
import { formatCount, formatInteger } from '../../shared/format/count';
import { inWords } from './steps';

/**
 * The review step's form, without React: one choice per name under review (a candidate's id, or
 * "none of these": the person will correct the file), what is missing, the mutation's input, and
 * the server's reasons put back beside the names they are about.
 */

/** A name under review, as the form needs it. */
export type Review = {
  key: string;
  kind: MatchKind;
  name: string;
  context: string | null;
  rows: readonly number[];
  rowCount: number;
  chosenId: string | null;
  candidates: readonly { id: string; name: string; detail: string | null }[];
};

/** The choice meaning "none of these is right: I will correct the file". */
export const NONE = 'none';

/** By review key: a candidate's id, `NONE`, or '' while undecided. */
export type Choices = Readonly<Record<string, string>>;

/** The choices as the server last saved them: undecided where it has none. */
export const savedChoices = (reviews: readonly Review[]): Choices =>
  Object.fromEntries(reviews.map((review) => [review.key, review.chosenId ?? '']));

/** The id of a review's radios (its first radio), for the error summary's link. */
export const reviewFieldId = (index: number) => `review-${index}`;

const what = (review: Pick<Review, 'kind'>) => (review.kind === 'SUPPLIER' ? 'supplier' : 'product');

/** The question each review asks: "Which supplier is “Meridan Health”?" */
export function reviewQuestion(review: Pick<Review, 'kind' | 'name' | 'context'>): string {
  return review.kind === 'SUPPLIER' || !review.context
    ? `Which ${what(review)} is “${review.name}”?`
    : `Which product of ${review.context} is “${review.name}”?`;
}

/** The rows that use a name: "Used in row 4", "Used in rows 2, 3 and 5", "Used in 31 rows, including rows 2, 3…". */
export function rowsInWords({ rows, rowCount }: Pick<Review, 'rows' | 'rowCount'>): string {
  const numbers = rows.map(formatInteger);
  if (rowCount === 1) return `Used in row ${numbers[0] ?? ''}`;
  if (rowCount <= rows.length) return `Used in rows ${inWords(numbers)}`;
  return `Used in ${formatCount(rowCount, 'row')}, including rows ${numbers.join(', ')}`;
}

/** What a candidate's detail says: its Companies House number, or its product's versions. */
export function candidateHint(kind: MatchKind, detail: string | null): string | undefined {
  if (kind === 'SUPPLIER')
    return detail ? `Companies House number ${detail}` : 'No Companies House number recorded';
  return detail ? `Versions: ${detail}` : undefined;
}

/** What the file itself says about the name beyond it: the Companies House number it gives. */
export function reviewContext(review: Pick<Review, 'kind' | 'context'>): string | null {
  return review.kind === 'SUPPLIER' && review.context
    ? `Your file gives the Companies House number ${review.context}.`
    : null;
}

/**
 * Each name without a choice, by key: the message beside its question. `noneOffered` is false where
 * "none of these" is not an answer (an OCDS package cannot be corrected, only its suppliers chosen).
 */
export function missingChoices(
  reviews: readonly Review[],
  choices: Choices,
  { noneOffered = true }: { noneOffered?: boolean } = {},
): Record<string, string> {
  const orNone = noneOffered ? ', or that none of these is right' : '';
  return Object.fromEntries(
    reviews
      .filter((review) => !choices[review.key])
      .map((review) => [review.key, `Choose which ${what(review)} “${review.name}” is${orNone}`]),
  );
}

/**
 * Every review's choice as the server takes it (`ImportChoiceInput`), in the order of `reviews`:
 * "none of these" as no choice (which also undoes one saved before).
 */
export const chosenList = (reviews: readonly Review[], choices: Choices): ImportChoiceInput[] =>
  reviews.map((review) => {
    const choice = choices[review.key] ?? '';
    return { key: review.key, chosenId: choice && choice !== NONE ? choice : null };
  });

/**
 * The mutation's input: every review's choice, "none of these" as no choice (which also undoes one
 * saved before). The choices are in the order of `reviews`, so a server `field` path
 * (`choices.2.chosenId`) names the review at that place.
 */
export function choicesInput(
  id: string,
  reviews: readonly Review[],
  choices: Choices,
): ChooseContractImportMatchesInput {
  return { id, choices: chosenList(reviews, choices) };
}

/** The server's reasons, beside the review each names (by key); the rest for the summary alone. */
export function serverErrors(
  userErrors: readonly UserErrorLike[],
  reviews: readonly Review[],
): { byKey: Record<string, string>; other: string[] } {
  const byKey: Record<string, string> = {};
  const other: string[] = [];
  for (const error of userErrors) {
    const [list, index] = error.field ?? [];
    const review = list === 'choices' && index !== undefined ? reviews[Number(index)] : undefined;
    if (review && !byKey[review.key]) byKey[review.key] = error.message;
    else other.push(error.message);
  }
  return { byKey, other };
}

/** The error summary's items: each name's message, linked to its question, then the server's others. */
export function reviewSummary(
  reviews: readonly Review[],
  byKey: Readonly<Record<string, string>>,
  other: readonly string[],
): ErrorSummaryItem[] {
  return [
    ...reviews.flatMap((review, index) => {
      const text = byKey[review.key];
      return text ? [{ text, href: `#${reviewFieldId(index)}` }] : [];
    }),
    ...other.map((text) => ({ text })),
  ];
}

/** Whether the person chose to correct the file for some name (so the import cannot go on yet). */
export const fixingInFile = (reviews: readonly Review[], choices: Choices) =>
  reviews.filter((review) => choices[review.key] === NONE);
