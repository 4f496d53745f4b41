import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import { HttpAdapterHost, ModuleRef } from '@nestjs/core';
import { GraphQLSchemaHost } from '@nestjs/graphql';
import { GraphQLError, parse, specifiedRules, validate } from 'graphql';
import type { DocumentNode, ExecutionArgs, GraphQLSchema } from 'graphql';
import { CloseCode } from 'graphql-ws';
import type { Context, ServerOptions, SubscribePayload } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';
import { AccessTokenService } from '../auth/access-token.service.js';
import { RequestContextFactory } from '../auth/request-context.factory.js';
import { APP_CONFIG } from '../config/config.token.js';
import type { AppConfig } from '../config/app-config.js';
import { formatGraphqlError } from '../errors/format-graphql-error.js';
import { RequestLimits } from '../security/request-limits.js';
import { clientAddressOf } from '../security/client-address.js';
import { GRAPHQL_PATH } from './graphql-options.factory.js';
import { operationRules } from './operation-rules.js';

type UpgradeListener = (request: IncomingMessage, socket: Duplex, head: Buffer) => void;
interface UpgradingServer {
  on(event: 'upgrade', listener: UpgradeListener): void;
  off(event: 'upgrade', listener: UpgradeListener): void;
}

/** What the server keeps about one socket besides graphql-ws's own context. */
interface SocketExtra {
  socket: WebSocket;
  request: IncomingMessage;
  /** The Authorization value of the connection parameters, as the client sent it. */
  authorization?: unknown;
  /** Set when that token was accepted at connection: the socket lives only as long as it holds. */
  signedIn?: boolean;
  userId?: string | null;
  address?: string;
}

type SocketContext = Context<Record<string, unknown> | undefined, SocketExtra>;

/** Close reasons are short (at most 123 bytes) and say what the client should do. */
export const SESSION_ENDED = 'Unauthorized: the session has ended; sign in again';
export const TOKEN_EXPIRED = 'Unauthorized: the access token has expired; reconnect with a fresh one';

const coded = (error: GraphQLError, code: string): GraphQLError =>
  new GraphQLError(error.message, {
    ...(error.nodes ? { nodes: error.nodes } : {}),
    ...(error.source ? { source: error.source } : {}),
    ...(error.positions ? { positions: error.positions } : {}),
    ...(error.originalError ? { originalError: error.originalError } : {}),
    extensions: { ...error.extensions, code: error.extensions.code ?? code },
  });

const withCodes = (result: { errors?: readonly GraphQLError[] }, requestError: boolean) =>
  result.errors
    ? {
        ...result,
        errors: result.errors.map((e) =>
          formatGraphqlError((requestError ? coded(e, 'BAD_USER_INPUT') : e).toJSON(), e),
        ),
      }
    : undefined;

/**
 * GraphQL over WebSocket (graphql-ws) on the GraphQL path. Every operation goes through the same
 * limits as over HTTP before it runs: the message size (`DUBAN_GRAPHQL_MAX_BYTES`), the rate limits, the
 * token limit of the parser, the specified validation rules and ours (depth, cost, expensive fields,
 * introspection), with the same coded errors. A socket opened with a token lives no longer than that
 * token and its session: it is checked every `DUBAN_SOCKET_AUTH_CHECK_MS` and closed with 4401 when it
 * expired, or the session was ended (logout, password or role change, disabled account).
 */
