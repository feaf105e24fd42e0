import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { FakeRequest, fileOf } from './test-fixtures';
import { answerOf, fileProblem, MAX_FILE_BYTES, uploadRegister } from './upload';

describe('fileProblem', () => {
  it('lets a CSV file of a sensible size through', () => {
    expect(fileProblem(fileOf('register.csv'))).toBeNull();
    expect(fileProblem(fileOf('REGISTER.CSV', MAX_FILE_BYTES, 'application/vnd.ms-excel'))).toBeNull();
  });

  it('refuses what is obviously wrong, saying what to do', () => {
    expect(fileProblem(null)).toBe('Select the CSV file to upload');
    expect(fileProblem(fileOf('register.xlsx'))).toBe(
      'The selected file is a spreadsheet, not a CSV file. In Excel, use Save As and choose CSV UTF-8 (Comma delimited) (*.csv).',
    );
    expect(fileProblem(fileOf('register.txt'))).toBe('The selected file must be a CSV file, ending .csv');
    expect(fileProblem(fileOf('register.csv', 0))).toBe('The selected file is empty');
    expect(fileProblem(fileOf('register.csv', MAX_FILE_BYTES + 1))).toBe(
      'The selected file must be 20 MB or smaller: split the register into smaller files',
    );
  });
});

describe('answerOf', () => {
  it('reads the dry run’s answer', () => {
    expect(answerOf(201, '{"id":"imp-1","status":"NEEDS_FIXES","problemCount":3}')).toEqual({
      kind: 'uploaded',
      id: 'imp-1',
      status: 'NEEDS_FIXES',
      problemCount: 3,
    });
  });

  it('keeps the server’s own words for a refusal', () => {
    const body = JSON.stringify({
      errors: [
        { message: 'The file is larger than 20 MB: split it.', extensions: { code: 'PAYLOAD_TOO_LARGE' } },
      ],
    });
    expect(answerOf(413, body)).toEqual({
      kind: 'refused',
      status: 413,
      code: 'PAYLOAD_TOO_LARGE',
      message: 'The file is larger than 20 MB: split it.',
    });
  });

  it('treats anything else as the service failing', () => {
    expect(answerOf(502, '<html>Bad gateway</html>')).toEqual({ kind: 'unavailable' });
    expect(answerOf(500, '{"errors":[{"message":"Internal"}]}')).toEqual({ kind: 'unavailable' });
    expect(answerOf(201, '{}')).toEqual({ kind: 'unavailable' });
  });
});

describe('uploadRegister', () => {
  beforeEach(() => {
    FakeRequest.sent = [];
    vi.stubGlobal('XMLHttpRequest', FakeRequest);
  });
  afterEach(() => vi.unstubAllGlobals());

  it('posts the file as CSV with its name, reporting the upload’s progress', async () => {
    const file = fileOf('Register 2026 (v2).csv');
    const progress: [number, number][] = [];
    const answer = uploadRegister(file, { onProgress: (sent, total) => progress.push([sent, total]) });
    const request = FakeRequest.sent[0]!;
    expect(request.method).toBe('POST');
    expect(request.url).toBe('/imports/contract-register');
    expect(request.headers).toEqual({
      'Content-Type': 'text/csv',
      'X-File-Name': 'Register%202026%20(v2).csv',
    });
    expect(request.body).toBe(file);
    request.progress(40, 120);
    request.progress(120, 120);
    request.respond(201, { id: 'imp-1', status: 'READY', problemCount: 0 });
    expect(await answer).toEqual({ kind: 'uploaded', id: 'imp-1', status: 'READY', problemCount: 0 });
    expect(progress).toEqual([
      [40, 120],
      [120, 120],
    ]);
  });

  it('says the service failed when the connection does', async () => {
    const answer = uploadRegister(fileOf('register.csv'));
    FakeRequest.sent[0]!.fail();
    expect(await answer).toEqual({ kind: 'unavailable' });
  });

  it('stops when the person leaves', async () => {
    const leaving = new AbortController();
    const answer = uploadRegister(fileOf('register.csv'), { signal: leaving.signal });
    leaving.abort();
    expect(await answer).toEqual({ kind: 'aborted' });
    expect(FakeRequest.sent[0]!.aborted).toBe(true);
  });
});
