import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { readCodedError } from './read-coded-error.js';

const serverError = (status: number) =>
  new ServerError('failed', { response: new Response('', { status }), bodyText: '' });

describe('reading the code of an API error', () => {
  it('takes the code and reason of the first GraphQL error', () => {
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [
        {
          message: 'Handoff is not pending',
          extensions: { code: 'INVALID_STATE', reason: 'HANDOFF_NOT_PENDING' },
        },
      ],
    });
    expect(readCodedError(error)).toEqual({ code: 'INVALID_STATE', reason: 'HANDOFF_NOT_PENDING' });
  });

  it('treats a GraphQL error without a code as internal rather than showing its text', () => {
    const error = new CombinedGraphQLErrors({
      data: null,
      errors: [{ message: 'Cannot read properties of undefined' }],
    });
    expect(readCodedError(error)).toEqual({ code: 'INTERNAL', reason: undefined });
  });

  it('maps HTTP failures to the matching class', () => {
    expect(readCodedError(serverError(401)).code).toBe('UNAUTHENTICATED');
    expect(readCodedError(serverError(403)).code).toBe('FORBIDDEN');
    expect(readCodedError(serverError(503)).code).toBe('UNAVAILABLE');
    expect(readCodedError(serverError(500)).code).toBe('INTERNAL');
  });

  it('reports an unreachable server as unavailable', () => {
    expect(readCodedError(new TypeError('Failed to fetch')).code).toBe('UNAVAILABLE');
  });

  it('passes on the code and reason an HTTP route error already carries', () => {
    const error = Object.assign(new Error('refused'), {
      coded: { code: 'VALIDATION', reason: 'FILE_TOO_LARGE' },
    });
    expect(readCodedError(error)).toEqual({ code: 'VALIDATION', reason: 'FILE_TOO_LARGE' });
  });
});
