import { Inject, Injectable } from '@nestjs/common';
import type { EventStore, ReadAllEvent, SqlEventStore } from '@duban/event-store';
import { EVENT_STORE } from '../../core/event-store/event-store.token.js';
import { EVERY_EVENT, foldInMemory } from '../../core/projection/document-projection.js';
import type { FoldSpec } from '../../core/projection/document-projection.js';
import { occurredAt } from '../../core/projection/event-time.js';
import { MemoryFoldStore } from '../../core/projection/fold-store.js';
import { ident } from '../../core/projection/read-table.js';
import { findingsProjection } from '../findings/projections/findings.projection.js';
import { inspectionsProjection } from '../inspections/projections/inspections.projection.js';
import { taskListsProjection } from '../task-lists/projections/task-lists.projection.js';
import { tasksProjection } from '../tasks/projections/tasks.projection.js';
import { unitsProjection } from '../units/projections/units.projection.js';

/** What progress figures are computed from. */
export const PROGRESS_SOURCES: readonly FoldSpec[] = [
  unitsProjection,
  taskListsProjection,
  tasksProjection,
  findingsProjection,
  // An unlinked finding counts for the year its inspection declares.
  inspectionsProjection,
];

/** Events per read while replaying: few round trips, bounded memory per page. */
const PAGE = 10_000;

const DAY_MS = 86_400_000;

const isSqlStore = (store: EventStore): store is SqlEventStore =>
  typeof (store as Partial<SqlEventStore>).sql?.query === 'function' &&
  typeof (store as Partial<SqlEventStore>).schema === 'string';

interface ReplayRow {
  keep: boolean;
  transaction_id: string;
  global_position: string;
  stream_id: string;
  stream_position: string;
  event_id: string;
  type: string;
  data: unknown;
  metadata: ReadAllEvent['metadata'];
  recorded_at: string;
}

/**
 * "As of" answers: replays the log up to a time through the same folds the projector uses, into
 * memory, so a past answer is computed exactly like the live one. An event counts when it happened
 * (the time its command was decided) at or before `asOf`.
 */
@Injectable()
export class AsOfReplay {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /**
   * The documents progress is computed from, as they stood at `asOf`, folded in memory. Timelines and
   * other log rows are not built: nobody reads them here.
   */
  async all(asOf: Date, specs: readonly FoldSpec[] = PROGRESS_SOURCES): Promise<MemoryFoldStore> {
    const limit = asOf.getTime();
    const types = new Set(
      specs.flatMap((spec) => {
        // A fold of every event (the audit log) has nothing to say about a past figure.
        if (spec.handles === EVERY_EVENT) throw new Error(`${spec.name}: not a source of as-of answers`);
        return [...spec.handles];
      }),
    );
    const folded = new MemoryFoldStore(false);
    const store = this.store;
    const read = (after: ReadAllEvent['checkpoint'] | undefined) => {
      const page = isSqlStore(store)
        ? this.readSql(store, after, types, asOf)
        : store.readAll({ ...(after ? { after } : {}), limit: PAGE });
      // Awaited later; a failure meanwhile (a fold throwing first) must not go unhandled.
      page.catch(() => undefined);
      return page;
    };
    // The next page is read while this one is folded.
    let next: Promise<ReadAllEvent[]> | null = read(undefined);
    while (next) {
      const page: ReadAllEvent[] = await next;
      next = page.length === PAGE ? read(page[page.length - 1]!.checkpoint) : null;
      foldInMemory(
        specs,
        page.filter((e) => types.has(e.type) && Date.parse(occurredAt(e)) <= limit),
        folded,
      );
    }
    return folded;
  }

  /**
   * A page of the log as `readAll` would give it, without the documents of events the replay would
   * drop anyway: other event types, and events that certainly happened after `asOf`. Certainly: a
   * decision time counts only when it is an ISO date more than two days after `asOf`'s date (no
   * offset moves an instant that far), a commit time when it is a second past; the exact comparison
   * stays with the caller. Dropped events come back as bare positions, so the page is cut in log order
   * by the index (a filter in the same query makes the planner sort the whole log for every page).
   * Of the metadata only the decision time comes back: the figures' folds read nothing else of it
   * (timelines, which name the actor, are not built here), and parsing less is most of the saving.
   */
  private async readSql(
    store: SqlEventStore,
    after: ReadAllEvent['checkpoint'] | undefined,
    types: ReadonlySet<string>,
    asOf: Date,
  ): Promise<ReadAllEvent[]> {
    const cutDate = new Date(asOf.getTime() + 2 * DAY_MS).toISOString().slice(0, 10);
    const { rows } = await store.sql.query<ReplayRow>(
      `select x.transaction_id, x.global_position, x.type, x.keep,
              case when x.keep then x.stream_id end as stream_id,
              case when x.keep then x.stream_position end as stream_position,
              case when x.keep then x.event_id end as event_id,
              case when x.keep then x.data end as data,
              case when x.keep then jsonb_build_object('recordedAt', x.metadata->'recordedAt') end as metadata,
              case when x.keep then to_char(x.recorded_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') end as recorded_at
         from (select e.transaction_id::text as transaction_id, e.global_position::text as global_position,
                      e.stream_id, e.stream_position::text as stream_position, e.event_id::text as event_id,
                      e.type, e.data, e.metadata, e.recorded_at,
                      e.type = any($3::text[]) and not coalesce(
                        case when jsonb_typeof(e.metadata->'recordedAt') = 'string'
                          then e.metadata->>'recordedAt' ~ '^[0-9]{4}-[0-9]{2}-[0-9]{2}'
                            and left(e.metadata->>'recordedAt', 10) collate "C" > $5
                          else e.recorded_at > $6::timestamptz + interval '1 second' end, false) as keep
                 from ${ident(store.schema)}.events e
                where (e.transaction_id, e.global_position) > ($1::text::xid8, $2::bigint)
                  and e.transaction_id < pg_snapshot_xmin(pg_current_snapshot())
                order by e.transaction_id, e.global_position
                limit $4) x`,
      [
        (after?.transactionId ?? 0n).toString(),
        (after?.globalPosition ?? 0n).toString(),
        [...types],
        PAGE,
        cutDate,
        asOf.toISOString(),
      ],
    );
    return rows.map((row) => ({
      id: row.event_id,
      streamId: row.stream_id,
      streamPosition: Number(row.stream_position),
      globalPosition: BigInt(row.global_position),
      // A dropped event keeps its place for paging and is skipped by its type.
      type: row.keep ? row.type : '',
      data: row.data,
      metadata: row.metadata,
      recordedAt: row.recorded_at,
      checkpoint: { transactionId: BigInt(row.transaction_id), globalPosition: BigInt(row.global_position) },
    }));
  }

  /** One stream (a task, a finding) as it stood at `asOf`, with the units of that time. */
  async stream(streamId: string, asOf: Date, specs: readonly FoldSpec[]): Promise<MemoryFoldStore> {
    const limit = asOf.getTime();
    const events = (await this.store.readStream(streamId)).filter((e) => Date.parse(occurredAt(e)) <= limit);
    return foldInMemory(specs, events as ReadAllEvent[]);
  }
}
