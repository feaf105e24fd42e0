/**
 * The OCDS package chosen, checked and read here before it is sent: it goes as text inside the
 * GraphQL request, whose body the server takes up to 1 MB (`BODY_LIMIT`), so a file much larger is
 * refused here, with a reason, rather than by the server with none.
 */

/** The largest file sent: 900 KB, which leaves room in the 1 MB request for the rest of it. */
export const MAX_OCDS_FILE_BYTES = 900 * 1024;

/** The largest request body the server takes (its default `BODY_LIMIT`, 1 MB), less the query. */
const MAX_SENT_BYTES = 1024 * 1024 - 16 * 1024;

const TOO_LARGE =
  'The selected file must be 900 KB or smaller: import a release package for fewer contracts, such as one process at a time';

/**
 * What is obviously wrong with the file chosen, before reading it: none chosen, not a JSON file,
 * empty, or too large. Whether it is OCDS is the server's to say. Null when the file may be read.
 */
export function ocdsFileProblem(file: File | null | undefined): string | null {
  if (!file) return 'Select the OCDS file to import';
  if (/\.csv$/i.test(file.name)) {
    return 'The selected file is a CSV file, not OCDS: import a contract register from the contracts page';
  }
  if (!/\.json$/i.test(file.name)) return 'The selected file must be a JSON file, ending .json';
  if (file.size === 0) return 'The selected file is empty';
  if (file.size > MAX_OCDS_FILE_BYTES) return TOO_LARGE;
  return null;
}

/** The file's text as it will be sent, or why it cannot be. */
export type OcdsFileText = { kind: 'read'; json: string } | { kind: 'problem'; message: string };

const bytes = (text: string) => new TextEncoder().encode(text).length;

/**
 * Reads the file as it will be sent. Valid JSON goes without its layout (the server parses it
 * anyway; a pretty-printed package shrinks by a third); anything else goes as it is, for the server
 * to say what is wrong. Still too large once quoted into the request: refused here.
 */
export async function readOcdsFile(file: File): Promise<OcdsFileText> {
  let text: string;
  try {
    text = await file.text();
  } catch {
    // Moved, deleted or changed since it was chosen, or not readable by the browser.
    return {
      kind: 'problem',
      message: 'The selected file could not be read: choose it again, or save a copy and choose that',
    };
  }
  let json = text;
  try {
    json = JSON.stringify(JSON.parse(text));
  } catch {
    // Not JSON: the server says so, in its own words.
  }
  if (bytes(JSON.stringify(json)) > MAX_SENT_BYTES) return { kind: 'problem', message: TOO_LARGE };
  return { kind: 'read', json };
}
