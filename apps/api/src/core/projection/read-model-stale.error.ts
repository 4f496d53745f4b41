/**
 * The read model did not reach a change within the bounded wait. Mapped to STALE: the change is
 * stored, but answering with the model as it was would show the user an outdated screen.
 */
export class ReadModelStaleError extends Error {
  constructor(
    readonly checkpoint: string,
    readonly waitedMs: number,
    readonly behind: string[],
    message = `The change is saved, but the read model has not caught up within ${waitedMs} ms; reload shortly`,
  ) {
    super(message);
    this.name = 'ReadModelStaleError';
  }
}
