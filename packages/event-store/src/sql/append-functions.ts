/**
 * The SQL of the append functions, shared by the migrations that define them: migration 4 and 7
 * (events as jsonb objects with the digest in hex) and migration 9 (events as positional tuples with
 * the digests beside them in a bytea, ADR 0008). A published migration's text never changes; these
 * generators produce, for the older versions, exactly the text those versions always had.
 */

/** How a version of the append functions receives its events. */
export interface EventPayload {
  /** Parameters after (p_stream, p_expected, p_mode): the events and what else travels with them. */
  readonly parameters: string;
  /** SQL of the content digest (bytea) of the event at a 0-based `index` (an SQL expression). */
  digest(index: string): string;
  /** The chain function's parameter carrying the digests, and how many events it holds. */
  readonly chainParameter: string;
  readonly chainArgument: string;
  readonly chainCount: string;
  /** SQL of a payload element `n.ev`'s event id (uuid), type, data and metadata. */
  readonly id: string;
  readonly type: string;
  readonly data: string;
  readonly metadata: string;
}

/** Migration 7: `{"id", "type", "data", "metadata", "c"}` objects, `c` the digest in hex. */
export const objectPayload: EventPayload = {
  parameters: 'p_events jsonb',
  digest: (index) => `decode(p_events->(${index})->>'c', 'hex')`,
  chainParameter: 'p_events jsonb',
  chainArgument: 'p_events',
  chainCount: 'jsonb_array_length(p_events)',
  id: "(n.ev->>'id')::uuid",
  type: "n.ev->>'type'",
  data: "n.ev->'data'",
  metadata: "n.ev->'metadata'",
};

/** Migration 9: `[id, type, data, metadata]` tuples, the digests 32 bytes each in `p_digests`. */
export const tuplePayload: EventPayload = {
  parameters: 'p_events jsonb, p_digests bytea',
  digest: (index) => `substr(p_digests, (${index}) * 32 + 1, 32)`,
  chainParameter: 'p_digests bytea',
  chainArgument: 'p_digests',
  chainCount: 'length(p_digests) / 32',
  id: '(n.ev->>0)::uuid',
  type: 'n.ev->>1',
  data: 'n.ev->2',
  metadata: 'n.ev->3',
};

const zero = `'\\x${'0'.repeat(64)}'::bytea`;

/**
 * What the ids already stored mean after a refused compare-and-set or a unique violation: a retry
 * of an earlier append, a version conflict, ids used elsewhere, or (nothing stored) run again.
 */
export function retryStatusFunction(s: string, name: string, id: string): string {
  return `
        create or replace function ${s}.${name}(
          p_stream text, p_expected bigint, p_mode text, p_events jsonb
        ) returns table (status text, stream_version bigint, transaction_id xid8, global_position bigint)
        language plpgsql set enable_seqscan = off as $fn$
        declare
          v_count int := jsonb_array_length(p_events);
          v_found int;
          v_lo bigint;
          v_hi bigint;
          v_same_stream boolean;
          v_last_position bigint;
          v_last_tx xid8;
          v_version bigint;
        begin
          select count(e.event_id), min(e.stream_position - n.o), max(e.stream_position - n.o),
                 bool_and(e.stream_id = p_stream), max(e.global_position), max(e.transaction_id)
            into v_found, v_lo, v_hi, v_same_stream, v_last_position, v_last_tx
            from jsonb_array_elements(p_events) with ordinality as n(ev, o)
            left join ${s}.events e on e.event_id = ${id};
          select st.version into v_version from ${s}.streams st where st.stream_id = p_stream;
          if v_found = 0 then
            -- Nothing of this batch is stored: a plain version conflict, or (after a unique
            -- violation) the other append rolled back and this one may simply run again.
            return query select (case when p_mode in ('exact', 'no_stream') then 'conflict' else 'retry' end)::text,
              coalesce(v_version, -1), null::xid8, null::bigint;
            return;
          end if;
          -- A retry: every id already sits in this stream, in order, at consecutive positions
          -- (the positions the expected version implies, when one was given).
          if v_found = v_count and v_same_stream and v_lo = v_hi then
            if (p_mode = 'exact' and v_lo <> p_expected) or (p_mode = 'no_stream' and v_lo <> -1) then
              return query select 'conflict'::text, coalesce(v_version, -1), null::xid8, null::bigint;
              return;
            end if;
            return query select 'duplicate'::text, v_lo + v_count, v_last_tx, v_last_position;
            return;
          end if;
          return query select 'id_conflict'::text, coalesce(v_version, -1), null::xid8, null::bigint;
        end
        $fn$;
`;
}

export interface AppendFunctionNames {
  append: string;
  chain: string;
  retryStatus: string;
}

/**
 * The chain function and the append function (hash chain with the stream head cached beside the
 * version, migration 7's design): compare-and-set of the stream row, which computes the new head,
 * then one insert of the batch with each event's hash.
 * `guard` runs first in the append (migration 9 checks the digests against the events).
 */