@Injectable()
export class GraphqlWebSocketServer implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('GraphQL WebSocket');
  private wss: WebSocketServer | null = null;
  private disposable: { dispose(): void | Promise<void> } | null = null;
  private timer: NodeJS.Timeout | null = null;
  private readonly sockets = new Set<SocketExtra>();
  private readonly onUpgrade: UpgradeListener = (request, socket, head) => {
    const wss = this.wss;
    const path = (request.url ?? '').split('?')[0];
    if (!wss || path !== GRAPHQL_PATH) {
      socket.destroy();
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
  };

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly adapterHost: HttpAdapterHost,
    private readonly moduleRef: ModuleRef,
    private readonly contexts: RequestContextFactory,
    private readonly tokens: AccessTokenService,
    private readonly limits: RequestLimits,
  ) {}

  onApplicationBootstrap(): void {
    const httpServer = this.adapterHost.httpAdapter?.getHttpServer() as UpgradingServer | undefined;
    if (!httpServer) return;
    const schema = this.moduleRef.get(GraphQLSchemaHost, { strict: false }).schema;
    this.wss = new WebSocketServer({ noServer: true, maxPayload: this.config.graphqlMaxBytes });
    this.disposable = useServer(this.options(schema), this.wss);
    httpServer.on('upgrade', this.onUpgrade);
    this.timer = setInterval(() => void this.checkSockets(), this.config.socketAuthCheckMs);
    this.timer.unref();
  }

  async onModuleDestroy(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    const httpServer = this.adapterHost.httpAdapter?.getHttpServer() as UpgradingServer | undefined;
    httpServer?.off('upgrade', this.onUpgrade);
    await this.disposable?.dispose();
    this.disposable = null;
  }

  private options(schema: GraphQLSchema): ServerOptions<Record<string, unknown> | undefined, SocketExtra> {
    const rules = [...specifiedRules, ...operationRules(this.config)];
    return {
      schema,
      context: async (ctx: SocketContext) => this.contexts.fromAuthorization(ctx.extra.authorization),
      onConnect: async (ctx: SocketContext) => {
        const params = ctx.connectionParams ?? {};
        const authorization = params.authorization ?? params.Authorization;
        const { actor } = await this.contexts.fromAuthorization(authorization);
        Object.assign(ctx.extra, {
          authorization,
          signedIn: actor !== null,
          userId: actor?.userId ?? null,
          address: clientAddressOf(ctx.extra.request, this.config.trustProxy),
        });
        this.sockets.add(ctx.extra);
        ctx.extra.socket.once('close', () => this.sockets.delete(ctx.extra));
        return true;
      },
      onSubscribe: async (ctx: SocketContext, _id: string, payload: SubscribePayload) => {
        try {
          this.limits.admitRequest(ctx.extra.address ?? 'unknown', ctx.extra.userId ?? null);
        } catch (error) {
          return [new GraphQLError((error as Error).message, { originalError: error as Error })];
        }
        let document: DocumentNode;
        try {
          document = parse(payload.query, { maxTokens: this.config.maxQueryTokens });
        } catch (error) {
          const parseError =
            error instanceof GraphQLError ? error : new GraphQLError(String((error as Error)?.message));
          return [coded(parseError, 'GRAPHQL_PARSE_FAILED')];
        }
        const errors = validate(schema, document, rules);
        if (errors.length > 0) return errors.map((e) => coded(e, 'GRAPHQL_VALIDATION_FAILED'));
        const args: ExecutionArgs = {
          schema,
          document,
          operationName: payload.operationName ?? null,
          variableValues: payload.variables ?? null,
        };
        return args;
      },
      // graphql-ws does not go through Apollo's formatError; the same mapping applies to what it
      // sends. A result without `data` is a request error (variables that do not fit): bad input.
      onNext: (_ctx, _id, _payload, _args, result) => withCodes(result, !('data' in result)),
      // Refusals before execution carry a code (or, from graphql-ws itself, nothing: a bad document);
      // errors thrown while a subscription runs keep their original error and are mapped from it.
      onError: (_ctx, _id, _payload, errors) =>
        errors.map((e) =>
          formatGraphqlError((e.originalError ? e : coded(e, 'GRAPHQL_VALIDATION_FAILED')).toJSON(), e),
        ),
    };
  }

  /** Closes every socket whose token expired or whose session ended since it was opened. */
  private async checkSockets(): Promise<void> {
    for (const extra of [...this.sockets]) {
      if (!extra.signedIn) continue;
      const token = /^Bearer\s+(\S+)$/i.exec(String(extra.authorization ?? '').trim())?.[1];
      const claims = token ? await this.tokens.verify(token) : null;
      const { actor } = claims ? await this.contexts.fromAuthorization(extra.authorization) : { actor: null };
      if (actor) continue;
      this.sockets.delete(extra);
      this.logger.debug(
        `closing a socket of ${extra.userId ?? 'someone'}: ${claims ? 'session ended' : 'token expired'}`,
      );
      extra.socket.close(CloseCode.Unauthorized, claims ? SESSION_ENDED : TOKEN_EXPIRED);
    }
  }
}
