import { HttpException, HttpStatus, Logger, NotFoundException } from '@nestjs/common';
import type { ArgumentsHost } from '@nestjs/common';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HttpErrorFilter } from './http-error.filter.js';

/** An HTTP host whose reply records what was sent. */
const httpHost = () => {
  const sent: { status?: number; body?: unknown } = {};
  const reply = {
    code(status: number) {
      sent.status = status;
      return reply;
    },
    send(body: unknown) {
      sent.body = body;
      return reply;
    },
  };
  const host = {
    getType: () => 'http',
    switchToHttp: () => ({ getResponse: () => reply }),
  } as unknown as ArgumentsHost;
  return { host, sent };
};

describe('HttpErrorFilter', () => {
  const filter = new HttpErrorFilter();
  afterEach(() => vi.restoreAllMocks());

  it('answers a body Fastify refused as too large with 413 VALIDATION BODY_TOO_LARGE', () => {
    const { host, sent } = httpHost();
    const tooLarge = Object.assign(new Error('Request body is too large'), {
      statusCode: 413,
      code: 'FST_ERR_CTP_BODY_TOO_LARGE',
    });
    filter.catch(tooLarge, host);
    expect(sent).toEqual({
      status: 413,
      body: { code: 'VALIDATION', reason: 'BODY_TOO_LARGE', message: 'Request body is too large' },
    });
  });

  it('keeps the code and reason a route put in its HttpException, and codes the plain ones by status', () => {
    const coded = httpHost();
    filter.catch(
      new HttpException(
        { code: 'NOT_FOUND', reason: 'NOTICE_NOT_FOUND', message: 'no' },
        HttpStatus.NOT_FOUND,
      ),
      coded.host,
    );
    expect(coded.sent).toEqual({
      status: 404,
      body: { code: 'NOT_FOUND', reason: 'NOTICE_NOT_FOUND', message: 'no' },
    });
    const plain = httpHost();
    filter.catch(new NotFoundException('Cannot GET /nowhere'), plain.host);
    expect(plain.sent).toEqual({
      status: 404,
      body: { code: 'NOT_FOUND', reason: 'NOT_FOUND', message: 'Cannot GET /nowhere' },
    });
  });

  it('hides anything unexpected behind 500 INTERNAL and logs it instead', () => {
    const log = vi.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    const { host, sent } = httpHost();
    filter.catch(new TypeError("Cannot read properties of undefined (reading 'x')"), host);
    expect(sent).toEqual({
      status: 500,
      body: { code: 'INTERNAL', reason: 'INTERNAL', message: 'Internal server error' },
    });
    expect(log).toHaveBeenCalledWith(
      expect.stringContaining("reading 'x'"),
      expect.stringContaining('TypeError'),
    );
  });

  it('leaves GraphQL errors to the GraphQL error mapping', () => {
    const error = new Error('refused');
    const host = { getType: () => 'graphql' } as unknown as ArgumentsHost;
    expect(() => filter.catch(error, host)).toThrow(error);
  });
});
