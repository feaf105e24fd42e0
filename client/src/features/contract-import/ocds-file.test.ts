import { describe, expect, it } from 'vitest';
import { MAX_OCDS_FILE_BYTES, ocdsFileProblem, readOcdsFile } from './ocds-file';
import { fileOf } from './test-fixtures';

const jsonFile = (text: string, name = 'package.json') =>
  new File([text], name, { type: 'application/json' });

describe('the OCDS file chosen', () => {
  it('must be a JSON file, not empty and at most 900 KB', () => {
    expect(ocdsFileProblem(null)).toBe('Select the OCDS file to import');
    expect(ocdsFileProblem(fileOf('register.CSV'))).toMatch(/^The selected file is a CSV file, not OCDS/);
    expect(ocdsFileProblem(fileOf('package.xml'))).toBe(
      'The selected file must be a JSON file, ending .json',
    );
    expect(ocdsFileProblem(fileOf('package.json', 0))).toBe('The selected file is empty');
    expect(ocdsFileProblem(fileOf('package.json', MAX_OCDS_FILE_BYTES))).toBeNull();
    expect(ocdsFileProblem(fileOf('package.JSON', MAX_OCDS_FILE_BYTES + 1))).toMatch(
      /^The selected file must be 900 KB or smaller/,
    );
  });

  it('is sent without its layout when it is JSON, and as it is when it is not', async () => {
    expect(await readOcdsFile(jsonFile('{\n  "releases": [\n    { "ocid": "x" }\n  ]\n}\n'))).toEqual({
      kind: 'read',
      json: '{"releases":[{"ocid":"x"}]}',
    });
    expect(await readOcdsFile(jsonFile('not json {'))).toEqual({ kind: 'read', json: 'not json {' });
  });

  it('is refused when, quoted into the request, it would pass the server’s 1 MB limit', async () => {
    // 850 KB of text that is not JSON, every character escaped when quoted: twice as long.
    const text = '"'.repeat(850 * 1024);
    const read = await readOcdsFile(jsonFile(text));
    expect(read).toEqual({
      kind: 'problem',
      message: expect.stringMatching(/^The selected file must be 900 KB/),
    });
  });

  it('says so when the browser cannot read it', async () => {
    const file = jsonFile('{}');
    Object.defineProperty(file, 'text', {
      value: () => Promise.reject(new DOMException('gone', 'NotReadableError')),
    });
    expect(await readOcdsFile(file)).toEqual({
      kind: 'problem',
      message: 'The selected file could not be read: choose it again, or save a copy and choose that',
    });
  });
});
