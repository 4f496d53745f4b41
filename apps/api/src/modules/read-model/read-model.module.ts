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
import { InspectionsQueriesResolver } from '../inspections/graphql/inspections-queries.resolver.js';
import { GetInspectionHandler } from '../inspections/queries/get-inspection/get-inspection.handler.js';
import { ListInspectionsHandler } from '../inspections/queries/list-inspections/list-inspections.handler.js';
import { ListFindingsHandler } from '../findings/queries/list-findings/list-findings.handler.js';
import { TaskListsQueriesResolver } from '../task-lists/graphql/task-lists-queries.resolver.js';
import { GetTaskListHandler } from '../task-lists/queries/get-task-list/get-task-list.handler.js';
import { ListTaskListsHandler } from '../task-lists/queries/list-task-lists/list-task-lists.handler.js';
import { ListTasksHandler } from '../tasks/queries/list-tasks/list-tasks.handler.js';
import { UnitsQueriesResolver } from '../units/graphql/units-queries.resolver.js';
import { GetUnitQueueHandler } from '../units/queries/get-unit-queue/get-unit-queue.handler.js';
import { GetUnitHandler } from '../units/queries/get-unit/get-unit.handler.js';
import { ListUnitsHandler } from '../units/queries/list-units/list-units.handler.js';
import { AsOfReplay } from './as-of-replay.js';
import { ProgressQueriesResolver } from './graphql/progress-queries.resolver.js';
import { MetricsController } from './metrics.controller.js';
import { ProgressChanges } from './progress/progress-changes.js';
import { GetDepartmentProgressHandler } from './queries/get-department-progress/get-department-progress.handler.js';
import { GetIndicatorFiguresHandler } from './queries/get-indicator-figures/get-indicator-figures.handler.js';
import { GetProgressTrendHandler } from './queries/get-progress-trend/get-progress-trend.handler.js';
import { createReadDatabase } from './create-read-database.js';
import { createProjector, ProjectorHost } from './projector-host.js';
import { ReadViews } from './read-views.js';
import { ReadResponseCache } from './response-cache/read-response-cache.js';

/**
 * The read side: the projector and its read database, the read-your-writes waiter, and the query
 * handlers and resolvers of every context. Global, so command handlers inject `ProjectionWaiter`
 * and run the Get queries through the QueryBus without importing anything.
 */
@Global()
@Module({
  controllers: [MetricsController],
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
    ReadResponseCache,
    ReadViews,
    AsOfReplay,
    ProgressChanges,
    GetTaskHandler,
    ListTasksHandler,
    GetFindingHandler,
    ListFindingsHandler,
    GetTaskListHandler,
    ListTaskListsHandler,
    GetUnitHandler,
    ListUnitsHandler,
    GetUnitQueueHandler,
    GetInspectionHandler,
    ListInspectionsHandler,
    GetDepartmentProgressHandler,
    GetProgressTrendHandler,
    GetIndicatorFiguresHandler,
    TasksQueriesResolver,
    FindingsQueriesResolver,
    TaskListsQueriesResolver,
    UnitsQueriesResolver,
    InspectionsQueriesResolver,
    ProgressQueriesResolver,
  ],
  exports: [READ_DATABASE, Projector, ProjectionWaiter, ReadTables, ReadViews, AsOfReplay],
})
export class ReadModelModule {}
