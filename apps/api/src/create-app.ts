import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { AppModule } from './app.module.js';
import type { AppModuleOptions } from './app.module.js';
import type { AppConfig } from './core/config/app-config.js';
import { applyHttpLimits } from './core/security/http-limits.js';
import { applyHttpSecurity } from './core/security/http-security.js';
import { HttpErrorFilter } from './core/errors/http-error.filter.js';
import { StorableTextPipe } from './core/validation/storable-text.pipe.js';
import { installResponseCompression } from './core/web/compress-responses.js';
import { serveWebApp } from './core/web/serve-web-app.js';
import { installReadResponseCache } from './modules/read-model/response-cache/install-read-response-cache.js';

export interface CreateAppOptions extends AppModuleOptions {
  /** Nest's logger levels; tests pass false to keep their output readable. */
  logger?: false | Array<'log' | 'error' | 'warn' | 'debug' | 'verbose' | 'fatal'>;
}

/** Builds the application (not yet listening): the one assembly used by `main`, the CLI and tests. */
export async function createApp(
  config: AppConfig,
  options: CreateAppOptions = {},
): Promise<NestFastifyApplication> {
  // GraphQL bodies are small (DUBAN_GRAPHQL_MAX_BYTES); uploads are multipart, limited on their own
  // route. A connection quiet for DUBAN_IDLE_TIMEOUT_MS is closed.
  const adapter = new FastifyAdapter({
    bodyLimit: config.graphqlMaxBytes,
    connectionTimeout: config.idleTimeoutMs,
    trustProxy: config.trustProxy,
  });
  const app = await NestFactory.create<NestFastifyApplication>(AppModule.forRoot(config, options), adapter, {
    logger: options.logger ?? ['log', 'error', 'warn', 'fatal'],
    abortOnError: false,
  });
  applyHttpSecurity(app, config);
  applyHttpLimits(app, config);
  installReadResponseCache(app);
  // After the cache, which keeps answers as plain text: it stores before this compresses.
  installResponseCompression(app);
  app.useGlobalPipes(new StorableTextPipe());
  app.useGlobalFilters(new HttpErrorFilter());
  app.enableShutdownHooks();
  if (config.webDistDir) {
    await serveWebApp(app, config.webDistDir);
  } else {
    new Logger('Web').warn('apps/web/dist not found: serving the API only (build the web app to serve it)');
  }
  return app;
}
