import type { Role } from '../shared/actor.js';
import type { UserEvent } from './user.events.js';

export type UserState =
  | { status: 'NONE' }
  | {
      status: 'ACTIVE' | 'DISABLED';
      userId: string;
      username: string;
      displayName: string;
      role: Role;
      unitId: string | null;
      passwordHash: string;
    };

export const initialUserState = (): UserState => ({ status: 'NONE' });

export const evolveUser = (state: UserState, event: UserEvent): UserState => {
  switch (event.type) {
    case 'UserRegistered': {
      const { userId, username, displayName, role, unitId, passwordHash } = event.data;
      return { status: 'ACTIVE', userId, username, displayName, role, unitId, passwordHash };
    }
    case 'UserPasswordChanged':
      return state.status === 'NONE' ? state : { ...state, passwordHash: event.data.passwordHash };
    case 'UserRoleChanged':
      return state.status === 'NONE'
        ? state
        : { ...state, role: event.data.newRole, unitId: event.data.newUnitId };
    case 'UserDisabled':
      return state.status === 'NONE' ? state : { ...state, status: 'DISABLED' };
    case 'UserEnabled':
      return state.status === 'NONE' ? state : { ...state, status: 'ACTIVE' };
    default: {
      const unexpected: never = event;
      return unexpected;
    }
  }
};
