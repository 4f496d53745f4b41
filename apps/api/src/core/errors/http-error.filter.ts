import { ArgumentsHost, Catch, HttpException, Logger } from '@nestjs/common';
import type { ExceptionFilter } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import type { ErrorCode } from './error-codes.js';

/** What plain HTTP answers carry, like GraphQL's extensions: a coarse code, a specific reason, a message. */
interface HttpProblem {
  code: ErrorCode;
  reason: string;
  message: string;
}

const BY_STATUS: Record<number, [ErrorCode, string]> = {
  400: ['VALIDATION', 'BAD_REQUEST'],
  401: ['UNAUTHENTICATED', 'UNAUTHENTICATED'],
  403: ['FORBIDDEN', 'FORBIDDEN'],
  404: ['NOT_FOUND', 'NOT_FOUND'],
  405: ['VALIDATION', 'METHOD_NOT_ALLOWED'],
  406: ['VALIDATION', 'NOT_ACCEPTABLE'],
  409: ['CONFLICT', 'CONFLICT'],
  411: ['VALIDATION', 'LENGTH_REQUIRED'],
  413: ['VALIDATION', 'BODY_TOO_LARGE'],
  414: ['VALIDATION', 'URI_TOO_LONG'],
  415: ['VALIDATION', 'UNSUPPORTED_MEDIA_TYPE'],
  429: ['RATE_LIMITED', 'TOO_MANY_REQUESTS'],
};

/** Fastify's own refusals of a request body, by their error code. */
const FASTIFY_REASONS: Record<string, string> = {
  FST_ERR_CTP_BODY_TOO_LARGE: 'BODY_TOO_LARGE',
  FST_ERR_CTP_INVALID_JSON_BODY: 'BODY_NOT_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'BODY_EMPTY',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'BAD_REQUEST',
};

const problemOf = (exception: unknown): { status: number; problem: HttpProblem } | null => {
  if (exception instanceof HttpException) {
    const status = exception.getStatus();
    const body = exception.getResponse();
    // Routes that already answer with { code, reason, message } keep their words.
    if (typeof body === 'object' && body !== null && typeof (body as HttpProblem).code === 'string') {
      return { status, problem: body as HttpProblem };
    }
    const known = BY_STATUS[status];
    if (!known) return null;
    return { status, problem: { code: known[0], reason: known[1], message: exception.message } };
  }
  const { statusCode, code, message } = (exception ?? {}) as {
    statusCode?: unknown;
    code?: unknown;
    message?: unknown;
  };
  if (typeof statusCode === 'number' && statusCode >= 400 && statusCode < 500) {
    const known = BY_STATUS[statusCode] ?? ['VALIDATION', 'BAD_REQUEST'];
    const reason = (typeof code === 'string' && FASTIFY_REASONS[code]) || known[1];
    // Fastify's messages name the rule broken ("Request body is too large"), never internals.
    return {
      status: statusCode,
      problem: { code: known[0], reason, message: typeof message === 'string' ? message : reason },
    };
  }
  return null;
};

/**
 * Plain HTTP errors (REST downloads, uploads, unknown routes, bodies Fastify refused) answer in the
 * same vocabulary as GraphQL: `{ code, reason, message }`. Anything unexpected is logged here and
 * leaves as INTERNAL without its message. GraphQL errors are left to `formatGraphqlError`.
 */
@Catch()
export class HttpErrorFilter implements ExceptionFilter {
  private readonly logger = new Logger('HTTP');

  catch(exception: unknown, host: ArgumentsHost): void {
    if (host.getType() !== 'http') throw exception;
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const known = problemOf(exception);
    if (known) {
      void reply.code(known.status).send(known.problem);
      return;
    }
    this.logger.error(
      `unexpected error: ${(exception as Error)?.message ?? String(exception)}`,
      (exception as Error)?.stack,
    );
    void reply.code(500).send({ code: 'INTERNAL', reason: 'INTERNAL', message: 'Internal server error' });
  }
}
