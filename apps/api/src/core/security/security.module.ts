import { Global, Module } from '@nestjs/common';
import { ExpensiveFieldInterceptor } from '../graphql/expensive.decorator.js';
import { GraphqlWebSocketServer } from '../graphql/graphql-web-socket.server.js';
import { RequestLimits } from './request-limits.js';

/** Request limits for every transport, and GraphQL over WebSocket which applies them. */
@Global()
@Module({
  providers: [RequestLimits, ExpensiveFieldInterceptor, GraphqlWebSocketServer],
  exports: [RequestLimits, ExpensiveFieldInterceptor],
})
export class SecurityModule {}
