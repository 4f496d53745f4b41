import type { PGlite } from '@electric-sql/pglite';

/**
 * Runs a named prepared statement on PGlite in one call into the database.
 *
 * `PGlite.query` sends Parse, Describe, Bind, Describe, Execute and Sync as six separate calls and
 * parses the statement every time; for the append, which is one short statement, that protocol
 * work cost more than the append itself (measured: about a third of the embedded append rate). Here
 * the statement is parsed once per store and each call sends Bind, Execute and Sync together.
 * Parameters go as text (numbers are written in decimal, `null` as SQL NULL) except Buffers, which go
 * in binary format; every result column comes back as text or `null`: callers cast in SQL what they need.
 *
 * The call takes PGlite's query and transaction locks, as `query` does, so it never runs inside
 * someone else's transaction. After any error the statement is prepared afresh (Close of a missing
 * statement is not an error), so a failed first call cannot leave the cache wrong.
 */
export class PglitePreparedQueries {
  private readonly columns = new Map<string, string[]>();

  constructor(private readonly db: PGlite) {}

  async query<T>(name: string, text: string, params: unknown[]): Promise<{ rows: T[] }> {
    await this.db._checkReady();
    return this.db._runExclusiveTransaction(() =>
      this.db._runExclusiveQuery(async () => {
        const known = this.columns.get(name);
        const messages: Buffer[] = [];
        if (!known) messages.push(close(name), parse(name, text), describeStatement(name));
        messages.push(bind(name, params), execute(), sync());
        let result;
        try {
          result = await this.db.execProtocol(Buffer.concat(messages));
        } catch (error) {
          this.columns.delete(name);
          throw error;
        }
        let names = known;
        const rows: T[] = [];
        for (const message of result.messages) {
          if (message.name === 'rowDescription') {
            names = (message as unknown as { fields: { name: string }[] }).fields.map((f) => f.name);
          } else if (message.name === 'dataRow') {
            const fields = (message as unknown as { fields: (string | null)[] }).fields;
            const row: Record<string, string | null> = {};
            fields.forEach((value, i) => (row[names?.[i] ?? String(i)] = value));
            rows.push(row as T);
          }
        }
        if (!known && names) this.columns.set(name, names);
        return { rows };
      }),
    );
  }
}

function message(code: string, body: Buffer): Buffer {
  const head = Buffer.alloc(5);
  head.write(code, 0, 'latin1');
  head.writeInt32BE(body.length + 4, 1);
  return Buffer.concat([head, body]);
}

const cstring = (text: string) => Buffer.from(`${text}\0`, 'utf8');
const int16 = (n: number) => {
  const b = Buffer.alloc(2);
  b.writeInt16BE(n);
  return b;
};
const int32 = (n: number) => {
  const b = Buffer.alloc(4);
  b.writeInt32BE(n);
  return b;
};

const close = (name: string) => message('C', Buffer.concat([Buffer.from('S'), cstring(name)]));
const parse = (name: string, text: string) =>
  message('P', Buffer.concat([cstring(name), cstring(text), int16(0)]));
const describeStatement = (name: string) => message('D', Buffer.concat([Buffer.from('S'), cstring(name)]));
const execute = () => message('E', Buffer.concat([cstring(''), int32(0)]));
const sync = () => message('S', Buffer.alloc(0));

function bind(name: string, params: unknown[]): Buffer {
  // Format codes per parameter: Buffers in binary (jsonb as version byte and text, bytea as is), the rest as text.
  const parts: Buffer[] = [cstring(''), cstring(name), int16(params.length)];
  for (const value of params) parts.push(int16(Buffer.isBuffer(value) ? 1 : 0));
  parts.push(int16(params.length));
  for (const value of params) {
    if (value === null || value === undefined) {
      parts.push(int32(-1));
      continue;
    }
    const bytes = Buffer.isBuffer(value)
      ? value
      : Buffer.from(typeof value === 'string' ? value : String(value), 'utf8');
    parts.push(int32(bytes.length), bytes);
  }
  parts.push(int16(0));
  return message('B', Buffer.concat(parts));
}
