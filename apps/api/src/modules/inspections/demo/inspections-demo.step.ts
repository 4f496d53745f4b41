import { Injectable, OnModuleInit } from '@nestjs/common';
import { SYSTEM_ACTOR, findingStream } from '@duban/domain';
import type { Actor, EvidenceRef, FindingCommand, FindingStatus, InspectionCommand } from '@duban/domain';
import { SettableClock, catchUpDeadlines } from '../../demo/catch-up-deadlines.js';
import type { DemoSeedContext } from '../../demo/demo-seed-step.js';
import { DemoSeeder } from '../../demo/demo-seeder.service.js';
import { SeedClock } from '../../demo/seed-clock.js';
import { FindingCommandRunner } from '../commands/finding-command.runner.js';
import { InspectionCommandRunner } from '../commands/inspection-command.runner.js';
import { IssueInspectionNoticeHandler } from '../commands/issue-inspection-notice/issue-inspection-notice.handler.js';
import { IssueInspectionNoticeCommand } from '../commands/issue-inspection-notice/issue-inspection-notice.command.js';
import {
  DEMO_CASE_FILE_OUTCOMES,
  DEMO_CASE_FILE_REVIEW,
  DEMO_FINDINGS,
  DEMO_INSPECTION_UNITS,
  DEMO_NOTICE_ID,
  DEMO_SPECIAL_INSPECTION,
} from './inspections-demo.data.js';
import type { DemoFinding, DemoInspection } from './inspections-demo.data.js';

const F = DEMO_FINDINGS;
/** The N of the demo's "due in N days" reminder, as the default configuration has it. */
const DEMO_REMIND_DAYS = 3;
/** Findings the reminder watcher reminds (as FindingReminderService). */
const REMINDABLE: readonly FindingStatus[] = ['NOTIFIED', 'RECTIFYING'];

/** One dated action of the demo inspection's year. */
type Action =
  | { on: string; inspection: InspectionCommand; by: 'office' | 'inspector' }
  | { on: string; finding: FindingCommand; by: 'office' | 'inspector' | 'officer' | 'system' }
  | { on: string; notice: true };

/**
 * The demo's part for inspections: the special inspection of the report with findings left in every
 * state (logged, notified, rectifying, awaiting verification, closed, returned and rectifying again,
 * escalated, one overdue with its reminders), the 22-file case-file review, and an issued notice.
 *
 * It runs on a seed clock of its own from May 2024, because the task-list step has already moved
 * the shared one to the year's end; the domain refuses deadlines before "today", so the findings
 * must be logged on their own dates. Fixed ids and one idempotency key per action make a resumed
 * seed finish the year rather than repeat it.
 */
@Injectable()
export class InspectionsDemoStep implements OnModuleInit {
  constructor(private readonly seeder: DemoSeeder) {}

  onModuleInit(): void {
    this.seeder.register({ name: 'inspections', run: (context) => this.run(context) });
  }

  async run(context: DemoSeedContext): Promise<void> {
    for (const unitId of DEMO_INSPECTION_UNITS) {
      if (!context.unitIds.includes(unitId)) throw new Error(`the demo district has no unit ${unitId}`);
    }
    const clock = new SeedClock();
    const runner = context.runnerOn(clock);
    const inspections = new InspectionCommandRunner(runner);
    const findings = new FindingCommandRunner(runner);
    const notices = new IssueInspectionNoticeHandler(inspections, findings, runner, context.store);
    const inspector = context.actor('inspector');
    const officerOf = (findingId: string): Actor => {
      const found = Object.values(F).find((f) => f.id === findingId);
      if (!found) throw new Error(`no demo finding ${findingId}`);
      return context.officerOf(found.unitId);
    };
    const actions = await this.script(inspector.userId, (name, text, unitId) =>
      context.evidence(name, text, context.officerOf(unitId)),
    );
    for (const [index, action] of actions.entries()) {
      clock.on(action.on);
      const idempotencyKey = `demo-seed:inspections:${index}`;
      if ('inspection' in action) {
        await inspections.run(action.inspection, context.actor(action.by), { idempotencyKey });
      } else if ('finding' in action) {
        const actor =
          action.by === 'system'
            ? SYSTEM_ACTOR
            : action.by === 'officer'
              ? officerOf(action.finding.data.findingId)
              : context.actor(action.by);
        await findings.run(action.finding, actor, { idempotencyKey });
      } else {
        const { state } = await inspections.load(DEMO_SPECIAL_INSPECTION.id);
        if (state.status !== 'NONE' && state.noticeIds.includes(DEMO_NOTICE_ID)) continue;
        await notices.execute(
          new IssueInspectionNoticeCommand(
            inspector,
            { inspectionId: DEMO_SPECIAL_INSPECTION.id },
            DEMO_NOTICE_ID,
          ),
        );
      }
    }
    await this.catchUpReminders(context, findings);
  }

