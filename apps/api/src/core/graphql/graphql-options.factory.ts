import type { ApolloDriverConfig } from '@nestjs/apollo';
import { ApolloDriver } from '@nestjs/apollo';
import type { ServerOptions } from 'graphql-ws';
import type { AppConfig } from '../config/app-config.js';
import type { RequestContextFactory } from '../auth/request-context.factory.js';
import { formatGraphqlError } from '../errors/format-graphql-error.js';
import { StrictDateTime } from '../validation/strict-date-time.scalar.js';
import { queryLimitsRule } from './query-limits.rule.js';
import { refuseHttpSubscriptions } from './refuse-http-subscriptions.plugin.js';

/** HTTP queries and mutations and graphql-ws subscriptions share one path. */
export const GRAPHQL_PATH = '/graphql';

// graphql-ws does not go through Apollo's formatError; the same mapping applies to what it sends.
// (Nest's type omits onError, which it passes on to graphql-ws all the same.)
const webSocketOptions: Partial<ServerOptions> & { path: string } = {
  path: GRAPHQL_PATH,
  onNext: (_ctx, _id, _payload, _args, result) =>
    result.errors
      ? { ...result, errors: result.errors.map((e) => formatGraphqlError(e.toJSON(), e)) }
      : undefined,
  onError: (_ctx, _id, _payload, errors) => errors.map((e) => formatGraphqlError(e.toJSON(), e)),
};

export function graphqlOptions(config: AppConfig, contexts: RequestContextFactory): ApolloDriverConfig {
  return {
    driver: ApolloDriver,
    path: GRAPHQL_PATH,
    // Built in memory; the committed SDL is written by `schema:emit` and checked by a test.
    autoSchemaFile: true,
    sortSchema: true,
    // Refuses dates that do not exist (2024-02-30) instead of rolling them over.
    buildSchemaOptions: { scalarsMap: [{ type: Date, scalar: StrictDateTime }] },
    context: (arg: unknown) => contexts.create(arg),
    subscriptions: {
      'graphql-ws': webSocketOptions,
    },
    formatError: formatGraphqlError,
    // Depth and cost limits refuse abusive operations before they run (VALIDATION).
    validationRules: [
      queryLimitsRule({
        maxDepth: config.maxQueryDepth,
        maxComplexity: config.maxQueryComplexity,
        defaultListSize: 10,
        defaultPageSize: Math.min(50, config.maxPageSize),
      }),
    ],
    plugins: [refuseHttpSubscriptions],
    // A document of literals can cost seconds to parse and validate before any guard runs (even
    // unauthenticated); past the token limit parsing stops at once (GRAPHQL_PARSE_FAILED, VALIDATION).
    parseOptions: { maxTokens: config.maxQueryTokens },
    // Our formatter handles Nest's HTTP exceptions itself, with the same codes as everything else.
    autoTransformHttpErrors: false,
    includeStacktraceInErrorResponses: false,
    introspection: true,
    graphiql: config.mode === 'embedded',
  };
}
