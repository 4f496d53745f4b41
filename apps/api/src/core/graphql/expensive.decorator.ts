import { applyDecorators, Injectable, SetMetadata, UseInterceptors } from '@nestjs/common';
import type { CallHandler, ExecutionContext, NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { Extensions, GqlExecutionContext } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { from, lastValueFrom } from 'rxjs';
import type { Observable } from 'rxjs';
import type { RequestContext } from '../auth/request-context.js';
import { RequestLimits } from '../security/request-limits.js';
import { EXPENSIVE_EXTENSION } from './query-limits.rule.js';
import type { ExpensiveWhen } from './query-limits.rule.js';

const EXPENSIVE = Symbol('expensive');

/**
 * Runs expensive fields through the per-user limits: at most `DUBAN_EXPENSIVE_CONCURRENCY` at once
 * (a few more wait their turn, the rest are refused with RATE_LIMITED), and expensive mutations at
 * most `DUBAN_EXPENSIVE_MUTATION_LIMIT` per rate window.
 */
@Injectable()
export class ExpensiveFieldInterceptor implements NestInterceptor {
  constructor(
    private readonly reflector: Reflector,
    private readonly limits: RequestLimits,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const when = this.reflector.get<ExpensiveWhen | undefined>(EXPENSIVE, context.getHandler());
    const gql = GqlExecutionContext.create(context);
    const args = gql.getArgs<{ asOf?: unknown }>();
    if (when === undefined || (when === 'asOf' && (args.asOf === undefined || args.asOf === null))) {
      return next.handle();
    }
    const actor = gql.getContext<RequestContext>().actor;
    const key = actor?.userId ?? 'anonymous';
    if (gql.getInfo<GraphQLResolveInfo>().operation.operation === 'mutation') {
      this.limits.admitExpensiveMutation(key);
    }
    return from(this.limits.runExpensive(key, () => lastValueFrom(next.handle())));
  }
}

/**
 * Marks a query or mutation as expensive (an as-of replay of the log, log verification, a report
 * diff or draft): it weighs `DUBAN_EXPENSIVE_FIELD_COST` in the cost estimate, an operation may
 * select at most `DUBAN_MAX_EXPENSIVE_FIELDS` of them, and each runs under the per-user limits.
 * `asOf`: only when the field is asked for a past moment.
 */
export const Expensive = (when: ExpensiveWhen = 'always') =>
  applyDecorators(
    Extensions({ [EXPENSIVE_EXTENSION]: when }),
    SetMetadata(EXPENSIVE, when),
    UseInterceptors(ExpensiveFieldInterceptor),
  );
