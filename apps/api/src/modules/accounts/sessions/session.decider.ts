import type { DecisionContext } from '@duban/domain';
import { UnauthenticatedError } from '../../../core/errors/unauthenticated.error.js';
import type { SessionEvent } from './session.events.js';

export type SessionState =
  | { status: 'NONE' }
  | {
      status: 'OPEN' | 'ENDED';
      sessionId: string;
      userId: string;
      tokenHash: string;
      /** Hashes of tokens already exchanged: seeing one again means the token was copied. */
      spentHashes: string[];
      expiresAt: string;
      /** Sessions recorded before versions existed count as version 0. */
      tokenVersion: number;
    };

export type SessionCommand =
  | {
      type: 'StartSession';
      data: { sessionId: string; userId: string; tokenHash: string; expiresAt: string; tokenVersion: number };
    }
  | { type: 'RefreshSession'; data: { presentedHash: string; newHash: string; expiresAt: string } }
  | { type: 'EndSession'; data: { presentedHash: string } }
  | { type: 'RevokeSession'; data: Record<string, never> };

const refused = (reason: string, message: string) => new UnauthenticatedError(reason, message);

export const sessionDecider = {
  initialState: (): SessionState => ({ status: 'NONE' }),

  evolve(state: SessionState, event: SessionEvent): SessionState {
    switch (event.type) {
      case 'SessionStarted':
        return { status: 'OPEN', spentHashes: [], tokenVersion: 0, ...event.data };
      case 'SessionRefreshed':
        return state.status === 'NONE'
          ? state
          : {
              ...state,
              spentHashes: [...state.spentHashes, state.tokenHash],
              tokenHash: event.data.tokenHash,
              expiresAt: event.data.expiresAt,
            };
      case 'SessionEnded':
        return state.status === 'NONE' ? state : { ...state, status: 'ENDED' };
      default: {
        const unexpected: never = event;
        return unexpected;
      }
    }
  },

  decide(command: SessionCommand, state: SessionState, ctx: DecisionContext): SessionEvent[] {
    switch (command.type) {
      case 'StartSession':
        if (state.status !== 'NONE') throw refused('SESSION_EXISTS', 'This session already exists');
        return [{ type: 'SessionStarted', data: { ...command.data, startedAt: ctx.now } }];
      case 'RefreshSession': {
        if (state.status === 'NONE') throw refused('REFRESH_TOKEN_INVALID', 'The refresh token is not valid');
        if (state.status === 'ENDED') throw refused('REFRESH_TOKEN_REVOKED', 'This session has ended');
        const { sessionId, userId } = state;
        if (state.spentHashes.includes(command.data.presentedHash)) {
          return [
            { type: 'SessionEnded', data: { sessionId, userId, reason: 'TOKEN_REUSED', endedAt: ctx.now } },
          ];
        }
        if (state.tokenHash !== command.data.presentedHash) {
          throw refused('REFRESH_TOKEN_INVALID', 'The refresh token is not valid');
        }
        if (Date.parse(state.expiresAt) <= Date.parse(ctx.now)) {
          throw refused('REFRESH_TOKEN_EXPIRED', 'The refresh token has expired');
        }
        const { newHash, expiresAt } = command.data;
        return [
          {
            type: 'SessionRefreshed',
            data: { sessionId, userId, tokenHash: newHash, expiresAt, refreshedAt: ctx.now },
          },
        ];
      }
      case 'EndSession':
        if (state.status === 'NONE') throw refused('REFRESH_TOKEN_INVALID', 'The refresh token is not valid');
        if (
          state.tokenHash !== command.data.presentedHash &&
          !state.spentHashes.includes(command.data.presentedHash)
        ) {
          throw refused('REFRESH_TOKEN_INVALID', 'The refresh token is not valid');
        }
        if (state.status === 'ENDED') return [];
        return [
          {
            type: 'SessionEnded',
            data: { sessionId: state.sessionId, userId: state.userId, reason: 'LOGOUT', endedAt: ctx.now },
          },
        ];
      case 'RevokeSession':
        if (state.status !== 'OPEN') return [];
        return [
          {
            type: 'SessionEnded',
            data: { sessionId: state.sessionId, userId: state.userId, reason: 'REVOKED', endedAt: ctx.now },
          },
        ];
      default: {
        const unexpected: never = command;
        return unexpected;
      }
    }
  },
};
