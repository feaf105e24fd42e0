import { GraphQLError } from 'graphql';
import { describe, expect, it, vi } from 'vitest';
import { badInput, createErrorFormatter } from '../errors.js';

const formatted = (error: Error) => ({
  message: error.message,
  extensions: { code: 'INTERNAL_SERVER_ERROR', stacktrace: ['at x'] },
});

describe('error formatting', () => {
  it('masks unexpected errors in production and reports them to the log', () => {
    const onInternal = vi.fn();
    const format = createErrorFormatter({ isProduction: true, onInternal, onUnavailable: () => {} });
    const error = new Error('relation "secret_table" does not exist');
    expect(format(formatted(error), error)).toEqual({
      message: 'Internal server error',
      extensions: { code: 'INTERNAL_SERVER_ERROR' },
    });
    expect(onInternal).toHaveBeenCalledWith(error);
  });

  it('keeps unexpected error messages in development for the developer', () => {
    const format = createErrorFormatter({
      isProduction: false,
      onInternal: () => {},
      onUnavailable: () => {},
    });
    const error = new Error('boom');
    expect(format(formatted(error), error).message).toBe('boom');
  });

  it('maps domain errors to their code with the argument named', () => {
    const format = createErrorFormatter({
      isProduction: true,
      onInternal: () => {},
      onUnavailable: () => {},
    });
    const error = badInput('first', 'Argument "first" must be between 0 and 100; got 500.');
    expect(format({ message: 'x' }, error)).toEqual({
      message: 'Argument "first" must be between 0 and 100; got 500.',
      extensions: { code: 'BAD_USER_INPUT', argument: 'first' },
    });
  });

  it('drops stack traces from GraphQL errors in production', () => {
    const format = createErrorFormatter({
      isProduction: true,
      onInternal: () => {},
      onUnavailable: () => {},
    });
    const error = new GraphQLError('Syntax Error', { extensions: { code: 'GRAPHQL_PARSE_FAILED' } });
    const result = format(
      { message: 'Syntax Error', extensions: { code: 'GRAPHQL_PARSE_FAILED', stacktrace: ['at y'] } },
      error,
    );
    expect(result.extensions).toEqual({ code: 'GRAPHQL_PARSE_FAILED' });
  });
});
