import { describe, expect, it } from 'vitest';
import type { DecisionContext } from '@duban/domain';
import { UnauthenticatedError } from '../../../core/errors/unauthenticated.error.js';
import { sessionDecider } from './session.decider.js';
import type { SessionCommand, SessionState } from './session.decider.js';
import type { SessionEvent } from './session.events.js';

const ctx = (now: string): DecisionContext => ({ actor: { userId: 'u1', role: 'INSPECTOR' }, now });
const started: SessionEvent = {
  type: 'SessionStarted',
  data: {
    sessionId: 's1',
    userId: 'u1',
    tokenHash: 'h1',
    expiresAt: '2025-01-08T00:00:00.000Z',
    startedAt: '2025-01-01T00:00:00.000Z',
  },
};
const refreshed: SessionEvent = {
  type: 'SessionRefreshed',
  data: {
    sessionId: 's1',
    userId: 'u1',
    tokenHash: 'h2',
    expiresAt: '2025-01-09T00:00:00.000Z',
    refreshedAt: '2025-01-02T00:00:00.000Z',
  },
};
const given = (events: SessionEvent[]): SessionState =>
  events.reduce(sessionDecider.evolve, sessionDecider.initialState());
const refusal = (
  history: SessionEvent[],
  command: SessionCommand,
  now = '2025-01-03T00:00:00.000Z',
): string => {
  try {
    sessionDecider.decide(command, given(history), ctx(now));
  } catch (error) {
    expect(error).toBeInstanceOf(UnauthenticatedError);
    return (error as UnauthenticatedError).reason;
  }
  throw new Error('expected a refusal');
};
const refresh = (presentedHash: string): SessionCommand => ({
  type: 'RefreshSession',
  data: { presentedHash, newHash: 'h3', expiresAt: '2025-01-10T00:00:00.000Z' },
});

describe('session decider', () => {
  it('replaces the token hash when the current token is exchanged', () => {
    const events = sessionDecider.decide(
      refresh('h2'),
      given([started, refreshed]),
      ctx('2025-01-03T00:00:00.000Z'),
    );
    expect(events).toEqual([
      {
        type: 'SessionRefreshed',
        data: {
          sessionId: 's1',
          userId: 'u1',
          tokenHash: 'h3',
          expiresAt: '2025-01-10T00:00:00.000Z',
          refreshedAt: '2025-01-03T00:00:00.000Z',
        },
      },
    ]);
  });

  it('ends the session when an already exchanged token comes back', () => {
    const events = sessionDecider.decide(
      refresh('h1'),
      given([started, refreshed]),
      ctx('2025-01-03T00:00:00.000Z'),
    );
    expect(events).toEqual([
      {
        type: 'SessionEnded',
        data: { sessionId: 's1', userId: 'u1', reason: 'TOKEN_REUSED', endedAt: '2025-01-03T00:00:00.000Z' },
      },
    ]);
  });

  it('refuses an unknown token, an expired session and an ended one', () => {
    expect(refusal([started], refresh('nope'))).toBe('REFRESH_TOKEN_INVALID');
    expect(refusal([], refresh('h1'))).toBe('REFRESH_TOKEN_INVALID');
    expect(refusal([started], refresh('h1'), '2025-01-08T00:00:00.000Z')).toBe('REFRESH_TOKEN_EXPIRED');
    const ended: SessionEvent = {
      type: 'SessionEnded',
      data: { sessionId: 's1', userId: 'u1', reason: 'LOGOUT', endedAt: '2025-01-02T00:00:00.000Z' },
    };
    expect(refusal([started, ended], refresh('h1'))).toBe('REFRESH_TOKEN_REVOKED');
  });

  it('ends the session on logout once, and a second logout changes nothing', () => {
    const logout: SessionCommand = { type: 'EndSession', data: { presentedHash: 'h1' } };
    const [ended] = sessionDecider.decide(logout, given([started]), ctx('2025-01-03T00:00:00.000Z'));
    expect(ended).toMatchObject({ type: 'SessionEnded', data: { reason: 'LOGOUT' } });
    expect(sessionDecider.decide(logout, given([started, ended!]), ctx('2025-01-03T00:00:00.000Z'))).toEqual(
      [],
    );
    expect(refusal([started], { type: 'EndSession', data: { presentedHash: 'other' } })).toBe(
      'REFRESH_TOKEN_INVALID',
    );
  });

  it('ends an open session as REVOKED once, and leaves an ended one as it is', () => {
    const revoke: SessionCommand = { type: 'RevokeSession', data: {} };
    const [ended] = sessionDecider.decide(revoke, given([started]), ctx('2025-01-03T00:00:00.000Z'));
    expect(ended).toEqual({
      type: 'SessionEnded',
      data: { sessionId: 's1', userId: 'u1', reason: 'REVOKED', endedAt: '2025-01-03T00:00:00.000Z' },
    });
    expect(sessionDecider.decide(revoke, given([started, ended!]), ctx('2025-01-03T00:00:00.000Z'))).toEqual(
      [],
    );
    expect(sessionDecider.decide(revoke, given([]), ctx('2025-01-03T00:00:00.000Z'))).toEqual([]);
  });

  it('remembers the token version a session started under, and 0 for sessions recorded before versions', () => {
    const withVersion = given([{ ...started, data: { ...started.data, tokenVersion: 3 } } as SessionEvent]);
    expect(withVersion).toMatchObject({ tokenVersion: 3 });
    expect(given([started])).toMatchObject({ tokenVersion: 0 });
  });
});
