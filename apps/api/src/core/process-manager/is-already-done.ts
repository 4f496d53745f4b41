import { isConflict } from './retry-on-conflict.js';

/**
 * Whether a refused automatic command only means the work is done or moot: another instance won the
 * race (conflict, same event id elsewhere) or the domain says it is no longer due.
 */
export function isAlreadyDoneBy(codes: readonly string[]): (error: unknown) => boolean {
  const moot = new Set(codes);
  return (error) => {
    if (isConflict(error) || (error as Error | null)?.name === 'EventIdConflictError') return true;
    const code = (error as { code?: unknown } | null)?.code;
    return (error as Error | null)?.name === 'DomainError' && typeof code === 'string' && moot.has(code);
  };
}
