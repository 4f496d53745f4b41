import { appendFunctions, objectPayload, retryStatusFunction, tuplePayload } from './append-functions.js';
import { quoteIdent } from './quote-ident.js';

export interface Migration {
  version: number;
  name: string;
  sql(schema: string): string;
}

/**
 * The event store's schema, identical for PGlite and PostgreSQL. Applied in order by `migrate`;
 * a published migration never changes: a change is a new version.
 */
export const migrations: readonly Migration[] = [
  {
    version: 1,
    name: 'streams and events',
    sql: (schema) => {
      const s = quoteIdent(schema);
      return `
        create table ${s}.streams (
          stream_id text primary key,
          version bigint not null
        );
        create table ${s}.events (
          global_position bigserial not null,
          stream_id text not null,
          stream_position bigint not null,
          event_id uuid not null unique,
          type text not null,
          data jsonb not null,
          metadata jsonb not null,
          recorded_at timestamptz not null default date_trunc('milliseconds', now()),
          transaction_id xid8 not null default pg_current_xact_id(),
          primary key (stream_id, stream_position)
        );
        create index events_transaction_order on ${s}.events (transaction_id, global_position);
      `;
    },
  },
  {
    version: 2,
    name: 'append function',
    // One statement per append: the retry check, the compare-and-set of the stream's version and the
    // insert of the batch all run server-side, so an append costs one round trip.
    sql: (schema) => {
      const s = quoteIdent(schema);
      return `
        create or replace function ${s}.append_events(
          p_stream text, p_expected bigint, p_mode text, p_events jsonb
        ) returns table (status text, stream_version bigint, transaction_id xid8, global_position bigint)
        language plpgsql as $fn$
        declare
          v_count int := jsonb_array_length(p_events);
          v_found int;
          v_lo bigint;
          v_hi bigint;
          v_same_stream boolean;
          v_last_position bigint;
          v_last_tx xid8;
          v_version bigint;
          v_base bigint;
        begin
          -- A retry stores nothing: every id already sits in this stream, in order, at consecutive positions.
          select count(e.event_id), min(e.stream_position - n.o), max(e.stream_position - n.o),
                 bool_and(e.stream_id = p_stream), max(e.global_position), max(e.transaction_id)
            into v_found, v_lo, v_hi, v_same_stream, v_last_position, v_last_tx
            from jsonb_array_elements(p_events) with ordinality as n(ev, o)
            left join ${s}.events e on e.event_id = (n.ev->>'id')::uuid;
          if v_found > 0 then
            if v_found = v_count and v_same_stream and v_lo = v_hi then
              if (p_mode = 'exact' and v_lo <> p_expected) or (p_mode = 'no_stream' and v_lo <> -1) then
                select st.version into v_version from ${s}.streams st where st.stream_id = p_stream;
                return query select 'conflict'::text, coalesce(v_version, -1), null::xid8, null::bigint;
                return;
              end if;
              return query select 'duplicate'::text, v_lo + v_count, v_last_tx, v_last_position;
              return;
            end if;
            return query select 'id_conflict'::text, null::bigint, null::xid8, null::bigint;
            return;
          end if;

          if p_mode = 'exact' then
            update ${s}.streams st set version = p_expected + v_count
              where st.stream_id = p_stream and st.version = p_expected;
            if not found then
              select st.version into v_version from ${s}.streams st where st.stream_id = p_stream;
              return query select 'conflict'::text, coalesce(v_version, -1), null::xid8, null::bigint;
              return;
            end if;
            v_base := p_expected + 1;
          elsif p_mode = 'no_stream' then
            insert into ${s}.streams (stream_id, version) values (p_stream, v_count - 1)
              on conflict (stream_id) do nothing;
            if not found then
              select st.version into v_version from ${s}.streams st where st.stream_id = p_stream;
              return query select 'conflict'::text, coalesce(v_version, -1), null::xid8, null::bigint;
              return;
            end if;
            v_base := 0;
          elsif p_mode = 'stream_exists' then
            update ${s}.streams st set version = st.version + v_count
              where st.stream_id = p_stream returning st.version into v_version;
            if not found then
              return query select 'conflict'::text, -1::bigint, null::xid8, null::bigint;
              return;
            end if;
            v_base := v_version - v_count + 1;
          else
            insert into ${s}.streams as st (stream_id, version) values (p_stream, v_count - 1)
              on conflict (stream_id) do update set version = st.version + v_count
              returning st.version into v_version;
            v_base := v_version - v_count + 1;
          end if;

          insert into ${s}.events (stream_id, stream_position, event_id, type, data, metadata)
            select p_stream, v_base + n.o - 1, (n.ev->>'id')::uuid, n.ev->>'type', n.ev->'data', n.ev->'metadata'
              from jsonb_array_elements(p_events) with ordinality as n(ev, o)
             order by n.o;
          return query select 'ok'::text, v_base + v_count - 1, pg_current_xact_id(),
            currval('${s.replace(/'/g, "''")}.events_global_position_seq'::regclass);
        end
        $fn$;
      `;
    },
  },
  {
    version: 3,
    name: 'append function plans with indexes',
    // The function's plans are cached per connection, often while the tables are still nearly empty;
    // a sequential-scan plan chosen then stays as the tables grow and makes every append scan them.
    // Every lookup in the function has an index, so plan with indexes only.
    sql: (schema) =>
      `alter function ${quoteIdent(schema)}.append_events(text, bigint, text, jsonb) set enable_seqscan = off`,
  },
  {
    version: 4,
    name: 'append without a lookup on the common path',
    // Looking every id up before each append doubled its cost. Now the common path is the
    // compare-and-set and the insert; retries are recognised only when something fails: the
    // compare-and-set (exact / no_stream) inside the function, the unique index on event_id
    // (any / stream_exists, or ids stored elsewhere) by the adapter calling append_retry_status.
    sql: (schema) => {
      const s = quoteIdent(schema);
      return `${retryStatusFunction(s, 'append_retry_status', "(n.ev->>'id')::uuid")}
        create or replace function ${s}.append_events(
          p_stream text, p_expected bigint, p_mode text, p_events jsonb
        ) returns table (status text, stream_version bigint, transaction_id xid8, global_position bigint)
        language plpgsql set enable_seqscan = off as $fn$
        declare
          v_count int := jsonb_array_length(p_events);
          v_version bigint;
          v_base bigint;
        begin
          if p_mode = 'exact' then
            update ${s}.streams st set version = p_expected + v_count
              where st.stream_id = p_stream and st.version = p_expected;
            if not found then
              return query select * from ${s}.append_retry_status(p_stream, p_expected, p_mode, p_events);
              return;
            end if;
            v_base := p_expected + 1;
          elsif p_mode = 'no_stream' then
            insert into ${s}.streams (stream_id, version) values (p_stream, v_count - 1)
              on conflict (stream_id) do nothing;
            if not found then
              return query select * from ${s}.append_retry_status(p_stream, p_expected, p_mode, p_events);
              return;
            end if;
            v_base := 0;
          elsif p_mode = 'stream_exists' then
            update ${s}.streams st set version = st.version + v_count
              where st.stream_id = p_stream returning st.version into v_version;
            if not found then
              return query select 'conflict'::text, -1::bigint, null::xid8, null::bigint;
              return;
            end if;
            v_base := v_version - v_count + 1;
          else
            insert into ${s}.streams as st (stream_id, version) values (p_stream, v_count - 1)
              on conflict (stream_id) do update set version = st.version + v_count
              returning st.version into v_version;
            v_base := v_version - v_count + 1;
          end if;

          -- A duplicate event id raises unique_violation here and rolls the whole append back.
          insert into ${s}.events (stream_id, stream_position, event_id, type, data, metadata)
            select p_stream, v_base + n.o - 1, (n.ev->>'id')::uuid, n.ev->>'type', n.ev->'data', n.ev->'metadata'
              from jsonb_array_elements(p_events) with ordinality as n(ev, o)
             order by n.o;
          return query select 'ok'::text, v_base + v_count - 1, pg_current_xact_id(),
            currval('${s.replace(/'/g, "''")}.events_global_position_seq'::regclass);
        end
        $fn$;
      `;
    },
  },
  {
    version: 5,
    name: 'hash chain',
    // Tamper evidence: every event carries sha256(previous hash in its stream ‖ content digest ‖
    // position, recorded time, stream id); see src/integrity/event-hash.ts for the exact bytes. The
    // caller sends each event's content digest ("c", computed in Node from canonical JSON, which jsonb
    // cannot reproduce); the function reads the previous hash after the compare-and-set has locked
    // the stream row, so the chain has no forks, and runs the short chain step with the built-in
    // sha256(). Rows written before this migration are hashed by init() (the partial index finds them).
    sql: (schema) => {
      const s = quoteIdent(schema);
      return `
        alter table ${s}.events add column hash bytea;
        create index events_unhashed on ${s}.events (stream_id, stream_position) where hash is null;

        create or replace function ${s}.append_events(
          p_stream text, p_expected bigint, p_mode text, p_events jsonb
        ) returns table (status text, stream_version bigint, transaction_id xid8, global_position bigint)
        language plpgsql set enable_seqscan = off as $fn$
        declare
          v_count int := jsonb_array_length(p_events);
          v_version bigint;
          v_base bigint;
          v_now timestamptz := date_trunc('milliseconds', now());
          v_suffix text;
          v_prev bytea;
          v_hashes bytea[] := '{}';
        begin
          if p_mode = 'exact' then
            update ${s}.streams st set version = p_expected + v_count
              where st.stream_id = p_stream and st.version = p_expected;
            if not found then
              return query select * from ${s}.append_retry_status(p_stream, p_expected, p_mode, p_events);
              return;
            end if;
            v_base := p_expected + 1;
          elsif p_mode = 'no_stream' then
            insert into ${s}.streams (stream_id, version) values (p_stream, v_count - 1)
              on conflict (stream_id) do nothing;
            if not found then
              return query select * from ${s}.append_retry_status(p_stream, p_expected, p_mode, p_events);
              return;
            end if;
            v_base := 0;
          elsif p_mode = 'stream_exists' then
            update ${s}.streams st set version = st.version + v_count
              where st.stream_id = p_stream returning st.version into v_version;
            if not found then
              return query select 'conflict'::text, -1::bigint, null::xid8, null::bigint;
              return;
            end if;
            v_base := v_version - v_count + 1;
          else
            insert into ${s}.streams as st (stream_id, version) values (p_stream, v_count - 1)
              on conflict (stream_id) do update set version = st.version + v_count
              returning st.version into v_version;
            v_base := v_version - v_count + 1;
          end if;

          if v_base = 0 then
            v_prev := '\\x0000000000000000000000000000000000000000000000000000000000000000'::bytea;
          else
            select e.hash into v_prev from ${s}.events e
              where e.stream_id = p_stream and e.stream_position = v_base - 1;
          end if;
          v_suffix := E'\\n' || to_char(v_now at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') || E'\\n' || p_stream;
          for i in 0 .. v_count - 1 loop
            v_prev := sha256(v_prev || decode(p_events->i->>'c', 'hex') || convert_to((v_base + i)::text || v_suffix, 'UTF8'));
            v_hashes := v_hashes || v_prev;
          end loop;

          -- A duplicate event id raises unique_violation here and rolls the whole append back.
          insert into ${s}.events (stream_id, stream_position, event_id, type, data, metadata, recorded_at, hash)
            select p_stream, v_base + n.o - 1, (n.ev->>'id')::uuid, n.ev->>'type', n.ev->'data', n.ev->'metadata',
                   v_now, v_hashes[n.o]
              from jsonb_array_elements(p_events) with ordinality as n(ev, o)
             order by n.o;
          return query select 'ok'::text, v_base + v_count - 1, pg_current_xact_id(),
            currval('${s.replace(/'/g, "''")}.events_global_position_seq'::regclass);
        end
        $fn$;
      `;
    },
  },
  {
    version: 6,
    name: 'hash backfill limited to events older than the chain',
    // init() hashes rows left without a hash, but only rows stored before the chain existed: a hash
    // removed later must stay missing (verifyLog reports it), or removing the hash of an altered
    // row and restarting would launder the change. This row marks how far the old rows go; init()
    // deletes it once they are hashed.
    sql: (schema) => {
      const s = quoteIdent(schema);
      return `
        create table ${s}.hash_backfill (until_position bigint not null);
        insert into ${s}.hash_backfill (until_position)
          select max(global_position) from ${s}.events where hash is null having count(*) > 0;
      `;
    },
  },
  {
    version: 7,
    name: 'stream head hash beside the version',
    // Measured: reading the previous event's hash and looping over the batch cost PGlite about 18% of
    // its append rate. The stream row, which the compare-and-set updates anyway, now keeps the head
    // hash: the same UPDATE computes the new head from the old one, so a one-event append (the common
    // case) needs no lookup and no loop. Longer batches still read the previous event's hash to fill
    // their rows. The column is a cache: verifyLog recomputes every chain from the events.
    // The function forces generic plans: with the CASE and the fallback subqueries the planner kept
    // choosing custom plans, re-planning the UPDATE on every call (measured: a third of PGlite's
    // append rate). Every statement here is a key lookup, for which the generic plan is the best.
    sql: (schema) => {
      const s = quoteIdent(schema);
      return `
        alter table ${s}.streams add column head_hash bytea;
        update ${s}.streams st set head_hash = e.hash
          from ${s}.events e where e.stream_id = st.stream_id and e.stream_position = st.version;
${appendFunctions(s, { append: 'append_events', chain: 'chain_hashes', retryStatus: 'append_retry_status' }, objectPayload)}      `;
    },
  },
  {
    version: 8,
    name: 'group append',
    // Group commit (ADR 0007): appends that arrive while the adapter's connections are busy go to the
    // server together, one round trip and one commit for all. Each runs exactly as it would alone, in
    // the order given, and answers with its own row (ordinal `n`), so a conflict in one refuses only
    // that one. An error (a duplicate event id raises unique_violation) rolls the group back; the
    // adapter then runs its members one by one.
    sql: (schema) => {
      const s = quoteIdent(schema);
      return `
        create or replace function ${s}.append_events_group(p_appends jsonb)
        returns table (n int, status text, stream_version bigint, transaction_id xid8, global_position bigint)
        language plpgsql as $fn$
        declare
          v_append jsonb;
          v_n int := 0;
        begin
          for v_append in select a from jsonb_array_elements(p_appends) as g(a) loop
            v_n := v_n + 1;
            return query select v_n, r.status, r.stream_version, r.transaction_id, r.global_position
              from ${s}.append_events(v_append->>'s', (v_append->>'e')::bigint, v_append->>'m', v_append->'ev') r;
          end loop;
        end
        $fn$;
      `;
    },
  },
  {
    version: 9,
    name: 'events as positional tuples with binary digests',
    // ADR 0008. Each event travels as the very text its content digest hashes, the JSON array
    // [id, type, data, metadata], read by position; the digests go beside the events as one bytea,
    // 32 bytes each in order, so the chain step takes a substring instead of looking a hex string up
    // by key and decoding it; the adapters send both in binary format. The database no longer parses
    // and sorts an envelope of five keys per event. Same decisions, answers and hashes as migration
    // 7's append_events, which stays for processes of the previous version during an upgrade.
    sql: (schema) => {
      const s = quoteIdent(schema);
      const guard = `
          if v_count = 0 or length(p_digests) <> v_count * 32 then
            raise exception 'append_event_tuples: % events need % digest bytes, got %',
              v_count, v_count * 32, length(p_digests) using errcode = '22023';
          end if;`;
      return `${retryStatusFunction(s, 'event_tuples_retry_status', tuplePayload.id)}${appendFunctions(
        s,
        { append: 'append_event_tuples', chain: 'chain_digests', retryStatus: 'event_tuples_retry_status' },
        tuplePayload,
        guard,
      )}
        -- Group commit (ADR 0007) for tuples: p_appends holds [stream, expected, mode, events] per
        -- append, p_digests every append's digests one after the other.
        create or replace function ${s}.append_event_tuples_group(p_appends jsonb, p_digests bytea)
        returns table (n int, status text, stream_version bigint, transaction_id xid8, global_position bigint)
        language plpgsql as $fn$
        declare
          v_append jsonb;
          v_n int := 0;
          v_offset int := 0;
          v_count int;
        begin
          for v_append in select a from jsonb_array_elements(p_appends) as g(a) loop
            v_n := v_n + 1;
            v_count := jsonb_array_length(v_append->3);
            return query select v_n, r.status, r.stream_version, r.transaction_id, r.global_position
              from ${s}.append_event_tuples(v_append->>0, (v_append->>1)::bigint, v_append->>2, v_append->3,
                                            substr(p_digests, v_offset * 32 + 1, v_count * 32)) r;
            v_offset := v_offset + v_count;
          end loop;
          if length(p_digests) <> v_offset * 32 then
            raise exception 'append_event_tuples_group: % events need % digest bytes, got %',
              v_offset, v_offset * 32, length(p_digests) using errcode = '22023';
          end if;
        end
        $fn$;
      `;
    },
  },
];
