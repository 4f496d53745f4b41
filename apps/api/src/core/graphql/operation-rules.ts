import { NoSchemaIntrospectionCustomRule } from 'graphql';
import type { ValidationRule } from 'graphql';
import type { AppConfig } from '../config/app-config.js';
import { queryLimitsRule } from './query-limits.rule.js';

/**
 * The validation rules every operation goes through besides the specified ones, whatever transport
 * brought it (HTTP through Apollo, WebSocket through graphql-ws): depth, cost and expensive-field
 * limits, and no introspection when it is turned off.
 */
export function operationRules(config: AppConfig): ValidationRule[] {
  return [
    queryLimitsRule({
      maxDepth: config.maxQueryDepth,
      maxComplexity: config.maxQueryComplexity,
      defaultListSize: 10,
      defaultPageSize: Math.min(50, config.maxPageSize),
      maxExpensiveFields: config.maxExpensiveFields,
      expensiveFieldCost: config.expensiveFieldCost,
    }),
    ...(config.introspection ? [] : [NoSchemaIntrospectionCustomRule]),
  ];
}
