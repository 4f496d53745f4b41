import type { Checkpoint, EventStore, ReadAllEvent } from '@duban/event-store';
import { START } from '@duban/event-store';

/** The codes a refusal may carry. Anything else (INTERNAL above all) is a defect. */
export const REFUSAL_CODES: ReadonlySet<string> = new Set([
  'VALIDATION',
  'FORBIDDEN',
  'NOT_FOUND',
  'INVALID_STATE',
  'CONFLICT',
  'UNAUTHENTICATED',
]);

/**
 * What an answer must never show: stack frames, source locations, error class prefixes, host paths,
 * and the words of runtime and database failures. GraphQL's own "Syntax Error:" is a refusal of
 * the request, not a leak, so it is let through.
 */
export const LEAK_PATTERNS: readonly RegExp[] = [
  /\n\s+at /,
  /\bat [\w$.<>]+ \([^)]*:\d+:\d+\)/,
  /\bat (?:async )?(?:file:\/\/|node:|\/[\w.-]+\/)/,
  /\.(?:ts|js|mjs|cjs):\d+/,
  /\b(?:Type|Range|Reference|Syntax|Eval|URI|Aggregate|Domain|Concurrency|Internal)Error\b/,
  /(?<!Syntax )\bError:/,
  /node_modules/,
  /\/(?:work|home|root|usr|opt|var)\//,
  /Cannot read propert|is not a function|is not iterable|undefined is not|Maximum call stack/,
  /syntax error at|relation "[^"]+" does not exist|duplicate key value|violates [\w ]*constraint|invalid input syntax/,
  /\bE(?:CONNREFUSED|NOENT|ACCES|PERM|ISDIR)\b/,
  /"(?:stacktrace|stack|exception)"\s*:/,
];

/** Fifty GraphQL errors of bounded messages fit well within this. */
const MAX_REFUSAL_LENGTH = 128 * 1024;

/** The first leak pattern the text matches, or null. */
export const leakIn = (text: string): RegExp | null => LEAK_PATTERNS.find((p) => p.test(text)) ?? null;

/** Follows the global log from a checkpoint, so a test sees exactly what a call appended. */
export class LogWatch {
  private at: Checkpoint = START;

  constructor(private readonly store: EventStore) {}

  /** Moves to the end of the log and returns what was appended since the last call. */
  async drain(): Promise<ReadAllEvent[]> {
    const appended: ReadAllEvent[] = [];
    for (;;) {
      const page = await this.store.readAll({ after: this.at, limit: 500 });
      if (page.length === 0) return appended;
      appended.push(...page);
      this.at = page[page.length - 1]!.checkpoint;
    }
  }
}

export interface Answer {
  status: number;
  text: string;
  body: {
    data?: Record<string, unknown> | null;
    errors?: Array<{ message: string; extensions?: any }>;
  } | null;
}

/** Posts a GraphQL request body as given (any JSON text) and keeps the raw answer. */
export async function postRaw(url: string, body: string, token?: string): Promise<Answer> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body,
  });
  const text = await response.text();
  let parsed: Answer['body'] = null;
  try {
    parsed = JSON.parse(text) as Answer['body'];
  } catch {
    parsed = null;
  }
  return { status: response.status, text, body: parsed };
}

/** How one call ended: 'OK' or the first error's code (or the HTTP status when the answer was not GraphQL). */
export type Outcome = string;

/**
 * The contract every hostile call is held to: an answer (never a dropped connection) that is either
 * a success or a refusal with a known code; no leak anywhere in the body; and a refusal appended
 * nothing. Returns the outcome for the tally; throws with the evidence otherwise.
 */
export function judge(answer: Answer, appended: readonly ReadAllEvent[], label: string): Outcome {
  const leak = leakIn(answer.text);
  const show = () => `${label}\nHTTP ${answer.status}: ${answer.text.slice(0, 1500)}`;
  if (leak) throw new Error(`the answer leaks internals (${leak}):\n${show()}`);
  if (answer.status >= 500) throw new Error(`server error:\n${show()}`);
  if (!answer.body) {
    // Refused before GraphQL (e.g. the body limit): a client error and nothing written.
    if (answer.status < 400) throw new Error(`not a GraphQL answer:\n${show()}`);
    if (appended.length > 0) throw new Error(`refused with ${answer.status} but appended:\n${show()}`);
    return `HTTP ${answer.status}`;
  }
  const errors = answer.body.errors ?? [];
  if (errors.length === 0) return 'OK';
  const codes = errors.map((error) => String(error.extensions?.code));
  // A refusal is never as large as a huge input: nothing is echoed back whole.
  if (answer.text.length > MAX_REFUSAL_LENGTH) {
    throw new Error(`a refusal of ${answer.text.length} characters:\n${show()}`);
  }
  // The change was made but the read model had not shown it within the wait: not a refusal.
  if (codes.every((code) => code === 'STALE') && appended.length > 0) return 'STALE';
  const unknown = codes.filter((code) => !REFUSAL_CODES.has(code));
  if (unknown.length > 0) throw new Error(`refused with ${unknown.join(', ')}:\n${show()}`);
  const data = answer.body.data;
  const anyData = data && Object.values(data).some((value) => value !== null);
  if (!anyData && appended.length > 0) {
    throw new Error(
      `refused (${codes.join(', ')}) yet appended ${appended.map((e) => `${e.streamId}:${e.type}`).join(', ')}:\n${show()}`,
    );
  }
  return codes[0]!;
}

/** Shortens long strings and lists, so a counterexample of a mega-byte reads in a line. */
const compact = (value: unknown): string =>
  JSON.stringify(value, (_key, inner: unknown) => {
    if (typeof inner === 'string' && inner.length > 120)
      return `${inner.slice(0, 60)}…(${inner.length} chars)`;
    if (Array.isArray(inner) && inner.length > 12) return [...inner.slice(0, 3), `…(${inner.length} items)`];
    return inner;
  }).slice(0, 4000);

/**
 * fast-check options for properties over a live server: stop at the first failure (shrinking would
 * replay mega-byte requests against state the failure already changed) and report it compactly.
 */
export const liveRun = <T>(numRuns: number): import('fast-check').Parameters<T> => ({
  numRuns,
  endOnFailure: true,
  asyncReporter: async (details) => {
    if (!details.failed) return;
    const cause =
      details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
    throw new Error(
      `failed after ${details.numRuns} run(s), seed ${details.seed}, path "${details.counterexamplePath}"\n${cause}\ncounterexample: ${compact(details.counterexample)}`,
    );
  },
});
