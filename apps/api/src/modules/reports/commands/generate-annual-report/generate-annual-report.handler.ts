import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import {
  annualReportDecider,
  annualReportStream,
  assertMayRunReportCommand,
  buildAnnualReportDraft,
  gatherReportFacts,
  isIsoInstant,
  validation,
} from '@duban/domain';
import type { AnnualReportCommand } from '@duban/domain';
import { Clock } from '../../../../core/clock/clock.js';
import { CommandRunner } from '../../../../core/event-store/command-runner.js';
import { DISTRICT_INDICATOR_RULES } from '../../config/district-indicator-rules.js';
import { ReportLogReader } from '../../log/report-log-reader.js';
import type { ReportChange } from '../report-change.js';
import { GenerateAnnualReportCommand } from './generate-annual-report.command.js';

/**
 * Reads the log, gathers the facts of the year, builds the draft with the district's indicator rules
 * and records it as a new version of the report (none when nothing changed since the last draft).
 */
@CommandHandler(GenerateAnnualReportCommand)
export class GenerateAnnualReportHandler implements ICommandHandler<GenerateAnnualReportCommand> {
  constructor(
    private readonly reader: ReportLogReader,
    private readonly runner: CommandRunner,
    private readonly clock: Clock,
  ) {}

  async execute({ actor, year, taskListId, asOf }: GenerateAnnualReportCommand): Promise<ReportChange> {
    // Refuse before reading the whole log for someone who may not draft anyway.
    assertMayRunReportCommand({ type: 'GenerateReportDraft', data: { draft: null as never } }, actor);
    if (asOf !== null && !isIsoInstant(asOf)) {
      throw validation('VALIDATION', 'asOf: must be an ISO 8601 instant', { field: 'asOf', value: asOf });
    }
    const at = asOf === null ? this.clock.now() : new Date(asOf);
    const events = await this.reader.readLog(asOf === null ? undefined : at);
    const facts = gatherReportFacts(events, { year, taskListId, asOf: at.toISOString() });
    const draft = buildAnnualReportDraft(facts, DISTRICT_INDICATOR_RULES);
    const streamId = annualReportStream(year, facts.scope);
    const command: AnnualReportCommand = { type: 'GenerateReportDraft', data: { draft } };
    const result = await this.runner.run({ streamId, decider: annualReportDecider, command, actor });
    if (result.state.status === 'NONE') throw new Error(`report ${streamId} is empty after generating`);
    return { year, taskListId, version: result.state.version, checkpoint: result.checkpoint };
  }
}
