import { DynamicModule, Global, Module } from '@nestjs/common';
import { Clock } from '../clock/clock.js';
import type { AppConfig } from './app-config.js';
import { APP_CONFIG } from './config.token.js';

/** Makes the validated configuration and the clock injectable everywhere. */
@Global()
@Module({})
export class ConfigModule {
  static forRoot(config: AppConfig, clock?: Clock): DynamicModule {
    return {
      module: ConfigModule,
      providers: [
        { provide: APP_CONFIG, useValue: config },
        clock ? { provide: Clock, useValue: clock } : Clock,
      ],
      exports: [APP_CONFIG, Clock],
    };
  }
}
