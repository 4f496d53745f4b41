import { Controller, Get, Headers, HttpException, HttpStatus, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { DomainError } from '@duban/domain';
import { formatDigestAnchor } from '@duban/event-store';
import { RequestContextFactory } from '../../../core/auth/request-context.factory.js';
import { LogIntegrityService } from '../log-integrity.service.js';

/**
 * GET /integrity/digests/latest.txt: the newest digest as a few lines of text, to print or publish
 * outside the system. Plain HTTP is not behind the GraphQL guard, so the bearer token is checked here.
 */
@Controller('integrity')
export class DigestAnchorController {
  constructor(
    private readonly contexts: RequestContextFactory,
    private readonly integrity: LogIntegrityService,
  ) {}

  @Get('digests/latest.txt')
  async latest(
    @Headers('authorization') authorization: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { actor, rejectedToken } = await this.contexts.fromAuthorization(authorization);
    if (!actor) {
      throw new HttpException(
        {
          code: 'UNAUTHENTICATED',
          reason: rejectedToken ? 'TOKEN_INVALID' : 'UNAUTHENTICATED',
          message: 'Authentication required',
        },
        HttpStatus.UNAUTHORIZED,
      );
    }
    let text: string;
    try {
      const digest = await this.integrity.latest(actor);
      if (!digest) {
        throw new HttpException(
          { code: 'NOT_FOUND', reason: 'DIGEST_NOT_FOUND', message: 'no digest has been recorded yet' },
          HttpStatus.NOT_FOUND,
        );
      }
      text = formatDigestAnchor(digest);
    } catch (error) {
      if (error instanceof DomainError && error.errorClass === 'FORBIDDEN') {
        throw new HttpException(
          { code: 'FORBIDDEN', reason: error.code, message: error.message },
          HttpStatus.FORBIDDEN,
        );
      }
      throw error;
    }
    await reply
      .header('content-type', 'text/plain; charset=utf-8')
      .header('cache-control', 'no-store')
      .send(text);
  }
}
