import { CombinedGraphQLErrors, ServerError } from '@apollo/client';
import { describe, expect, it } from 'vitest';
import { describeError } from './describe-error';

const badFirst = {
  message: 'Argument "first" must be between 0 and 100; got 500.',
  extensions: { code: 'BAD_USER_INPUT', argument: 'first' },
};

describe('describeError', () => {
  it("passes on the server's messages for bad input", () => {
    const error = new CombinedGraphQLErrors({ data: null, errors: [badFirst] });
    expect(describeError(error)).toEqual({ kind: 'bad-input', messages: [badFirst.message] });
  });

  it('keeps only the bad-input messages when other errors come with them', () => {
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [badFirst, { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } }],
    });
    expect(describeError(error)).toEqual({ kind: 'bad-input', messages: [badFirst.message] });
  });

  it('never shows the text of an internal error', () => {
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [
        { message: 'relation "organisation" does not exist', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      ],
    });
    expect(describeError(error)).toEqual({ kind: 'unavailable' });
  });

  it('reads bad-input errors from the body of an HTTP 400', () => {
    const bodyText = JSON.stringify({ errors: [badFirst] });
    const error = new ServerError('Response not successful', {
      response: new Response(bodyText, { status: 400 }),
      bodyText,
    });
    expect(describeError(error)).toEqual({ kind: 'bad-input', messages: [badFirst.message] });
  });

  it('treats a gateway error page, a network failure or anything else as the service being unavailable', () => {
    const gateway = new ServerError('Response not successful', {
      response: new Response('<h1>Bad gateway</h1>', { status: 502 }),
      bodyText: '<h1>Bad gateway</h1>',
    });
    expect(describeError(gateway)).toEqual({ kind: 'unavailable' });
    expect(describeError(new TypeError('Failed to fetch'))).toEqual({ kind: 'unavailable' });
    expect(describeError(undefined)).toEqual({ kind: 'unavailable' });
  });
});
