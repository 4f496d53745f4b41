import { Global, Module } from '@nestjs/common';
import type { EventStore } from '@duban/event-store';
import { APP_CONFIG } from '../../core/config/config.token.js';
import type { AppConfig } from '../../core/config/app-config.js';
import { EVENT_STORE } from '../../core/event-store/event-store.token.js';
import { ProjectionWaiter } from '../../core/projection/projection-waiter.js';
import { Projector } from '../../core/projection/projector.js';
import { READ_DATABASE } from '../../core/projection/read-database.js';
import type { ReadDatabase } from '../../core/projection/read-database.js';
import { ReadTables } from '../../core/projection/read-tables.js';
import { FindingsQueriesResolver } from '../findings/graphql/findings-queries.resolver.js';
import { GetFindingHandler } from '../findings/queries/get-finding/get-finding.handler.js';
import { TasksQueriesResolver } from '../tasks/graphql/tasks-queries.resolver.js';
import { GetTaskHandler } from '../tasks/queries/get-task/get-task.handler.js';
import { AsOfReplay } from './as-of-replay.js';
import { createReadDatabase } from './create-read-database.js';
import { createProjector, ProjectorHost } from './projector-host.js';
import { ReadViews } from './read-views.js';

/**
 * The read side: the projector and its read database, the read-your-writes waiter, and the query
 * handlers and resolvers of every context. Global, so command handlers inject `ProjectionWaiter`
 * and run the Get queries through the QueryBus without importing anything.
 */
@Global()
@Module({
  providers: [
    {
      provide: READ_DATABASE,
      inject: [EVENT_STORE, APP_CONFIG],
      useFactory: (store: EventStore, config: AppConfig) => createReadDatabase(store, config),
    },
    {
      provide: Projector,
      inject: [EVENT_STORE, READ_DATABASE],
      useFactory: (store: EventStore, db: ReadDatabase) => createProjector(store, db),
    },
    {
      provide: ProjectionWaiter,
      inject: [Projector, READ_DATABASE, APP_CONFIG],
      useFactory: (projector: Projector, db: ReadDatabase, config: AppConfig) =>
        new ProjectionWaiter(projector, db, config.readWaitMs),
    },
    { provide: ReadTables, inject: [READ_DATABASE], useFactory: (db: ReadDatabase) => new ReadTables(db) },
    ProjectorHost,
    ReadViews,
    AsOfReplay,
    GetTaskHandler,
    GetFindingHandler,
    TasksQueriesResolver,
    FindingsQueriesResolver,
  ],
  exports: [READ_DATABASE, Projector, ProjectionWaiter, ReadTables, ReadViews, AsOfReplay],
})
export class ReadModelModule {}
