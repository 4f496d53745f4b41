import { Command } from '@nestjs/cqrs';
import type { Actor } from '@duban/domain';
import type { ChangeOutcome } from '../change-outcome.js';

export interface IssueInspectionNoticeInput {
  inspectionId: string;
  /** The customary 关于…发现问题的通报 when left out. */
  title?: string | null;
}

/** The outcome's `id` is the inspection's; `noticeId` names the notice for export. */
export interface IssuedNoticeOutcome extends ChangeOutcome {
  noticeId: string;
  title: string;
}

export class IssueInspectionNoticeCommand extends Command<IssuedNoticeOutcome> {
  constructor(
    readonly actor: Actor,
    readonly input: IssueInspectionNoticeInput,
    /** Given by callers that must be able to repeat themselves (the demo seed); otherwise a new id. */
    readonly noticeId?: string,
  ) {
    super();
  }
}
