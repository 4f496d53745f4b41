/** SQLSTATE codes PostgreSQL sends when it ends a session: admin shutdown, crash shutdown, cannot connect now. */
const CONNECTION_LOSS_CODES = new Set(['57P01', '57P02', '57P03', 'ECONNRESET', 'ECONNREFUSED', 'EPIPE']);

/**
 * Whether an error only says that a PostgreSQL connection was lost. Such an error can surface as an
 * 'error' event on a pooled client that no request is waiting on; the pools and the projector
 * reconnect by themselves, so it must not end the process.
 */
export const isDatabaseConnectionLoss = (error: unknown): boolean => {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && CONNECTION_LOSS_CODES.has(code)) return true;
  return typeof message === 'string' && /^Connection terminated( unexpectedly)?$/.test(message);
};
