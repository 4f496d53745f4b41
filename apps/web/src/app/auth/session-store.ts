import type { Session, SessionEndReason, SessionUser } from './session.js';

const STORAGE_KEY = 'duban.session';

export interface SessionSnapshot {
  session: Session | null;
  endReason: SessionEndReason | null;
}

function readStored(storage: Storage | undefined): Session | null {
  try {
    const raw = storage?.getItem(STORAGE_KEY);
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Partial<Session>;
    if (typeof parsed.accessToken !== 'string' || typeof parsed.refreshToken !== 'string' || !parsed.user)
      return null;
    return parsed as Session;
  } catch {
    return null;
  }
}

function toUser(user: SessionUser): SessionUser {
  // Apollo results carry __typename; the stored session keeps only the contract's fields.
  return {
    id: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    unitId: user.unitId,
    unitName: user.unitName,
  };
}

/** The signed-in session, kept in localStorage so a reload stays signed in, observable from React and links. */
export class SessionStore {
  private snapshot: SessionSnapshot;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly storage: Storage | undefined = globalThis.localStorage) {
    this.snapshot = { session: readStored(storage), endReason: null };
  }

  readonly getSnapshot = (): SessionSnapshot => this.snapshot;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  get session(): Session | null {
    return this.snapshot.session;
  }

  start(session: Session): void {
    const stored: Session = { ...session, user: toUser(session.user) };
    this.storage?.setItem(STORAGE_KEY, JSON.stringify(stored));
    this.emit({ session: stored, endReason: null });
  }

  end(reason: SessionEndReason): void {
    this.storage?.removeItem(STORAGE_KEY);
    this.emit({ session: null, endReason: reason });
  }

  private emit(next: SessionSnapshot): void {
    this.snapshot = next;
    for (const listener of this.listeners) listener();
  }
}
