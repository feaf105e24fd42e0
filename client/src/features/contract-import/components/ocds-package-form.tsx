import { useState, type FormEvent, type ReactNode } from 'react';
import type { ImportOcdsPackageInput } from '../../../gql/graphql';
import { useProblem } from '../../../shared/forms/form-problem';
import type { UserErrorLike } from '../../../shared/graphql/mutation';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { BuyerField } from '../../contracts/components/buyer-field';
import {
  useImportOcdsPackageMutation,
  type OcdsImportOutcome,
} from '../mutations/use-import-ocds-package-mutation';
import { ocdsFileProblem, readOcdsFile } from '../ocds-file';
import { FileField } from './file-field';
import { ProgressBar } from './progress-bar';

export const OCDS_FILE_ID = 'ocds-file';
export const OCDS_BUYER_ID = 'ocds-buyer';

/** The package as sent (choices apart): sent again, as it is, with the suppliers chosen. */
export type SentPackage = Required<Pick<ImportOcdsPackageInput, 'fileName' | 'json'>> &
  Pick<ImportOcdsPackageInput, 'buyerOdsCode'>;

type Field = 'file' | 'buyer';
type Problem =
  | { kind: 'none' }
  | { kind: 'invalid'; errors: { text: string; field: Field | null }[] }
  | { kind: 'unavailable' };

const fieldIds: Record<Field, string> = { file: OCDS_FILE_ID, buyer: OCDS_BUYER_ID };

/** The server's reasons, beside the field each is about: the file, or (central users) the trust. */
function errorsOf(userErrors: readonly UserErrorLike[], central: boolean) {
  return userErrors.map(({ field, message }) => {
    const about = field?.[0];
    const on: Field | null =
      about === 'json' || about === 'fileName'
        ? 'file'
        : about === 'buyerOdsCode' && central
          ? 'buyer'
          : null;
    return { text: message, field: on };
  });
}

/**
 * The OCDS page's form: the package (checked and read here, see `ocds-file.ts`) and, for central
 * users, the trust it is for when its buyer is not one. What the server refuses shows in an error
 * summary above the page's heading and explanation (`children`), the file kept chosen to try again;
 * anything else it answers (names to review, drafts made) goes to `onAnswer`.
 */
export function OcdsPackageForm({
  title,
  central,
  onAnswer,
  children,
}: {
  title: string;
  central: boolean;
  onAnswer: (sent: SentPackage, outcome: Extract<OcdsImportOutcome, { kind: 'review' | 'imported' }>) => void;
  children: ReactNode;
}) {
  const [file, setFile] = useState<File | null>(null);
  const [buyer, setBuyer] = useState('');
  const [reading, setReading] = useState(false);
  const [importPackage, { loading }] = useImportOcdsPackageMutation();
  const { problem, attempt, show, clear } = useProblem<Problem>({ kind: 'none' });
  usePageTitle(title, { error: problem.kind !== 'none' });
  const busy = reading || loading;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const wrong = ocdsFileProblem(file);
    if (wrong !== null || !file)
      return show({ kind: 'invalid', errors: [{ text: wrong ?? '', field: 'file' }] });
    setReading(true);
    const read = await readOcdsFile(file);
    setReading(false);
    if (read.kind === 'problem')
      return show({ kind: 'invalid', errors: [{ text: read.message, field: 'file' }] });
    const buyerOdsCode = central ? buyer.trim().toUpperCase() : '';
    const sent: SentPackage = {
      fileName: file.name,
      json: read.json,
      ...(buyerOdsCode ? { buyerOdsCode } : {}),
    };
    const outcome = await importPackage(sent);
    if (outcome.kind === 'unavailable') return show({ kind: 'unavailable' });
    if (outcome.kind === 'refused')
      return show({ kind: 'invalid', errors: errorsOf(outcome.userErrors, central) });
    clear();
    onAnswer(sent, outcome);
  }

  const errors = problem.kind === 'invalid' ? problem.errors : [];
  const errorOn = (field: Field) => errors.find((error) => error.field === field)?.text ?? null;

  return (
    <>
      {errors.length > 0 && (
        <ErrorSummary
          key={attempt}
          errors={errors.map(({ text, field }) => (field ? { text, href: `#${fieldIds[field]}` } : { text }))}
        />
      )}
      {problem.kind === 'unavailable' && (
        <ErrorSummary key={attempt} title="Sorry, there is a problem with the service" errors={[]}>
          <p>The file could not be imported. Try again later.</p>
        </ErrorSummary>
      )}
      {children}
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <FileField
          id={OCDS_FILE_ID}
          name="package"
          label="Upload the release package"
          hint="An OCDS 1.1 release package or record package, as a JSON file (.json) up to 900 KB."
          error={errorOn('file')}
          accept=".json,application/json"
          disabled={busy}
          onChoose={setFile}
        />
        {central && (
          <BuyerField
            id={OCDS_BUYER_ID}
            label="Trust’s ODS code (optional)"
            hint="The trust the contracts are for, if the package’s buyer is not an NHS trust in Concord. For example, RAL for the Royal Free London"
            value={buyer}
            error={errorOn('buyer')}
            onChange={setBuyer}
            onBlur={() => undefined}
          />
        )}
        {busy && (
          <ProgressBar
            id="ocds-progress"
            label={`Importing ${file?.name ?? 'the file'}`}
            status="Concord is reading the package and making draft contracts from it."
          />
        )}
        <button className="nhsuk-button" type="submit" disabled={busy}>
          {busy ? 'Importing…' : 'Import'}
        </button>
      </form>
    </>
  );
}
