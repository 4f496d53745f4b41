import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import {
  assertMayRunInspectionCommand,
  composeNotice,
  defaultNoticeTitle,
  notFound,
  unitDecider,
  unitStream,
} from '@duban/domain';
import type { FindingState, IssueInspectionNotice } from '@duban/domain';
import type { Checkpoint, EventStore } from '@duban/event-store';
import { CommandRunner } from '../../../../core/event-store/command-runner.js';
import { EVENT_STORE } from '../../../../core/event-store/event-store.token.js';
import { FindingCommandRunner } from '../finding-command.runner.js';
import { InspectionCommandRunner } from '../inspection-command.runner.js';
import { IssueInspectionNoticeCommand } from './issue-inspection-notice.command.js';
import type { IssuedNoticeOutcome } from './issue-inspection-notice.command.js';

/** Page size for scanning the log; a notice is issued a few times a year, so a scan is affordable. */
const SCAN_PAGE = 1000;

/**
 * 通报: composes the notice from every finding of the inspection as it stands now (folded from the
 * findings' own streams, not from a read table that may lag) and records it as a snapshot.
 */
@CommandHandler(IssueInspectionNoticeCommand)
export class IssueInspectionNoticeHandler implements ICommandHandler<IssueInspectionNoticeCommand> {
  constructor(
    private readonly inspections: InspectionCommandRunner,
    private readonly findings: FindingCommandRunner,
    private readonly runner: CommandRunner,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async execute({ actor, input, noticeId }: IssueInspectionNoticeCommand): Promise<IssuedNoticeOutcome> {
    const id = noticeId ?? randomUUID();
    const probe: IssueInspectionNotice = {
      type: 'IssueInspectionNotice',
      data: {
        inspectionId: input.inspectionId,
        noticeId: id,
        title: input.title ?? '',
        content: { units: [] },
      },
    };
    const { state: inspection } = await this.inspections.load(input.inspectionId);
    assertMayRunInspectionCommand(probe, inspection, actor);
    if (inspection.status === 'NONE') {
      throw notFound('INSPECTION_NOT_FOUND', `inspection ${input.inspectionId} does not exist`, {
        inspectionId: input.inspectionId,
      });
    }
    const findings: FindingState[] = [];
    for (const findingId of await this.findingIdsOf(inspection.inspectionId)) {
      findings.push((await this.findings.load(findingId)).state);
    }
    const unitNames: Record<string, string> = {};
    for (const unitId of inspection.targetUnitIds) {
      const { state } = await this.runner.load(unitStream(unitId), unitDecider);
      if (state.status !== 'NONE') unitNames[unitId] = state.name;
    }
    const content = composeNotice(inspection, findings, unitNames);
    const title = input.title?.trim() ? input.title : defaultNoticeTitle(inspection);
    const outcome = await this.inspections.run(
      {
        type: 'IssueInspectionNotice',
        data: { inspectionId: inspection.inspectionId, noticeId: id, title, content },
      },
      actor,
    );
    return { ...outcome, noticeId: id, title };
  }

  /** Findings live in streams of their own; the log's FindingLogged events say which are this inspection's. */
  private async findingIdsOf(inspectionId: string): Promise<string[]> {
    const ids: string[] = [];
    let after: Checkpoint | undefined;
    for (;;) {
      const page = await this.store.readAll({ ...(after ? { after } : {}), limit: SCAN_PAGE });
      for (const event of page) {
        const data = event.data as { inspectionId?: unknown; findingId?: unknown };
        if (
          event.type === 'FindingLogged' &&
          data.inspectionId === inspectionId &&
          typeof data.findingId === 'string'
        ) {
          ids.push(data.findingId);
        }
      }
      if (page.length < SCAN_PAGE) return ids;
      after = page[page.length - 1]!.checkpoint;
    }
  }
}
