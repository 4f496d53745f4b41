import type { DeepPartial } from '../../app/i18n/deep-partial.js';
import type zh from '../zh-CN/errors.js';

export default {
  code: {
    UNAUTHENTICATED: 'You are not logged in or your session has ended',
    FORBIDDEN: 'You are not allowed to do this',
    CONFLICT: 'Someone else changed this record. Refresh and try again',
    VALIDATION: 'Some of the input is not valid',
    NOT_FOUND: 'The record was not found',
    INVALID_STATE: 'This cannot be done in the current state',
    UNAVAILABLE: 'The service is unavailable. Please try again later',
    INTERNAL: 'Internal error. Please contact the administrator',
    UNKNOWN: 'An unknown error occurred',
  },
  reason: {
    INVALID_CREDENTIALS: 'Wrong username or password',
    USER_DISABLED: 'This account is disabled. Please contact the administrator',
    TOKEN_INVALID: 'Your session is no longer valid. Please log in again',
    REFRESH_TOKEN_INVALID: 'Your session is no longer valid. Please log in again',
    REFRESH_TOKEN_EXPIRED: 'Your session has expired. Please log in again',
    REFRESH_TOKEN_REUSED: 'This session was renewed elsewhere. Please log in again',
    CONCURRENT_CHANGE: 'Someone else changed this record. Refresh and try again',
    STORE_UNAVAILABLE: 'The data store is unavailable. Please try again later',
  },
} satisfies DeepPartial<typeof zh>;