  /** The reminders the watcher would have sent between the year's last actions and today. */
  private async catchUpReminders(context: DemoSeedContext, findings: FindingCommandRunner): Promise<void> {
    const days = context.remindDaysBefore;
    const early = `DUE_IN_${days}_DAYS`;
    const reminderClock = new SettableClock();
    const reminders = new FindingCommandRunner(context.runnerOn(reminderClock));
    await catchUpDeadlines(
      Object.values(F).map((finding) => finding.id),
      {
        daysBefore: days,
        until: context.today,
        standing: async (findingId) => {
          const { state } = await findings.load(findingId);
          if (state.status === 'NONE') return null;
          const recorded = await context.store.readStream(findingStream(findingId));
          return {
            open: REMINDABLE.includes(state.status),
            deadline: state.rectificationDeadline,
            sent: state.remindersSent.map((threshold) => (threshold === 'OVERDUE' ? 'OVERDUE' : early)),
            lastAt: Date.parse(String(recorded.at(-1)?.metadata.recordedAt)),
          };
        },
        send: async (findingId, threshold, _deadline, at) => {
          reminderClock.set(at);
          const overdue = threshold === 'OVERDUE';
          await reminders.run(
            {
              type: 'RemindFinding',
              data: {
                findingId,
                threshold: overdue ? 'OVERDUE' : 'DUE_IN_N_DAYS',
                days: overdue ? null : days,
              },
            },
            SYSTEM_ACTOR,
            { idempotencyKey: `remind:${overdue ? 'OVERDUE' : 'DUE_IN_N_DAYS'}` },
          );
        },
      },
    );
  }

