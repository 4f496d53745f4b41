const STORAGE_KEY = 'duban.deviceTokens';

function readAll(storage: Storage | undefined): Record<string, string> {
  try {
    const parsed = JSON.parse(storage?.getItem(STORAGE_KEY) ?? '{}') as unknown;
    return typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, string>) : {};
  } catch {
    return {};
  }
}

/**
 * The device token each account's last login on this browser received. Sent with the next login, it
 * lets the account's own users in with the right password while failed guesses by others keep the
 * account locked. Kept apart from the session, so logging out does not forget the device.
 */
export function deviceTokenFor(
  username: string,
  storage: Storage | undefined = globalThis.localStorage,
): string | null {
  const token = readAll(storage)[username.trim().toLowerCase()];
  return typeof token === 'string' ? token : null;
}

export function rememberDeviceToken(
  username: string,
  token: string | null | undefined,
  storage: Storage | undefined = globalThis.localStorage,
): void {
  if (!token) return;
  const all = readAll(storage);
  all[username.trim().toLowerCase()] = token;
  storage?.setItem(STORAGE_KEY, JSON.stringify(all));
}
