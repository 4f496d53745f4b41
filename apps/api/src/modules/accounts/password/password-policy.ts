import { validation } from '@duban/domain';

/** Long enough to resist guessing, short enough that hashing it cannot be used to tie up the server. */
export const PASSWORD_POLICY = { minLength: 8, maxLength: 128 } as const;

/** Refuses a password the policy does not allow, before anything is hashed or written. */
export function assertPasswordAllowed(password: string, field = 'password'): void {
  if (password.length < PASSWORD_POLICY.minLength) {
    throw validation('PASSWORD_TOO_SHORT', `${field}: at least ${PASSWORD_POLICY.minLength} characters`, {
      field,
      minLength: PASSWORD_POLICY.minLength,
    });
  }
  if (password.length > PASSWORD_POLICY.maxLength) {
    throw validation('PASSWORD_TOO_LONG', `${field}: at most ${PASSWORD_POLICY.maxLength} characters`, {
      field,
      maxLength: PASSWORD_POLICY.maxLength,
    });
  }
}
