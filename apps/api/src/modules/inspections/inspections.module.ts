import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { DemoModule } from '../demo/demo.module.js';
import { EvidenceModule } from '../evidence/evidence.module.js';
import { CloseInspectionHandler } from './commands/close-inspection/close-inspection.handler.js';
import { EscalateFindingHandler } from './commands/escalate-finding/escalate-finding.handler.js';
import { FindingCommandRunner } from './commands/finding-command.runner.js';
import { InspectionCommandRunner } from './commands/inspection-command.runner.js';
import { IssueInspectionNoticeHandler } from './commands/issue-inspection-notice/issue-inspection-notice.handler.js';
import { LogFindingHandler } from './commands/log-finding/log-finding.handler.js';
import { NotifyFindingHandler } from './commands/notify-finding/notify-finding.handler.js';
import { OpenInspectionHandler } from './commands/open-inspection/open-inspection.handler.js';
import { RecordCaseFileReviewHandler } from './commands/record-case-file-review/record-case-file-review.handler.js';
import { RemindFindingHandler } from './commands/remind-finding/remind-finding.handler.js';
import { ReportRectificationProgressHandler } from './commands/report-rectification-progress/report-rectification-progress.handler.js';
import { RequestFindingClosureHandler } from './commands/request-finding-closure/request-finding-closure.handler.js';
import { ReturnRectificationHandler } from './commands/return-rectification/return-rectification.handler.js';
import { SubmitRectificationPlanHandler } from './commands/submit-rectification-plan/submit-rectification-plan.handler.js';
import { VerifyRectificationHandler } from './commands/verify-rectification/verify-rectification.handler.js';
import { InspectionsDemoStep } from './demo/inspections-demo.step.js';
import { FindingsMutationsResolver } from './graphql/findings-mutations.resolver.js';
import { InspectionPeopleResolver } from './graphql/inspection-people.resolver.js';
import { InspectionsMutationsResolver } from './graphql/inspections-mutations.resolver.js';
import { NoticeExportController } from './notice/notice-export.controller.js';
import { FindingReminderService } from './reminders/finding-reminder.service.js';

/** Inspections (督察) and their findings, from logging to rectification and closure (销号). */
@Module({
  imports: [AccountsModule, EvidenceModule, DemoModule],
  controllers: [NoticeExportController],
  providers: [
    InspectionCommandRunner,
    FindingCommandRunner,
    OpenInspectionHandler,
    RecordCaseFileReviewHandler,
    CloseInspectionHandler,
    IssueInspectionNoticeHandler,
    LogFindingHandler,
    NotifyFindingHandler,
    SubmitRectificationPlanHandler,
    ReportRectificationProgressHandler,
    RequestFindingClosureHandler,
    VerifyRectificationHandler,
    ReturnRectificationHandler,
    EscalateFindingHandler,
    RemindFindingHandler,
    InspectionsMutationsResolver,
    FindingsMutationsResolver,
    InspectionPeopleResolver,
    FindingReminderService,
    InspectionsDemoStep,
  ],
})
export class InspectionsModule {}
