import multipart from '@fastify/multipart';
import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { Actor } from '@duban/domain';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { RequestContextFactory } from '../../../core/auth/request-context.factory.js';
import { EvidenceAccess } from '../index/evidence-access.js';
import { EvidenceFiles, isSha256 } from '../storage/evidence-files.js';
import { UploadRefusedError } from '../storage/upload-refused.error.js';

export const FILES_PATH = '/files';

const problem = (reply: FastifyReply, status: number, code: string, reason: string, message: string) =>
  reply.code(status).send({ code, reason, message });

/** RFC 6266 / 5987: a plain ASCII fallback and the real (often Chinese) name percent-encoded. */
const contentDisposition = (name: string) =>
  `attachment; filename="${name.replace(/[^\x20-\x7e]|["\\]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(name)}`;

/**
 * POST /files (multipart, one file) and GET /files/:sha256, both behind the bearer token. They are
 * plain Fastify routes in a scope of their own, so the multipart parser and its limits apply here
 * and nowhere else.
 */
@Injectable()
export class EvidenceRoutes implements OnModuleInit {
  private readonly logger = new Logger('Evidence');

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    private readonly contexts: RequestContextFactory,
    private readonly files: EvidenceFiles,
    private readonly access: EvidenceAccess,
  ) {}

  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter?.getInstance<FastifyInstance>();
    if (!fastify) return;
    void fastify.register(async (scope) => {
      await scope.register(multipart, {
        limits: { fileSize: this.files.maxBytes, files: 1, fields: 0, parts: 1 },
      });
      scope.post(FILES_PATH, (request, reply) => this.upload(request, reply));
      scope.get<{ Params: { sha256: string } }>(`${FILES_PATH}/:sha256`, (request, reply) =>
        this.download(request, reply),
      );
    });
  }

  private async actorOf(request: FastifyRequest, reply: FastifyReply): Promise<Actor | null> {
    const { actor, rejectedToken } = await this.contexts.fromAuthorization(request.headers.authorization);
    if (!actor) {
      await problem(
        reply,
        401,
        'UNAUTHENTICATED',
        rejectedToken ? 'TOKEN_INVALID' : 'UNAUTHENTICATED',
        'Authentication required',
      );
    }
    return actor;
  }

  private async upload(request: FastifyRequest, reply: FastifyReply): Promise<FastifyReply> {
    const actor = await this.actorOf(request, reply);
    if (!actor) return reply;
    if (!request.isMultipart()) {
      return problem(reply, 400, 'VALIDATION', 'FILE_REQUIRED', 'Send one file as multipart/form-data');
    }
    try {
      const parts = request.parts();
      const first = await parts.next();
      if (first.done || first.value.type !== 'file')
        return problem(reply, 400, 'VALIDATION', 'FILE_REQUIRED', 'Send one file as multipart/form-data');
      const part = first.value;
      const stored = await this.files.save(part.file, part.filename, actor.userId, async () => {
        // The first file is read in full: anything after it is a second file, refused, not dropped.
        try {
          const next = await parts.next();
          if (next.done) return;
          if (next.value.type === 'file') next.value.file.resume();
        } catch (error) {
          const code = (error as { code?: string }).code;
          if (code !== 'FST_FILES_LIMIT' && code !== 'FST_PARTS_LIMIT') throw error;
        }
        throw new UploadRefusedError(400, 'FILES_TOO_MANY', 'Send exactly one file per upload');
      });
      return reply.code(201).send(stored);
    } catch (error) {
      if (error instanceof UploadRefusedError) {
        return problem(reply, error.status, 'VALIDATION', error.reason, error.message);
      }
      const code = (error as { code?: string }).code;
      if (code === 'FST_REQ_FILE_TOO_LARGE') {
        return problem(
          reply,
          413,
          'VALIDATION',
          'FILE_TOO_LARGE',
          `Files may be at most ${this.files.maxBytes} bytes`,
        );
      }
      if (typeof code === 'string' && code.startsWith('FST_')) {
        return problem(reply, 400, 'VALIDATION', 'FILE_REQUIRED', 'Send exactly one file and nothing else');
      }
      this.logger.error(`upload failed: ${(error as Error).message}`, (error as Error).stack);
      return problem(reply, 500, 'INTERNAL', 'INTERNAL', 'Internal server error');
    }
  }

  private async download(
    request: FastifyRequest<{ Params: { sha256: string } }>,
    reply: FastifyReply,
  ): Promise<FastifyReply> {
    const actor = await this.actorOf(request, reply);
    if (!actor) return reply;
    const sha256 = request.params.sha256;
    // Only a content address is accepted, so no request can name a path.
    if (!isSha256(sha256)) {
      return problem(
        reply,
        400,
        'VALIDATION',
        'FILE_ID_INVALID',
        'Files are addressed by 64 lower-case hexadecimal characters',
      );
    }
    const file = await this.access.readable(actor, sha256);
    // Unknown and not-yours look the same, so the answer tells nothing about other people's files.
    if (!file) {
      return problem(reply, 404, 'NOT_FOUND', 'FILE_NOT_FOUND', 'No such file');
    }
    return reply
      .header('content-type', file.contentType)
      .header('content-length', String(file.size))
      .header('content-disposition', contentDisposition(file.name))
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'private, max-age=31536000, immutable')
      .send(this.files.openRead(sha256));
  }
}
