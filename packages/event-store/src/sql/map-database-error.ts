import { EventStoreUnavailableError } from '../errors.js';

const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '53300', '53400']);

/** Turns "cannot reach the database" failures into the port's coded error; leaves others as they are. */
export function mapDatabaseError(error: unknown): unknown {
  if (!(error instanceof Error) || error instanceof EventStoreUnavailableError) return error;
  const code = (error as { code?: unknown }).code;
  const unreachable =
    (typeof code === 'string' &&
      (code.startsWith('08') || UNAVAILABLE_SQLSTATES.has(code) || /^E[A-Z]+$/.test(code))) ||
    /Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|PGlite is closed/i.test(
      error.message,
    );
  return unreachable
    ? new EventStoreUnavailableError(`Event store database unavailable: ${error.message}`, { cause: error })
    : error;
}
