import { quoteIdent } from './quote-ident.js';
import { migrations } from './migrations.js';
import type { SqlExecutor } from './sql-executor.js';

/** Advisory-lock namespace for schema migrations of this package (the second key is the schema's hash). */
export const MIGRATION_LOCK_CLASS = 20_240_601;

/**
 * Applies pending migrations in one transaction under a transaction-scoped advisory lock, so two
 * processes starting together apply each version once and the second simply finds nothing to do.
 */
export async function migrate(sql: SqlExecutor, schema: string): Promise<number[]> {
  const s = quoteIdent(schema);
  return sql.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock($1::int, hashtext($2))', [MIGRATION_LOCK_CLASS, schema]);
    await tx.query(`create schema if not exists ${s}`);
    await tx.query(
      `create table if not exists ${s}.schema_migrations (
         version integer primary key,
         name text not null,
         applied_at timestamptz not null default now()
       )`,
    );
    const { rows } = await tx.query<{ version: number }>(`select version from ${s}.schema_migrations`);
    const applied = new Set(rows.map((row) => Number(row.version)));
    const done: number[] = [];
    for (const migration of migrations) {
      if (applied.has(migration.version)) continue;
      for (const statement of splitStatements(migration.sql(schema))) await tx.query(statement);
      await tx.query(`insert into ${s}.schema_migrations (version, name) values ($1, $2)`, [
        migration.version,
        migration.name,
      ]);
      done.push(migration.version);
    }
    return done;
  });
}

/**
 * Splits a migration into statements on top-level semicolons, keeping dollar-quoted bodies whole:
 * parameterised queries (the extended protocol) accept one statement at a time.
 */
function splitStatements(sql: string): string[] {
  const statements: string[] = [];
  let current = '';
  let dollarTag: string | null = null;
  for (let i = 0; i < sql.length; i++) {
    const tagMatch = sql[i] === '$' ? /^\$[A-Za-z_]*\$/.exec(sql.slice(i)) : null;
    if (tagMatch) {
      const tag = tagMatch[0];
      if (dollarTag === null) dollarTag = tag;
      else if (dollarTag === tag) dollarTag = null;
      current += tag;
      i += tag.length - 1;
      continue;
    }
    if (sql[i] === ';' && dollarTag === null) {
      if (current.trim()) statements.push(current.trim());
      current = '';
      continue;
    }
    current += sql[i];
  }
  if (current.trim()) statements.push(current.trim());
  return statements;
}
