import { validation } from '@duban/domain';
import {
  PASSWORD_RULES,
  brokenPasswordRules,
  describePasswordRule,
} from '../../../core/security/password-rules.js';

/** Long enough to resist guessing, short enough that hashing it cannot be used to tie up the server. */
export const PASSWORD_POLICY = PASSWORD_RULES;

/**
 * Refuses a password the policy does not allow, before anything is hashed or written. A weak one is
 * refused as PASSWORD_TOO_WEAK naming every rule it breaks, so a form can show them all at once.
 */
export function assertPasswordAllowed(password: string, username: string | null, field = 'password'): void {
  if (password.length > PASSWORD_RULES.maxLength) {
    throw validation('PASSWORD_TOO_LONG', `${field}: at most ${PASSWORD_RULES.maxLength} characters`, {
      field,
      maxLength: PASSWORD_RULES.maxLength,
    });
  }
  const failedRules = brokenPasswordRules(password, username);
  if (failedRules.length > 0) {
    throw validation(
      'PASSWORD_TOO_WEAK',
      `${field}: must have ${failedRules.map(describePasswordRule).join('; ')}`,
      {
        field,
        failedRules,
        minLength: PASSWORD_RULES.minLength,
        minClasses: PASSWORD_RULES.minClasses,
      },
    );
  }
}
