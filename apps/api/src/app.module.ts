import { DynamicModule, Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloDriver } from '@nestjs/apollo';
import type { ApolloDriverConfig } from '@nestjs/apollo';
import type { EventStore } from '@duban/event-store';
import { AuthModule } from './core/auth/auth.module.js';
import { RequestContextFactory } from './core/auth/request-context.factory.js';
import { Clock } from './core/clock/clock.js';
import { ConfigModule } from './core/config/config.module.js';
import { APP_CONFIG } from './core/config/config.token.js';
import type { AppConfig } from './core/config/app-config.js';
import { EventStoreModule } from './core/event-store/event-store.module.js';
import { graphqlOptions } from './core/graphql/graphql-options.factory.js';
import { SecurityModule } from './core/security/security.module.js';
import { HealthResolver } from './core/health/health.resolver.js';
import { AccountsModule } from './modules/accounts/accounts.module.js';
import { AuditModule } from './modules/audit/audit.module.js';
import { DemoModule } from './modules/demo/demo.module.js';
import { EvidenceModule } from './modules/evidence/evidence.module.js';
import { TasksModule } from './modules/tasks/tasks.module.js';
import { UnitsModule } from './modules/units/units.module.js';
import { InspectionsModule } from './modules/inspections/inspections.module.js';
import { IntegrityModule } from './modules/integrity/integrity.module.js';
import { ReadModelModule } from './modules/read-model/read-model.module.js';
import { ReportsModule } from './modules/reports/reports.module.js';

export interface AppModuleOptions {
  /** An event store opened by the caller (tests); otherwise the configured adapter. */
  store?: EventStore;
  clock?: Clock;
}

/**
 * Feature modules of the bounded contexts. A new context adds its module here; everything else
 * (config, store, auth, errors, GraphQL) is already provided globally.
 */
const FEATURE_MODULES = [
  ReadModelModule,
  AccountsModule,
  AuditModule,
  InspectionsModule,
  UnitsModule,
  TasksModule,
  EvidenceModule,
  DemoModule,
  ReportsModule,
  IntegrityModule,
];

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, options: AppModuleOptions = {}): DynamicModule {
    return {
      module: AppModule,
      imports: [
        ConfigModule.forRoot(config, options.clock),
        CqrsModule.forRoot(),
        EventStoreModule.forRoot(options.store ? { store: options.store } : {}),
        AuthModule.forRoot({ imports: [AccountsModule] }),
        SecurityModule,
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          inject: [APP_CONFIG, RequestContextFactory],
          useFactory: (appConfig: AppConfig, contexts: RequestContextFactory) =>
            graphqlOptions(appConfig, contexts),
        }),
        ...FEATURE_MODULES,
      ],
      providers: [HealthResolver],
    };
  }
}
