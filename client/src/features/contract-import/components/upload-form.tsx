import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useProblem } from '../../../shared/forms/form-problem';
import { usePageTitle } from '../../../shared/hooks/use-page-title';
import { ErrorSummary } from '../../../shared/ui/error-summary';
import { signInHref } from '../../identity/return-to';
import { contractImportStepPath } from '../paths';
import { fileProblem, uploadRegister } from '../upload';
import { FileField } from './file-field';
import { ProgressBar } from './progress-bar';

export const FILE_INPUT_ID = 'register-file';

/** Where the upload is: not started, sending the file (bytes sent of total), or the server checking it. */
type Sending = { kind: 'idle' } | { kind: 'sending'; sent: number; total: number } | { kind: 'checking' };

/**
 * Why nothing was uploaded: something about the file (found here or by the server), the session
 * ended, another refusal from the server in its own words, or no usable answer.
 */
type UploadProblem =
  | { kind: 'none' }
  | { kind: 'file'; message: string }
  | { kind: 'signed-out'; message: string }
  | { kind: 'refused'; message: string }
  | { kind: 'unavailable' };

// Announced in tens, so a screen reader is not told every percent of a large file.
const sentInWords = (sent: number, total: number) =>
  `${Math.floor((sent / total) * 10) * 10}% of the file sent`;

function UploadProgress({ fileName, sending }: { fileName: string; sending: Sending }) {
  if (sending.kind === 'sending') {
    return (
      <ProgressBar
        id="upload-progress"
        label={`Uploading ${fileName}`}
        value={sending.sent}
        max={sending.total}
        status={sentInWords(sending.sent, sending.total)}
      />
    );
  }
  if (sending.kind === 'checking') {
    return (
      <ProgressBar
        id="upload-progress"
        label={`Checking ${fileName}`}
        status="The file has been sent. Concord is checking it, which takes a little while for a large file."
      />
    );
  }
  return null;
}

/**
 * Step 1's form: the file, checked here for what is obviously wrong, then sent with its progress
 * shown; once the server has checked it, the wizard goes on at the import's own address. What is
 * wrong shows in an error summary above the page's heading and explanation (`children`).
 */
export function UploadForm({ title, children }: { title: string; children: ReactNode }) {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const [file, setFile] = useState<File | null>(null);
  const [sending, setSending] = useState<Sending>({ kind: 'idle' });
  const { problem, attempt, show, clear } = useProblem<UploadProblem>({ kind: 'none' });
  usePageTitle(title, { error: problem.kind !== 'none' });

  // A person who leaves the page stops the upload.
  const upload = useRef<AbortController | null>(null);
  useEffect(() => () => upload.current?.abort(), []);

  const busy = sending.kind !== 'idle';

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    const wrong = fileProblem(file);
    if (wrong !== null || !file) return show({ kind: 'file', message: wrong ?? '' });
    clear();
    upload.current = new AbortController();
    setSending({ kind: 'sending', sent: 0, total: file.size });
    const answer = await uploadRegister(file, {
      signal: upload.current.signal,
      onProgress: (sent, total) =>
        setSending(sent >= total ? { kind: 'checking' } : { kind: 'sending', sent, total }),
    });
    if (answer.kind === 'aborted') return;
    if (answer.kind === 'uploaded') {
      await navigate(contractImportStepPath(answer.id));
      return;
    }
    setSending({ kind: 'idle' });
    if (answer.kind === 'unavailable') return show({ kind: 'unavailable' });
    if (answer.status === 401) return show({ kind: 'signed-out', message: answer.message });
    // Too large or not CSV: about the file, so beside it. Anything else is about the person.
    show(
      answer.status === 413 || answer.status === 415
        ? { kind: 'file', message: answer.message }
        : { kind: 'refused', message: answer.message },
    );
  }

  const fileError = problem.kind === 'file' ? problem.message : null;
  const hint =
    'A CSV file saved as CSV UTF-8, up to 20 MB. In Excel, use Save As and choose CSV UTF-8 (Comma delimited).';

  return (
    <>
      <ProblemSummary problem={problem} attempt={attempt} signIn={signInHref(pathname)} />
      {children}
      <form noValidate onSubmit={(event) => void onSubmit(event)}>
        <FileField
          id={FILE_INPUT_ID}
          name="register"
          label="Upload your file"
          hint={hint}
          error={fileError}
          accept=".csv,text/csv"
          disabled={busy}
          onChoose={setFile}
        />
        <UploadProgress fileName={file?.name ?? 'the file'} sending={sending} />
        <button className="nhsuk-button" type="submit" disabled={busy}>
          Upload and check the file
        </button>
      </form>
    </>
  );
}

function ProblemSummary({
  problem,
  attempt,
  signIn,
}: {
  problem: UploadProblem;
  attempt: number;
  signIn: string;
}) {
  switch (problem.kind) {
    case 'none':
      return null;
    case 'file':
      return <ErrorSummary key={attempt} errors={[{ text: problem.message, href: `#${FILE_INPUT_ID}` }]} />;
    case 'signed-out':
      return (
        <ErrorSummary key={attempt} errors={[{ text: problem.message }]}>
          <p>
            <Link to={signIn}>Sign in again</Link>, then upload the file.
          </p>
        </ErrorSummary>
      );
    case 'refused':
      return <ErrorSummary key={attempt} errors={[{ text: problem.message }]} />;
    case 'unavailable':
      return (
        <ErrorSummary key={attempt} title="Sorry, there is a problem with the service" errors={[]}>
          <p>The file could not be uploaded. Try again later.</p>
        </ErrorSummary>
      );
  }
}
