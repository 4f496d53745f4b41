import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '@duban/domain';
import { checkpointCodec } from '@duban/event-store';
import { Clock } from '../../../core/clock/clock.js';
import { APP_CONFIG } from '../../../core/config/config.token.js';
import type { AppConfig } from '../../../core/config/app-config.js';
import { districtInstant } from '../../../core/projection/district-time.js';
import { Projector } from '../../../core/projection/projector.js';
import { READ_DATABASE } from '../../../core/projection/read-database.js';
import type { ReadDatabase } from '../../../core/projection/read-database.js';
import { classifyOperation, isLive } from './classify-operation.js';
import type { CacheableOperation } from './classify-operation.js';

/** A GraphQL request as it arrives over HTTP. */
export interface GraphqlRequestBody {
  query: string;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

/** What a request that missed carries to the moment its response is sent. */
export interface CacheSlot {
  key: string;
  operation: CacheableOperation;
  variables: Record<string, unknown> | undefined;
  /** Whether this request answers the key for others waiting on it. */
  leads: boolean;
}

const MAX_OPERATIONS = 500;
const MAX_ENTRIES = 500;
/** Stands in for a live `at` in a stored response; JSON.stringify writes it as `"\u0000at\u0000"`. */
const AT_MARK = '\u0000at\u0000';
const AT_MARK_JSON = JSON.stringify(AT_MARK);

/**
 * Serves read-model queries again without running them. A stored response is good while the read
 * model has not changed (every projection commit and every rebuild starts a new version), the
 * district's date is the same (overdue and traffic lights turn at midnight) and the same actor asks
 * (id, role and unit are in the key; the token is still verified and the account checked on every
 * request, so a disabled account or a changed role is refused or answered afresh at once).
 * `departmentProgress.at` of a live answer is stamped with the time of each request.
 *
 * When every projection runs in this process the version is a counter bumped by the projector;
 * otherwise (another instance holds some) it is the checkpoints read from the database.
 */
@Injectable()
export class ReadResponseCache {
  private readonly operations = new Map<string, CacheableOperation | null>();
  private readonly entries = new Map<string, string[]>();
  /** Keys being answered by a request now: the same question arriving meanwhile waits for it. */
  private readonly pending = new Map<
    string,
    { answered: Promise<boolean>; settle: (stored: boolean) => void }
  >();
  private localVersion = 0;
  hits = 0;
  misses = 0;

  constructor(
    private readonly projector: Projector,
    @Inject(READ_DATABASE) private readonly db: ReadDatabase,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    projector.onCommitted(() => this.changed());
    projector.onRebuilt(() => this.changed());
  }

  /** The operation's cache shape, or null when it is not a plain read of cacheable fields. */
  operation(body: GraphqlRequestBody): CacheableOperation | null {
    const memo = `${body.operationName ?? ''}\n${body.query}`;
    if (this.operations.has(memo)) return this.operations.get(memo)!;
    const shape = classifyOperation(body.query, body.operationName ?? undefined, this.config.maxQueryTokens);
    if (this.operations.size >= MAX_OPERATIONS) this.operations.delete(this.operations.keys().next().value!);
    this.operations.set(memo, shape);
    return shape;
  }

  async key(actor: Actor, body: GraphqlRequestBody): Promise<string> {
    const day = districtInstant(this.clock.now()).slice(0, 10);
    return JSON.stringify([
      await this.version(),
      day,
      actor.userId,
      actor.role,
      actor.unitId ?? null,
      body.operationName ?? null,
      body.query,
      body.variables ?? null,
    ]);
  }

  /** The stored response for the key, stamped with now, or undefined. */
  lookup(key: string): string | undefined {
    const parts = this.entries.get(key);
    if (!parts) {
      this.misses += 1;
      return undefined;
    }
    this.hits += 1;
    return parts.length === 1 ? parts[0] : parts.join(JSON.stringify(this.clock.now().toISOString()));
  }

  /**
   * Marks `key` as being answered, or, when another request already answers it, waits for that one:
   * true means its answer is now stored (ask `lookup` again), false that it was not kept (run).
   * The first one gets `null` and must call `settle(key)` once its response is sent.
   */
  async joinOrLead(key: string): Promise<boolean | null> {
    const running = this.pending.get(key);
    if (running) return running.answered;
    let settle!: (stored: boolean) => void;
    const answered = new Promise<boolean>((resolve) => (settle = resolve));
    this.pending.set(key, { answered, settle });
    return null;
  }

  /** Ends the lead of `key`: waiting requests learn whether its answer was kept. */
  settle(key: string): void {
    const running = this.pending.get(key);
    if (!running) return;
    this.pending.delete(key);
    running.settle(this.entries.has(key));
  }

  /** Keeps a successful response (data, no errors) of a request that missed. */
  store(slot: CacheSlot, payload: string): void {
    let response: { data?: Record<string, unknown> | null; errors?: unknown };
    try {
      response = JSON.parse(payload) as typeof response;
    } catch {
      return;
    }
    if (response.errors !== undefined || !response.data) return;
    for (const stamp of slot.operation.stamps) {
      if (!isLive(stamp.asOf, slot.variables)) continue;
      const object = response.data[stamp.field] as Record<string, unknown> | null | undefined;
      if (!object || typeof object !== 'object') continue;
      for (const key of stamp.atKeys) if (key in object) object[key] = AT_MARK;
    }
    if (this.entries.size >= MAX_ENTRIES) this.entries.delete(this.entries.keys().next().value!);
    this.entries.set(slot.key, JSON.stringify(response).split(AT_MARK_JSON));
  }

  private changed(): void {
    this.localVersion += 1;
    // Keys carry the version: what is stored under an older one can never be asked for again.
    this.entries.clear();
  }

  private async version(): Promise<string> {
    if (this.projector.projections.every((p) => this.projector.isActiveHere(p.name))) {
      return `local:${this.localVersion}`;
    }
    const rows = await this.projector.checkpoints.all(this.db.sql);
    return rows
      .map((row) => `${row.name}@${checkpointCodec.format(row.checkpoint)}`)
      .sort()
      .join(',');
  }
}
