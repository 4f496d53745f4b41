import type { DeepPartial } from '../../app/i18n/deep-partial.js';
import type zh from '../zh-CN/auth.js';

export default {
  title: 'Log in',
  subtitle: 'Rule-of-law task supervision',
  username: 'Username',
  usernamePlaceholder: 'Enter your username',
  usernameRequired: 'Please enter your username',
  password: 'Password',
  passwordPlaceholder: 'Enter your password',
  passwordRequired: 'Please enter your password',
  submit: 'Log in',
  sessionExpired: 'Your session has expired. Please log in again.',
  loggedOut: 'You have logged out.',
} satisfies DeepPartial<typeof zh>;
