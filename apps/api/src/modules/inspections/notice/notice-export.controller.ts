import { Controller, Get, Headers, HttpException, HttpStatus, Param, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { inspectionStream, renderNoticeMarkdown } from '@duban/domain';
import type { InspectionNotice, InspectionNoticeIssued } from '@duban/domain';
import { Inject } from '@nestjs/common';
import type { EventStore } from '@duban/event-store';
import { RequestContextFactory } from '../../../core/auth/request-context.factory.js';
import { EVENT_STORE } from '../../../core/event-store/event-store.token.js';
import { mayReadNotice } from './may-read-notice.js';

const MARKDOWN_SUFFIX = '.md';

const refuse = (status: HttpStatus, code: string, reason: string, message: string) =>
  new HttpException({ code, reason, message }, status);

/**
 * GET /inspections/:id/notices/:noticeId.md — an issued notice as Markdown, rendered from the
 * snapshot its InspectionNoticeIssued event holds, so the export reads the same whenever it is taken.
 * GraphQL's guard does not cover plain HTTP routes, so the bearer token is checked here.
 */
@Controller('inspections')
export class NoticeExportController {
  constructor(
    private readonly contexts: RequestContextFactory,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  @Get(':inspectionId/notices/:file')
  async export(
    @Param('inspectionId') inspectionId: string,
    @Param('file') file: string,
    @Headers('authorization') authorization: string | undefined,
    @Res() reply: FastifyReply,
  ): Promise<void> {
    const { actor, rejectedToken } = await this.contexts.fromAuthorization(authorization);
    if (!actor) {
      throw refuse(
        HttpStatus.UNAUTHORIZED,
        'UNAUTHENTICATED',
        rejectedToken ? 'TOKEN_INVALID' : 'UNAUTHENTICATED',
        'Authentication required',
      );
    }
    if (!file.endsWith(MARKDOWN_SUFFIX)) {
      throw refuse(HttpStatus.NOT_FOUND, 'NOT_FOUND', 'EXPORT_FORMAT_UNKNOWN', 'Notices export as .md');
    }
    const noticeId = file.slice(0, -MARKDOWN_SUFFIX.length);
    const issued = (await this.store.readStream(inspectionStream(inspectionId))).find(
      (event) =>
        event.type === 'InspectionNoticeIssued' &&
        (event.data as { noticeId?: unknown }).noticeId === noticeId,
    );
    if (!issued) {
      throw refuse(
        HttpStatus.NOT_FOUND,
        'NOT_FOUND',
        'NOTICE_NOT_FOUND',
        `notice ${noticeId} does not exist`,
      );
    }
    const data = issued.data as InspectionNoticeIssued['data'];
    const notice: InspectionNotice = {
      noticeId: data.noticeId,
      inspectionId: data.inspectionId,
      title: data.title,
      issuedAt: data.issuedAt,
      content: data.content,
    };
    if (!mayReadNotice(actor, notice)) {
      throw refuse(HttpStatus.FORBIDDEN, 'FORBIDDEN', 'FORBIDDEN', 'Not allowed to read this notice');
    }
    const fileName = encodeURIComponent(`${notice.title}${MARKDOWN_SUFFIX}`);
    await reply
      .header('content-type', 'text/markdown; charset=utf-8')
      .header(
        'content-disposition',
        `attachment; filename="notice${MARKDOWN_SUFFIX}"; filename*=UTF-8''${fileName}`,
      )
      .header('cache-control', 'private, no-store')
      .send(renderNoticeMarkdown(notice));
  }
}