export function appendFunctions(
  s: string,
  names: AppendFunctionNames,
  payload: EventPayload,
  guard = '',
): string {
  const step = (prev: string, index: string, position: string) =>
    `sha256(${prev} || ${payload.digest(index)} || convert_to((${position})::text || v_suffix, 'UTF8'))`;
  // A stream whose head hash is not cached yet (rows from before the chain) reads its last event's.
  const cached = (position: string) =>
    `coalesce(st.head_hash, (select e.hash from ${s}.events e where e.stream_id = p_stream and e.stream_position = ${position}))`;
  const chain = (prev: string, base: string) =>
    `${s}.${names.chain}(${prev}, ${payload.chainArgument}, ${base}, v_suffix)`;
  const newHead = (prev: string, base: string) =>
    `case when v_count = 1 then ${step(prev, '0', base)} else (${chain(prev, base)})[v_count] end`;
  const retry = `${s}.${names.retryStatus}(p_stream, p_expected, p_mode, p_events)`;
  return `
        create or replace function ${s}.${names.chain}(p_prev bytea, ${payload.chainParameter}, p_base bigint, v_suffix text)
        returns bytea[] language plpgsql immutable as $fn$
        declare
          v_hashes bytea[] := '{}';
          v_prev bytea := p_prev;
        begin
          for i in 0 .. ${payload.chainCount} - 1 loop
            v_prev := ${step('v_prev', 'i', 'p_base + i')};
            v_hashes := v_hashes || v_prev;
          end loop;
          return v_hashes;
        end
        $fn$;

        create or replace function ${s}.${names.append}(
          p_stream text, p_expected bigint, p_mode text, ${payload.parameters}
        ) returns table (status text, stream_version bigint, transaction_id xid8, global_position bigint)
        language plpgsql set enable_seqscan = off set plan_cache_mode = force_generic_plan as $fn$
        declare
          v_count int := jsonb_array_length(p_events);
          v_version bigint;
          v_base bigint;
          v_now timestamptz := date_trunc('milliseconds', now());
          v_suffix text := E'\\n' || to_char(v_now at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || E'\\n' || p_stream;
          v_head bytea;
          v_hashes bytea[];
        begin${guard}
          if p_mode = 'exact' then
            update ${s}.streams st set version = p_expected + v_count,
                head_hash = ${newHead(cached('p_expected'), 'p_expected + 1')}
              where st.stream_id = p_stream and st.version = p_expected
              returning st.head_hash into v_head;
            if not found then
              return query select * from ${retry};
              return;
            end if;
            v_base := p_expected + 1;
          elsif p_mode = 'no_stream' then
            insert into ${s}.streams (stream_id, version, head_hash)
              values (p_stream, v_count - 1, ${newHead(zero, '0')})
              on conflict (stream_id) do nothing
              returning head_hash into v_head;
            if not found then
              return query select * from ${retry};
              return;
            end if;
            v_base := 0;
          elsif p_mode = 'stream_exists' then
            update ${s}.streams st set version = st.version + v_count,
                head_hash = ${newHead(cached('st.version'), 'st.version + 1')}
              where st.stream_id = p_stream returning st.version, st.head_hash into v_version, v_head;
            if not found then
              return query select 'conflict'::text, -1::bigint, null::xid8, null::bigint;
              return;
            end if;
            v_base := v_version - v_count + 1;
          else
            insert into ${s}.streams as st (stream_id, version, head_hash)
              values (p_stream, v_count - 1, ${newHead(zero, '0')})
              on conflict (stream_id) do update set version = st.version + v_count,
                head_hash = ${newHead(cached('st.version'), 'st.version + 1')}
              returning st.version, st.head_hash into v_version, v_head;
            v_base := v_version - v_count + 1;
          end if;

          if v_count = 1 then
            v_hashes := array[v_head];
          elsif v_base = 0 then
            v_hashes := ${chain(zero, '0')};
          else
            v_hashes := ${s}.${names.chain}(
              (select e.hash from ${s}.events e where e.stream_id = p_stream and e.stream_position = v_base - 1),
              ${payload.chainArgument}, v_base, v_suffix);
          end if;

          -- A duplicate event id raises unique_violation here and rolls the whole append back.
          insert into ${s}.events (stream_id, stream_position, event_id, type, data, metadata, recorded_at, hash)
            select p_stream, v_base + n.o - 1, ${payload.id}, ${payload.type}, ${payload.data}, ${payload.metadata},
                   v_now, v_hashes[n.o]
              from jsonb_array_elements(p_events) with ordinality as n(ev, o)
             order by n.o;
          return query select 'ok'::text, v_base + v_count - 1, pg_current_xact_id(),
            currval('${s.replace(/'/g, "''")}.events_global_position_seq'::regclass);
        end
        $fn$;
`;
}
