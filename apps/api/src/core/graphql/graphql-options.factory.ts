import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloDriver } from '@nestjs/apollo';
import type { AppConfig } from '../config/app-config.js';
import type { RequestContextFactory } from '../auth/request-context.factory.js';
import { formatGraphqlError } from '../errors/format-graphql-error.js';
import { makeDateTimeStrict } from './date-time.scalar.js';
import { operationRules } from './operation-rules.js';
import { refuseHttpSubscriptions } from './refuse-http-subscriptions.plugin.js';
import { retryAfterHeader } from './retry-after.plugin.js';

/** HTTP queries and mutations and graphql-ws subscriptions share one path. */
export const GRAPHQL_PATH = '/graphql';

/**
 * Apollo serves GraphQL over HTTP. GraphQL over WebSocket is served by `GraphqlWebSocketServer`, with
 * the same parse limit, validation rules and error mapping.
 */
export function graphqlOptions(config: AppConfig, contexts: RequestContextFactory): ApolloDriverConfig {
  // Bad dates are input errors, not Invalid Dates that fail later as internal errors.
  makeDateTimeStrict();
  return {
    driver: ApolloDriver,
    path: GRAPHQL_PATH,
    // Built in memory; the committed SDL is written by `schema:emit` and checked by a test.
    autoSchemaFile: true,
    sortSchema: true,
    context: (arg: unknown) => contexts.create(arg),
    formatError: formatGraphqlError,
    // Depth, cost and expensive-field limits refuse abusive operations before they run (VALIDATION).
    validationRules: operationRules(config),
    plugins: [refuseHttpSubscriptions, retryAfterHeader],
    // A document of literals can cost seconds to parse and validate before any guard runs (even
    // unauthenticated); past the token limit parsing stops at once (GRAPHQL_PARSE_FAILED, VALIDATION).
    parseOptions: { maxTokens: config.maxQueryTokens },
    // Our formatter handles Nest's HTTP exceptions itself, with the same codes as everything else.
    autoTransformHttpErrors: false,
    includeStacktraceInErrorResponses: false,
    // Off by default in server mode (DUBAN_INTROSPECTION); the rule in `operationRules` refuses it
    // over WebSocket too.
    introspection: config.introspection,
    graphiql: config.mode === 'embedded' && config.introspection,
  };
}