  /** The year of the two inspections, in date order. */
  private async script(
    inspectorId: string,
    upload: (name: string, text: string, unitId: string) => Promise<EvidenceRef>,
  ): Promise<Action[]> {
    const open = (on: string, inspection: DemoInspection): Action => {
      const split = inspection.filesSampledByUnit;
      return {
        on,
        by: 'office',
        inspection: {
          type: 'OpenInspection',
          data: {
            inspectionId: inspection.id,
            kind: inspection.kind,
            title: inspection.title,
            teamUserIds: [inspectorId],
            targetUnitIds: [...DEMO_INSPECTION_UNITS],
            periodStart: inspection.periodStart,
            periodEnd: inspection.periodEnd,
            ...(split
              ? {
                  filesSampled: Object.values(split).reduce((total, n) => total + n, 0),
                  filesSampledByUnit: Object.entries(split).map(([unitId, filesSampled]) => ({
                    unitId,
                    filesSampled,
                  })),
                }
              : {}),
          },
        },
      };
    };
    const log = (on: string, finding: DemoFinding): Action => ({
      on,
      by: 'inspector',
      finding: {
        type: 'LogFinding',
        data: {
          findingId: finding.id,
          inspectionId: DEMO_SPECIAL_INSPECTION.id,
          unitId: finding.unitId,
          description: finding.description,
          severity: finding.severity,
          category: finding.category,
          rectificationDeadline: finding.rectificationDeadline,
        },
      },
    });
    const notify = (on: string, finding: DemoFinding): Action => ({
      on,
      by: 'inspector',
      finding: { type: 'NotifyFinding', data: { findingId: finding.id } },
    });
    const plan = (
      on: string,
      finding: DemoFinding,
      plannedCompletionDate: string,
      measures: string[],
    ): Action => ({
      on,
      by: 'officer',
      finding: {
        type: 'SubmitRectificationPlan',
        data: {
          findingId: finding.id,
          plan: `针对“${finding.description}”制定整改方案`,
          measures,
          plannedCompletionDate,
        },
      },
    });
    const progress = (on: string, finding: DemoFinding, percent: number, narrative: string): Action => ({
      on,
      by: 'officer',
      finding: { type: 'ReportRectificationProgress', data: { findingId: finding.id, narrative, percent } },
    });
    const requestClosure = async (
      on: string,
      finding: DemoFinding,
      summary: string,
      file: string,
    ): Promise<Action> => ({
      on,
      by: 'officer',
      finding: {
        type: 'RequestFindingClosure',
        data: {
          findingId: finding.id,
          summary,
          evidence: [await upload(file, `${finding.description}\n${summary}\n`, finding.unitId)],
        },
      },
    });
    const verify = (on: string, finding: DemoFinding, remarks: string): Action => ({
      on,
      by: 'inspector',
      finding: { type: 'VerifyRectification', data: { findingId: finding.id, remarks } },
    });
    const review = (on: string, unitId: string): Action => ({
      on,
      by: 'inspector',
      inspection: {
        type: 'RecordCaseFileReview',
        data: {
          inspectionId: DEMO_CASE_FILE_REVIEW.id,
          unitId,
          filesSampled: DEMO_CASE_FILE_REVIEW.filesSampledByUnit?.[unitId] ?? 0,
          ...(DEMO_CASE_FILE_OUTCOMES[unitId] ?? { filesWithIssues: 0, outcome: '未发现问题' }),
        },
      },
    });

    return [
      open('2024-05-06', DEMO_SPECIAL_INSPECTION),
      open('2024-05-06', DEMO_CASE_FILE_REVIEW),
      log('2024-05-20', F.closed),
      log('2024-05-20', F.returned),
      log('2024-05-20', F.rectifying),
      log('2024-05-21', F.overdue),
      log('2024-05-21', F.awaitingVerification),
      log('2024-05-22', F.escalated),
      log('2024-05-22', F.notified),
      ...DEMO_INSPECTION_UNITS.map((unitId) => review('2024-05-27', unitId)),
      ...[F.closed, F.returned, F.rectifying, F.overdue, F.awaitingVerification, F.escalated, F.notified].map(
        (f) => notify('2024-06-03', f),
      ),
      plan('2024-06-10', F.closed, '2024-07-31', ['执法记录仪随身佩戴、全程开启', '每月抽查执法记录']),
      plan('2024-06-10', F.returned, '2024-12-20', ['处罚决定前一律提交法制审核', '对已结案件逐件复查']),
      plan('2024-06-11', F.rectifying, '2024-10-31', ['编制并公开法制审核目录清单']),
      plan('2024-06-11', F.overdue, '2024-09-15', ['制定执法全过程记录办法', '购置执法记录设备']),
      plan('2024-06-12', F.awaitingVerification, '2024-09-30', ['统一执法文书模板', '补齐送达回证']),
      plan('2024-06-12', F.escalated, '2024-08-31', ['更新公示栏', '建立公示信息月度核对制度']),
      log('2024-06-25', F.logged),
      {
        on: '2024-06-28',
        by: 'inspector',
        inspection: {
          type: 'CloseInspection',
          data: { inspectionId: DEMO_CASE_FILE_REVIEW.id, remarks: '抽查案卷22份,评查结果已反馈各单位' },
        },
      },
      { on: '2024-06-28', notice: true },
      progress('2024-07-15', F.closed, 80, '执法记录仪已配发到人,建立每月抽查台账'),
      progress('2024-07-15', F.returned, 40, '已完成2023年以来处罚案件复查'),
      progress('2024-07-16', F.overdue, 30, '执法全过程记录办法已起草,设备采购在走程序'),
      progress('2024-07-16', F.awaitingVerification, 50, '文书模板已统一'),
      await requestClosure(
        '2024-07-30',
        F.closed,
        '执法记录仪全程佩戴情况抽查合格',
        '执法记录仪抽查台账.txt',
      ),
      verify('2024-08-05', F.closed, '抽查10起现场执法,均全程记录,同意销号'),
      await requestClosure('2024-08-20', F.returned, '已建立法制审核前置机制', '法制审核制度.txt'),
      {
        on: '2024-08-26',
        by: 'inspector',
        finding: {
          type: 'ReturnRectification',
          data: {
            findingId: F.returned.id,
            reason: '佐证材料未体现具体案件的法制审核意见,请补充后再申请销号',
          },
        },
      },
      progress('2024-09-10', F.returned, 70, '补充整理法制审核意见书12份'),
      {
        on: '2024-09-10',
        by: 'office',
        finding: {
          type: 'EscalateFinding',
          data: { findingId: F.escalated.id, reason: '整改进展缓慢,公示栏仍未更新,列入挂牌督办' },
        },
      },
      {
        on: '2024-09-27',
        by: 'system',
        finding: {
          type: 'RemindFinding',
          data: { findingId: F.overdue.id, threshold: 'DUE_IN_N_DAYS', days: DEMO_REMIND_DAYS },
        },
      },
      {
        on: '2024-10-01',
        by: 'system',
        finding: { type: 'RemindFinding', data: { findingId: F.overdue.id, threshold: 'OVERDUE' } },
      },
      progress('2024-10-20', F.awaitingVerification, 100, '送达回证已全部补齐'),
      await requestClosure(
        '2024-10-20',
        F.awaitingVerification,
        '文书模板统一、送达回证补齐',
        '执法文书整改材料.txt',
      ),
      progress('2024-11-05', F.rectifying, 60, '目录清单已报区政府审定'),
    ];
  }
}
