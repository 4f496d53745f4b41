/** What `newTaskId` needs of `crypto`. */
export interface RandomSource {
  getRandomValues(array: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer>;
  randomUUID?: () => string;
}

/**
 * A random UUID (version 4). `crypto.randomUUID` exists only in secure contexts (HTTPS or
 * localhost); an office that opens the app over plain HTTP on its own network still gets one, from
 * `crypto.getRandomValues`, which every context has.
 */
export function newTaskId(random: RandomSource = crypto): string {
  if (typeof random.randomUUID === 'function') return random.randomUUID();
  const bytes = random.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * The task id an add-task dialog sends with `addTask`, one per task being added. It is chosen at the
 * first submit and sent again with every later submit until one succeeds, so a submit repeated after
 * a network error or a timeout is the same add to the API: it finishes the first or answers with the
 * task the first one added, never a second task. Any failure keeps it, since even a coded answer
 * (STALE, UNAVAILABLE) may come after the add was written. Success, or the dialog opening for another
 * task, forgets it: the next task gets a new id.
 */
export class TaskIdForAdd {
  private pending: string | null = null;

  constructor(private readonly generate: () => string = newTaskId) {}

  /** Runs one submit of the add with the pending id, choosing one first if there is none. */
  async submit<T>(send: (taskId: string) => Promise<T>): Promise<T> {
    this.pending ??= this.generate();
    const answer = await send(this.pending);
    this.pending = null;
    return answer;
  }

  /** The dialog opens for a new task. */
  forget(): void {
    this.pending = null;
  }
}
