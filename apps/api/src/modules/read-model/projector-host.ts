import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import type { EventStore } from '@duban/event-store';
import { DocumentProjection } from '../../core/projection/document-projection.js';
import { Projector } from '../../core/projection/projector.js';
import { READ_DATABASE } from '../../core/projection/read-database.js';
import type { ReadDatabase } from '../../core/projection/read-database.js';
import { REGISTERED_PROJECTIONS } from '../../core/projection/registered-projections.js';

/** Builds the application's projector over the registered projections. */
export function createProjector(store: EventStore, db: ReadDatabase, lockPollMs?: number): Projector {
  const logger = new Logger('Projector');
  return new Projector({
    store,
    db,
    projections: REGISTERED_PROJECTIONS.map((spec) => new DocumentProjection(spec)),
    logger: { log: (m) => logger.log(m), warn: (m) => logger.warn(m), error: (m, s) => logger.error(m, s) },
    ...(lockPollMs ? { lockPollMs } : {}),
  });
}

/**
 * Starts the projector once the application is assembled (a first start builds the read model
 * before the API answers) and stops it before the event store closes.
 */
@Injectable()
export class ProjectorHost implements OnApplicationBootstrap, OnModuleDestroy {
  constructor(
    readonly projector: Projector,
    @Inject(READ_DATABASE) private readonly db: ReadDatabase,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.projector.start();
  }

  async onModuleDestroy(): Promise<void> {
    await this.projector.stop();
    await this.db.close();
  }
}
