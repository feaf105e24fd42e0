import type { ContractImportStatus } from '../../gql/graphql';
import { uploadUrl } from './paths';

/** The largest file the server takes (`DEFAULT_MAX_BYTES` in `register-csv.ts`): 20 MB. */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

const SAVE_AS_CSV = 'In Excel, use Save As and choose CSV UTF-8 (Comma delimited) (*.csv).';
const SPREADSHEET = /\.(xlsx|xlsm|xls|ods|numbers)$/i;

/**
 * What is obviously wrong with the file chosen, before sending it: none chosen, not a CSV file,
 * empty, or over the limit. Anything subtler (the encoding, the header, the rows) is the server's to
 * say, in its dry run. Null when the file may be sent.
 */
export function fileProblem(file: File | null | undefined): string | null {
  if (!file) return 'Select the CSV file to upload';
  if (SPREADSHEET.test(file.name))
    return `The selected file is a spreadsheet, not a CSV file. ${SAVE_AS_CSV}`;
  if (!/\.csv$/i.test(file.name)) return 'The selected file must be a CSV file, ending .csv';
  if (file.size === 0) return 'The selected file is empty';
  if (file.size > MAX_FILE_BYTES) {
    return 'The selected file must be 20 MB or smaller: split the register into smaller files';
  }
  return null;
}

/**
 * What became of an upload: the dry run has been done (the import's id and where it stands); the
 * server refused the file or the person (its own message: too large, not CSV, signed out, no
 * right); no usable answer; or the person left before it finished.
 */
export type UploadAnswer =
  | { kind: 'uploaded'; id: string; status: ContractImportStatus; problemCount: number }
  | { kind: 'refused'; status: number; code: string | null; message: string }
  | { kind: 'unavailable' }
  | { kind: 'aborted' };

type ErrorBody = { errors?: { message?: unknown; extensions?: { code?: unknown } }[] };

function parse(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return null; // a proxy's or gateway's error page
  }
}

/** Sorts the server's answer to the upload (`201 { id, status, problemCount }` or `{ errors }`). */
export function answerOf(status: number, body: string): UploadAnswer {
  const json = parse(body);
  if (status === 201 && json && typeof json === 'object') {
    const { id, status: importStatus, problemCount } = json as Record<string, unknown>;
    if (typeof id === 'string' && typeof importStatus === 'string' && typeof problemCount === 'number') {
      return { kind: 'uploaded', id, status: importStatus as ContractImportStatus, problemCount };
    }
  }
  const error = (json as ErrorBody | null)?.errors?.[0];
  if (status >= 400 && status < 500 && typeof error?.message === 'string') {
    const code = error.extensions?.code;
    return { kind: 'refused', status, code: typeof code === 'string' ? code : null, message: error.message };
  }
  return { kind: 'unavailable' };
}

/**
 * Sends the file to the server, which checks it (the dry run) before it answers. XMLHttpRequest
 * rather than fetch, for the upload's progress (`onProgress(sent, total)` in bytes); the session
 * cookie goes with it (same origin). `signal` stops the upload, for a person who leaves the page.
 */
export function uploadRegister(
  file: File,
  { onProgress, signal }: { onProgress?: (sent: number, total: number) => void; signal?: AbortSignal } = {},
): Promise<UploadAnswer> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve({ kind: 'aborted' });
    const request = new XMLHttpRequest();
    request.open('POST', uploadUrl);
    request.setRequestHeader('Content-Type', 'text/csv');
    request.setRequestHeader('X-File-Name', encodeURIComponent(file.name));
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress?.(event.loaded, event.total);
    };
    request.onload = () => resolve(answerOf(request.status, request.responseText));
    request.onerror = () => resolve({ kind: 'unavailable' });
    request.ontimeout = () => resolve({ kind: 'unavailable' });
    request.onabort = () => resolve({ kind: 'aborted' });
    signal?.addEventListener('abort', () => request.abort(), { once: true });
    request.send(file);
  });
}
