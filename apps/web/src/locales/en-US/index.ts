import type { DeepPartial } from '../../app/i18n/deep-partial.js';
import type zh from '../zh-CN/index.js';
import auth from './auth.js';
import common from './common.js';
import dashboard from './dashboard.js';
import errors from './errors.js';
import exception from './exception.js';
import layout from './layout.js';
import menu from './menu.js';
import roles from './roles.js';
import pageStates from './page-states.js';

// A key missing here falls back to zh-CN at run time; the unit tests keep the catalogue complete.
export default {
  auth,
  common,
  dashboard,
  errors,
  exception,
  layout,
  menu,
  roles,
  pageStates,
} satisfies DeepPartial<typeof zh>;
