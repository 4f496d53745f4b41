/**
 * The password policy as data, shared by account commands and the start-up check of
 * DUBAN_ADMIN_PASSWORD. Length matters most; the class rule only stops the laziest choices, and the
 * list stops the passwords every guessing tool tries first.
 */
export const PASSWORD_RULES = { minLength: 10, maxLength: 128, minClasses: 3 } as const;

/** Why a password was refused; several can apply at once and all are reported. */
export type PasswordRule = 'MIN_LENGTH' | 'CHARACTER_CLASSES' | 'SAME_AS_USERNAME' | 'COMMON_PASSWORD';

/**
 * Passwords that meet the length and class rules and still sit at the top of every leaked list,
 * including the local favourites (拼音 of common words with a year or "@123"). Compared ignoring case.
 */
const COMMON_PASSWORDS = new Set(
  [
    'password1!',
    'password12',
    'password123',
    'password@123',
    'password#123',
    'password1234',
    'passw0rd123',
    'p@ssw0rd123',
    'p@ssword123',
    'p@ssw0rd!23',
    'admin@12345',
    'admin@123456',
    'admin12345!',
    'administrator1',
    'qwerty@1234',
    'qwerty12345!',
    'qwer1234!@#$',
    '1qaz@wsx3edc',
    '1qaz2wsx#edc',
    '1q2w3e4r5t!',
    'abcd@12345',
    'abc@123456',
    'aa123456789!',
    'welcome@123',
    'welcome12345',
    'changeme123!',
    'letmein123!',
    'iloveyou123!',
    'woaini@1314',
    'woaini1314!',
    'zhangsan@123',
    'duban@12345',
    'duban@2024!',
    'duban@2025!',
    'fazhi@12345',
    'test@123456',
    'test1234567!',
    'user@123456',
  ].map((p) => p.toLowerCase()),
);

const CLASSES: readonly RegExp[] = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/];

/** Kinds of character present: lower case, upper case, digits, anything else (symbols, 汉字). */
export const characterClassesOf = (password: string): number =>
  CLASSES.filter((pattern) => pattern.test(password)).length;

/** The rules a password breaks, in a fixed order; empty when it is acceptable. */
export function brokenPasswordRules(password: string, username: string | null): PasswordRule[] {
  const broken: PasswordRule[] = [];
  if ([...password].length < PASSWORD_RULES.minLength) broken.push('MIN_LENGTH');
  if (characterClassesOf(password) < PASSWORD_RULES.minClasses) broken.push('CHARACTER_CLASSES');
  const lowered = password.toLowerCase();
  if (username !== null && username.trim() !== '' && lowered === username.trim().toLowerCase()) {
    broken.push('SAME_AS_USERNAME');
  }
  if (COMMON_PASSWORDS.has(lowered)) broken.push('COMMON_PASSWORD');
  return broken;
}

/** One line per broken rule, for people (configuration errors, error messages). */
export const describePasswordRule = (rule: PasswordRule): string =>
  ({
    MIN_LENGTH: `at least ${PASSWORD_RULES.minLength} characters`,
    CHARACTER_CLASSES: `at least ${PASSWORD_RULES.minClasses} of: lower case, upper case, digits, symbols`,
    SAME_AS_USERNAME: 'not the same as the username',
    COMMON_PASSWORD: 'not a commonly used password',
  })[rule];
