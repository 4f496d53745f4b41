import pg from 'pg';
import type { CommandRecord } from './command-load.js';

export interface LoggedEvent {
  streamId: string;
  streamPosition: number;
  globalPosition: number;
  transactionId: string;
  type: string;
  data: Record<string, any>;
  correlationId: string | null;
}

export interface StoredLog {
  events: LoggedEvent[];
  /** `streams.version` per stream. */
  versions: Map<string, number>;
}

const withClient = async <T>(url: string, fn: (client: pg.Client) => Promise<T>): Promise<T> => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
};

/** The whole log and stream table, read straight from the database, not through the API. */
export async function readStoredLog(url: string, schema: string): Promise<StoredLog> {
  return withClient(url, async (client) => {
    const { rows } = await client.query(
      `select stream_id, stream_position::int as sp, global_position::text as gp, transaction_id::text as tx,
              type, data, metadata->>'correlationId' as correlation
         from "${schema}".events order by global_position`,
    );
    const streams = await client.query(`select stream_id, version::int as version from "${schema}".streams`);
    return {
      events: rows.map((r) => ({
        streamId: r.stream_id,
        streamPosition: r.sp,
        globalPosition: Number(r.gp),
        transactionId: r.tx,
        type: r.type,
        data: r.data,
        correlationId: r.correlation,
      })),
      versions: new Map(streams.rows.map((r) => [r.stream_id as string, r.version as number])),
    };
  });
}

/** Every row of every table in `schema`, sorted, as JSON text per table: two dumps compare with toEqual. */
export async function dumpSchema(url: string, schema: string): Promise<Record<string, string[]>> {
  return withClient(url, async (client) => {
    const { rows: tables } = await client.query<{ table_name: string }>(
      `select table_name from information_schema.tables where table_schema = $1 order by table_name`,
      [schema],
    );
    const dump: Record<string, string[]> = {};
    for (const { table_name: table } of tables) {
      const { rows } = await client.query<{ r: string }>(
        `select row_to_json(t)::text as r from "${schema}"."${table}" t`,
      );
      dump[table] = rows.map((row) => row.r).sort();
    }
    return dump;
  });
}

/** What an audit of acknowledged commands against the stored log found; every list should be empty. */
export interface AuditFindings {
  /** Acknowledged commands (answered, or STALE: saved but not yet shown) whose event is not in the log. */
  lost: CommandRecord[];
  /** Commands stored more than once. */
  duplicated: CommandRecord[];
  /** Commands refused with an error code whose event is in the log anyway. */
  refusedButStored: CommandRecord[];
  /** Streams whose positions are not 0..n or whose version row disagrees with them. */
  brokenStreams: string[];
  /** Issued lists with a task that is not assigned: an issue left half done. */
  halfIssuedLists: string[];
  /** Commands that got no answer (killed or timed out) and whose events are stored: done though unanswered. */
  unansweredButStored: number;
  unansweredNotStored: number;
}

const tagIn = (event: LoggedEvent): string | null => {
  const text =
    event.type === 'TaskProgressReported'
      ? event.data.narrative
      : event.type === 'TaskUrged'
        ? event.data.message
        : event.type === 'TaskListDrafted'
          ? event.data.title
          : event.type === 'TaskDrafted'
            ? event.data.title
            : null;
  const match =
    typeof text === 'string' ? /((?:report|urge|draftList|addTask)-\d+-[0-9a-f]{8})/.exec(text) : null;
  return match ? match[1]! : null;
};

/**
 * Holds the commands the load sent against the log: each acknowledged command's event is there exactly
 * once, refused ones are absent, streams are whole, and every issued list has all its tasks assigned.
 */
export function auditLog(records: readonly CommandRecord[], log: StoredLog): AuditFindings {
  const byTag = new Map<string, LoggedEvent[]>();
  const acknowledgements = new Map<string, number>();
  const assigned = new Set<string>();
  const listed = new Set<string>();
  const issuedLists = new Map<string, string[]>();
  for (const event of log.events) {
    const tag = tagIn(event);
    if (tag) byTag.set(tag, [...(byTag.get(tag) ?? []), event]);
    if (event.type === 'TaskAcknowledged') {
      const key = `${event.data.taskId}/${event.data.unitId}`;
      acknowledgements.set(key, (acknowledgements.get(key) ?? 0) + 1);
    }
    if (event.type === 'TaskAssigned') assigned.add(event.data.taskId);
    if (event.type === 'TaskAddedToList') listed.add(event.data.taskId);
    if (event.type === 'TaskListIssued') issuedLists.set(event.data.listId, event.data.taskIds ?? []);
  }
  const findings: AuditFindings = {
    lost: [],
    duplicated: [],
    refusedButStored: [],
    brokenStreams: [],
    halfIssuedLists: [],
    unansweredButStored: 0,
    unansweredNotStored: 0,
  };
  for (const record of records) {
    let stored: number;
    if (record.op === 'acknowledge') stored = acknowledgements.get(`${record.taskId}/${record.unitId}`) ?? 0;
    else if (record.op === 'issueList') stored = issuedLists.has(record.listId!) ? 1 : 0;
    else stored = byTag.get(record.tag)?.length ?? 0;
    // STALE says the change is saved and only the read model has not shown it yet.
    if (record.outcome === 'ok' || record.outcome === 'STALE') {
      // Adding a task is two appends (list membership, then the task): both must be there.
      const whole = record.op !== 'addTask' || listed.has(record.taskId!);
      if (stored === 0 || !whole) findings.lost.push(record);
      if (stored > 1) findings.duplicated.push(record);
    } else if (record.outcome === 'network' || record.outcome === 'timeout') {
      if (stored > 0) findings.unansweredButStored++;
      else findings.unansweredNotStored++;
      if (stored > 1 && record.op !== 'acknowledge') findings.duplicated.push(record);
    } else if (stored > 0 && record.op !== 'acknowledge' && record.op !== 'issueList') {
      // An acknowledgement or issue refused as already done is refused because it is stored.
      findings.refusedButStored.push(record);
    }
  }
  const positions = new Map<string, number[]>();
  for (const event of log.events)
    positions.set(event.streamId, [...(positions.get(event.streamId) ?? []), event.streamPosition]);
  for (const [streamId, list] of positions) {
    const whole = list.every((p, i) => p === i) && log.versions.get(streamId) === list.length - 1;
    if (!whole) findings.brokenStreams.push(streamId);
  }
  for (const [streamId] of log.versions) if (!positions.has(streamId)) findings.brokenStreams.push(streamId);
  for (const [listId, taskIds] of issuedLists) {
    if (taskIds.some((taskId) => !assigned.has(taskId))) findings.halfIssuedLists.push(listId);
  }
  return findings;
}
