import { GraphQLSchemaHost } from '@nestjs/graphql';
import type { INestApplicationContext } from '@nestjs/common';
import { lexicographicSortSchema, printSchema } from 'graphql';

const HEADER =
  '# Generated from the API code by `pnpm --filter @duban/api run schema:emit`. Do not edit.\n\n';

/** The API's schema as SDL, sorted so the committed file changes only when the schema does. */
export function printApiSchema(app: INestApplicationContext): string {
  const { schema } = app.get(GraphQLSchemaHost);
  return `${HEADER}${printSchema(lexicographicSortSchema(schema))}\n`;
}
