/** SQL types a read-table column may have; values come from the document as JSON. */
export type ColumnType =
  | 'text'
  | 'integer'
  | 'bigint'
  | 'boolean'
  | 'date'
  | 'timestamptz'
  | 'double precision'
  | 'text[]'
  | 'jsonb';

export interface Column<Row> {
  name: string;
  type: ColumnType;
  /** The column's value taken from the row object; undefined is stored as null. */
  value: (row: Row) => unknown;
}

/**
 * A read table whose rows are documents keyed by `key`: the whole document sits in a jsonb column
 * `doc` (what queries return), and the listed columns are copies of some of its fields for filtering,
 * sorting and indexes. A projection folds documents in memory and the projector writes the changed
 * ones back with one multi-row statement per table and batch.
 */
export interface DocTable<Doc> {
  readonly kind: 'doc';
  readonly name: string;
  /** The primary-key column; its value is the document's key. */
  readonly key: Column<Doc>;
  readonly columns: readonly Column<Doc>[];
  /** Index definitions after `on <table>`, e.g. `(list_id, area)` or `using gin (unit_ids)`. */
  readonly indexes: readonly string[];
}

/**
 * An append-only read table (timelines, references): one row per fact, never updated, the row itself
 * in `doc`. `id` is unique, so writing the same fact twice keeps one row.
 */
export interface LogTable<Row> {
  readonly kind: 'log';
  readonly name: string;
  readonly id: Column<Row>;
  readonly columns: readonly Column<Row>[];
  readonly indexes: readonly string[];
  /**
   * What `doc` holds when not the whole row: a table with a row for every event keeps there only
   * what its columns do not, and its query puts the row together again (half the bytes to write).
   */
  readonly doc?: (row: Row) => unknown;
}

export const docTable = <Doc>(spec: Omit<DocTable<Doc>, 'kind'>): DocTable<Doc> => ({ kind: 'doc', ...spec });
export const logTable = <Row>(spec: Omit<LogTable<Row>, 'kind'>): LogTable<Row> => ({ kind: 'log', ...spec });

const IDENT = /^[a-z_][a-z0-9_]{0,62}$/;

/** Schema and table names are our own constants or validated configuration; quoting guards the rest. */
export const ident = (name: string): string => {
  if (!IDENT.test(name)) throw new Error(`not a plain SQL identifier: ${JSON.stringify(name)}`);
  return `"${name}"`;
};

const allColumns = <Row>(table: DocTable<Row> | LogTable<Row>): Column<Row>[] =>
  table.kind === 'doc' ? [table.key, ...table.columns] : [table.id, ...table.columns];

/** CREATE statements for the table and its indexes in `schema` (idempotent). */
export function createTableSql(table: DocTable<unknown> | LogTable<unknown>, schema: string): string[] {
  const t = `${ident(schema)}.${ident(table.name)}`;
  const columns = allColumns(table).map(
    (c, i) => `${ident(c.name)} ${c.type}${i === 0 ? ' primary key' : ''}`,
  );
  columns.push('doc jsonb not null');
  const statements = [`create table if not exists ${t} (${columns.join(', ')})`];
  const names = indexNames(table);
  table.indexes.forEach((definition, i) => {
    statements.push(`create index if not exists ${names[i]} on ${t} ${definition}`);
  });
  return statements;
}

/** The quoted names of the table's secondary indexes, in the order of `indexes`. */
export const indexNames = (table: DocTable<unknown> | LogTable<unknown>): string[] =>
  table.indexes.map((_, i) => ident(`${table.name}_i${i}`));

/** Rows for `jsonb_to_recordset`: one object per row, keyed by column name. */
export function recordsetOf<Row>(table: DocTable<Row> | LogTable<Row>, rows: readonly Row[]): string {
  const columns = allColumns(table);
  return JSON.stringify(
    rows.map((row) => {
      const record: Record<string, unknown> = {};
      for (const c of columns) record[c.name] = c.value(row) ?? null;
      record.doc = table.kind === 'log' && table.doc ? table.doc(row) : row;
      return record;
    }),
  );
}

/** Upsert (documents) or insert-once (log rows) of many rows in one statement; `$1` is `recordsetOf`. */
export function writeSql(table: DocTable<unknown> | LogTable<unknown>, schema: string): string {
  const t = `${ident(schema)}.${ident(table.name)}`;
  const columns = allColumns(table);
  const names = columns.map((c) => ident(c.name));
  const typed = columns.map((c) => `${ident(c.name)} ${c.type}`);
  names.push('doc');
  typed.push('doc jsonb');
  const insert = `insert into ${t} (${names.join(', ')}) select ${names.join(', ')} from jsonb_to_recordset($1::jsonb) as x(${typed.join(', ')})`;
  if (table.kind === 'log') return `${insert} on conflict do nothing`;
  const updates = names.slice(1).map((n) => `${n} = excluded.${n}`);
  return `${insert} on conflict (${names[0]}) do update set ${updates.join(', ')}`;
}
