import type { ReadDatabase } from './read-database.js';
import type { DocTable, LogTable } from './read-table.js';
import { ident } from './read-table.js';
import type { TimelineEntry } from './timeline-entry.js';

/** Reads documents back from the read schema; queries add their own WHERE over the indexed columns. */
export class ReadTables {
  constructor(readonly db: ReadDatabase) {}

  /** `"read"."<table>"`, for queries that write their own SQL. */
  name(table: { name: string }): string {
    return `${ident(this.db.schemas.read)}.${ident(table.name)}`;
  }

  async doc<Doc>(table: DocTable<Doc>, key: string): Promise<Doc | null> {
    const { rows } = await this.db.sql.query<{ doc: Doc }>(
      `select doc from ${this.name(table)} where ${ident(table.key.name)} = $1`,
      [key],
    );
    return rows[0]?.doc ?? null;
  }

  /** Documents matching `where` (SQL over the table's columns, `$n` parameters), in `orderBy` order. */
  async docs<Doc>(
    table: DocTable<Doc>,
    where = 'true',
    params: unknown[] = [],
    orderBy?: string,
  ): Promise<Doc[]> {
    const order = orderBy ? ` order by ${orderBy}` : '';
    const { rows } = await this.db.sql.query<{ doc: Doc }>(
      `select doc from ${this.name(table)} where ${where}${order}`,
      params,
    );
    return rows.map((row) => row.doc);
  }

  async timeline(table: LogTable<TimelineEntry>, subjectId: string): Promise<TimelineEntry[]> {
    const { rows } = await this.db.sql.query<{ doc: TimelineEntry }>(
      `select doc from ${this.name(table)} where subject_id = $1 order by seq`,
      [subjectId],
    );
    return rows.map((row) => row.doc);
  }
}
