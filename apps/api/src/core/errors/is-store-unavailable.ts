import { EventStoreUnavailableError } from '@duban/event-store';

/**
 * Whether the database behind the store did not answer (down, restarting, unreachable). By name as
 * well as class, so a second copy of the event-store package cannot hide it.
 */
export const isStoreUnavailable = (error: unknown): boolean =>
  error instanceof EventStoreUnavailableError ||
  (error as Error | null)?.name === 'EventStoreUnavailableError';
