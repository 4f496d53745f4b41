import { Logger } from '@nestjs/common';
import { storeKindOf } from './core/config/app-config.js';
import { ConfigError } from './core/config/config-error.js';
import { loadConfig } from './core/config/load-config.js';
import { isDatabaseConnectionLoss } from './core/errors/is-database-connection-loss.js';
import { GRAPHQL_PATH } from './core/graphql/graphql-options.factory.js';
import { createApp } from './create-app.js';

// A PostgreSQL restart can surface as an 'error' event on an idle pooled client that no request awaits.
// The pools, LISTEN and the projector reconnect by themselves, so only that kind of error is survived;
// anything else still ends the process.
process.on('uncaughtException', (error) => {
  if (isDatabaseConnectionLoss(error)) {
    new Logger('Database').warn(`connection lost: ${error.message}; reconnecting`);
    return;
  }
  console.error(error);
  process.exit(1);
});

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(2);
    }
    throw error;
  }
  const app = await createApp(config);
  await app.listen({ port: config.port, host: config.host });
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const shownHost = ['0.0.0.0', '::'].includes(config.host) ? 'localhost' : config.host;
  const logger = new Logger('Duban');
  logger.log(`listening on http://${shownHost}:${port}/ (GraphQL at ${GRAPHQL_PATH})`);
  logger.log(`mode ${config.mode}, event store ${storeKindOf(config)}`);
  logger.log(`data directory ${config.dataDir}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
