import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import type { FindingStatus, ReminderThreshold } from '@duban/domain';
import type { EventStore } from '@duban/event-store';
import { Clock } from '../../../core/clock/clock.js';
import { APP_CONFIG } from '../../../core/config/config.token.js';
import type { AppConfig } from '../../../core/config/app-config.js';
import { EVENT_STORE } from '../../../core/event-store/event-store.token.js';
import { deadlineThresholdPolicy } from '../../../core/process-manager/deadline-threshold-policy.js';
import { DeadlineWatcher } from '../../../core/process-manager/deadline-watcher.js';
import type { DeadlineCandidate } from '../../../core/process-manager/deadline-watcher.js';
import { isAlreadyDoneBy } from '../../../core/process-manager/is-already-done.js';
import { RemindFindingCommand } from '../commands/remind-finding/remind-finding.command.js';
import { FindingBook } from './finding-book.js';

/**
 * Statuses in which the unit still owes rectification. A finding awaiting verification waits on the
 * team, not on the unit; if it is returned it becomes rectifying again and is reminded then.
 */
const REMINDABLE: readonly FindingStatus[] = ['NOTIFIED', 'RECTIFYING'];

/** Refusals of an automatic reminder that mean it was sent already or is no longer due. */
const MOOT_REMINDER = [
  'REMINDER_ALREADY_SENT',
  'REMINDER_NOT_DUE',
  'FINDING_CLOSED',
  'FINDING_NOT_NOTIFIED',
  'FINDING_NOT_FOUND',
];

const OVERDUE = 'OVERDUE';

/**
 * 整改提醒: reminds the unit of each open finding once when its rectification deadline is near
 * (DUBAN_REMIND_DAYS_BEFORE days) and once when it has passed. The watcher's threshold names
 * (`DUE_IN_<n>_DAYS`, `OVERDUE`) map to the domain's (`DUE_IN_N_DAYS` with `days`, `OVERDUE`).
 */
@Injectable()
export class FindingReminderService implements OnApplicationBootstrap, OnApplicationShutdown {
  readonly watcher: DeadlineWatcher<DeadlineCandidate>;
  private readonly book: FindingBook;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    clock: Clock,
    commands: CommandBus,
  ) {
    this.book = new FindingBook(store);
    const days = config.remindDaysBefore;
    const early = `DUE_IN_${days}_DAYS`;
    this.watcher = new DeadlineWatcher<DeadlineCandidate>({
      name: 'FindingReminders',
      clock,
      candidates: async () => {
        await this.book.catchUp();
        return this.book.inStatus(REMINDABLE).map((finding): DeadlineCandidate => ({
          id: finding.findingId,
          deadline: finding.rectificationDeadline,
          // The domain records the early reminder once whatever N was; it counts as sent for any N.
          sent: finding.remindersSent.map((threshold) => (threshold === OVERDUE ? OVERDUE : early)),
        }));
      },
      policy: deadlineThresholdPolicy(days),
      send: async (finding, threshold) => {
        const domainThreshold: ReminderThreshold = threshold === OVERDUE ? 'OVERDUE' : 'DUE_IN_N_DAYS';
        await commands.execute(
          new RemindFindingCommand(finding.id, domainThreshold, domainThreshold === 'OVERDUE' ? null : days),
        );
      },
      isAlreadyDone: isAlreadyDoneBy(MOOT_REMINDER),
    });
  }

  onApplicationBootstrap(): void {
    this.watcher.start(this.config.urgeIntervalMs);
  }

  async onApplicationShutdown(): Promise<void> {
    await this.watcher.stop();
  }
}
