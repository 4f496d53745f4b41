import type { DocTable, LogTable } from './read-table.js';

/**
 * What a projection's fold sees: the documents it asked for, by table and key, and a place to put
 * new versions and log rows. The projector backs it with rows fetched for the batch; an as-of query
 * backs it with plain maps, so the very same fold answers both.
 */
export interface FoldStore {
  /** False when nobody will read log rows (an as-of replay of progress): folds may skip building them. */
  readonly keepsLogs: boolean;
  get<Doc>(table: DocTable<Doc>, key: string): Doc | undefined;
  put<Doc>(table: DocTable<Doc>, key: string, doc: Doc): void;
  append<Row>(table: LogTable<Row>, row: Row): void;
}

/** A fold store in memory: documents in maps, log rows in arrays. */
export class MemoryFoldStore implements FoldStore {
  readonly docs = new Map<string, Map<string, unknown>>();
  readonly logs = new Map<string, unknown[]>();

  constructor(readonly keepsLogs = true) {}

  get<Doc>(table: DocTable<Doc>, key: string): Doc | undefined {
    return this.docs.get(table.name)?.get(key) as Doc | undefined;
  }

  put<Doc>(table: DocTable<Doc>, key: string, doc: Doc): void {
    let rows = this.docs.get(table.name);
    if (!rows) this.docs.set(table.name, (rows = new Map()));
    rows.set(key, doc);
  }

  append<Row>(table: LogTable<Row>, row: Row): void {
    if (!this.keepsLogs) return;
    let rows = this.logs.get(table.name);
    if (!rows) this.logs.set(table.name, (rows = []));
    rows.push(row);
  }

  all<Doc>(table: DocTable<Doc>): Doc[] {
    return [...(this.docs.get(table.name)?.values() ?? [])] as Doc[];
  }

  rows<Row>(table: LogTable<Row>): Row[] {
    return (this.logs.get(table.name) ?? []) as Row[];
  }
}
