/** Where the projector reports; Nest's Logger fits, tests pass a quiet one. */
export interface ProjectorLogger {
  log(message: string): void;
  warn(message: string): void;
  error(message: string, stack?: string): void;
}

export const quietLogger: ProjectorLogger = {
  log: () => undefined,
  warn: () => undefined,
  error: () => undefined,
};
