import { describe, expect, it, vi } from 'vitest';
import { SessionStore } from '../auth/session-store.js';
import { resubscribeAfterSessionEnd } from './create-lazy-ws-link.js';

const closed = (code: number, reason = '') => new Error(`Socket closed with event ${code} ${reason}`);

describe('subscriptions after the server ends a socket for its session', () => {
  const signedIn = () => {
    const store = new SessionStore(undefined);
    store.start({
      accessToken: 'old-token',
      refreshToken: 'refresh',
      user: { id: 'u1', username: 'office', displayName: '办公室', role: 'DISTRICT_OFFICE', unitId: null },
    } as never);
    return store;
  };

  it('refreshes the session and subscribes again when the access token has expired', async () => {
    const refresh = vi.fn().mockResolvedValue('refreshed');
    expect(
      await resubscribeAfterSessionEnd(closed(4401, 'access token has expired'), 1, signedIn(), refresh),
    ).toBe(true);
    expect(refresh).toHaveBeenCalledWith('old-token');
  });

  it('gives up when the session cannot be refreshed (logged out or disabled)', async () => {
    const refresh = vi.fn().mockResolvedValue('rejected');
    expect(await resubscribeAfterSessionEnd(closed(4401, 'session has ended'), 1, signedIn(), refresh)).toBe(
      false,
    );
  });

  it('leaves other errors, and a fourth attempt in a row, to fail as they are', async () => {
    const refresh = vi.fn().mockResolvedValue('refreshed');
    expect(await resubscribeAfterSessionEnd(closed(1011), 1, signedIn(), refresh)).toBe(false);
    expect(await resubscribeAfterSessionEnd(new Error('boom'), 1, signedIn(), refresh)).toBe(false);
    expect(await resubscribeAfterSessionEnd(closed(4401), 4, signedIn(), refresh)).toBe(false);
    expect(refresh).not.toHaveBeenCalled();
  });
});
