import pg from 'pg';

/**
 * Which projector instance runs a projection. Held locks belong to one session; when the session
 * ends (the process dies, the connection drops) they are released and `onLost` fires.
 */
export interface ProjectorLocks {
  tryAcquire(key: string): Promise<boolean>;
  release(key: string): Promise<void>;
  /** Whether any instance holds `key` (this one included). */
  isHeldAnywhere(key: string): Promise<boolean>;
  onLost(listener: () => void): void;
  close(): Promise<void>;
}

/** 32-bit FNV-1a, as a signed int4 for the two-key form of the advisory-lock functions. */
const hash32 = (text: string): number => {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
};

/** The advisory-lock key pair of a lock name within a projector schema. */
export const advisoryKey = (namespace: string, key: string): [number, number] => [
  hash32(namespace),
  hash32(key),
];

/**
 * PostgreSQL advisory locks on a session of their own: pooled connections come and go, so a lock
 * taken on one would be released (or kept) at random. Only the holder's death frees the lock, so
 * another instance polling `tryAcquire` takes over exactly then.
 */
export class PgAdvisoryLocks implements ProjectorLocks {
  private client: pg.Client | null = null;
  private connecting: Promise<pg.Client> | null = null;
  private readonly held = new Set<string>();
  private readonly lostListeners: Array<() => void> = [];
  private closed = false;
  /** One query at a time on the session: runners ask concurrently. */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly url: string,
    private readonly namespace: string,
  ) {}

  onLost(listener: () => void): void {
    this.lostListeners.push(listener);
  }

  async tryAcquire(key: string): Promise<boolean> {
    if (this.held.has(key)) return true;
    const [a, b] = advisoryKey(this.namespace, key);
    const { rows } = await this.run<{ ok: boolean }>('select pg_try_advisory_lock($1::int, $2::int) as ok', [
      a,
      b,
    ]);
    if (rows[0]?.ok) this.held.add(key);
    return rows[0]?.ok === true;
  }

  async release(key: string): Promise<void> {
    if (!this.held.delete(key) || !this.client) return;
    const [a, b] = advisoryKey(this.namespace, key);
    await this.run('select pg_advisory_unlock($1::int, $2::int)', [a, b]).catch(() => undefined);
  }

  async isHeldAnywhere(key: string): Promise<boolean> {
    const [a, b] = advisoryKey(this.namespace, key);
    const { rows } = await this.run<{ held: boolean }>(
      `select exists (select 1 from pg_locks where locktype = 'advisory' and granted
          and classid = $1::int::oid and objid = $2::int::oid and objsubid = 2) as held`,
      [a, b],
    );
    return rows[0]?.held === true;
  }

  async close(): Promise<void> {
    this.closed = true;
    this.held.clear();
    const client = this.client ?? (await this.connecting?.catch(() => null));
    this.client = null;
    if (client) {
      client.removeAllListeners();
      client.on('error', () => undefined);
      await client.end().catch(() => undefined);
    }
  }

  private run<T extends pg.QueryResultRow>(text: string, params: unknown[]): Promise<pg.QueryResult<T>> {
    const next = this.queue.then(async () => (await this.connection()).query<T>(text, params));
    this.queue = next.catch(() => undefined);
    return next;
  }

  private connection(): Promise<pg.Client> {
    if (this.closed) return Promise.reject(new Error('projector locks are closed'));
    if (this.client) return Promise.resolve(this.client);
    this.connecting ??= (async () => {
      const client = new pg.Client({ connectionString: this.url, application_name: 'duban-projector-locks' });
      const lost = () => {
        if (this.client !== client) return;
        this.client = null;
        client.removeAllListeners();
        client.on('error', () => undefined);
        void client.end().catch(() => undefined);
        const hadLocks = this.held.size > 0;
        this.held.clear();
        if (hadLocks && !this.closed) for (const listener of this.lostListeners) listener();
      };
      client.on('error', lost);
      client.on('end', lost);
      try {
        await client.connect();
      } catch (error) {
        client.removeAllListeners();
        client.on('error', () => undefined);
        throw error;
      }
      this.client = client;
      return client;
    })().finally(() => {
      this.connecting = null;
    });
    return this.connecting;
  }
}

const IN_PROCESS_HOLDERS = new WeakMap<object, Map<string, object>>();

/**
 * Locks for an embedded database that only this process opens: kept in memory, per database object,
 * so two projectors on the same PGlite in one process still exclude each other.
 */
export class InProcessLocks implements ProjectorLocks {
  private readonly holders: Map<string, object>;
  private readonly owner = {};

  constructor(database: object) {
    let holders = IN_PROCESS_HOLDERS.get(database);
    if (!holders) IN_PROCESS_HOLDERS.set(database, (holders = new Map()));
    this.holders = holders;
  }

  onLost(): void {}

  async tryAcquire(key: string): Promise<boolean> {
    const holder = this.holders.get(key);
    if (holder && holder !== this.owner) return false;
    this.holders.set(key, this.owner);
    return true;
  }

  async release(key: string): Promise<void> {
    if (this.holders.get(key) === this.owner) this.holders.delete(key);
  }

  async isHeldAnywhere(key: string): Promise<boolean> {
    return this.holders.has(key);
  }

  async close(): Promise<void> {
    for (const [key, holder] of [...this.holders]) if (holder === this.owner) this.holders.delete(key);
  }
}
