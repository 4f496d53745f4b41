import auth from './auth.js';
import common from './common.js';
import dashboard from './dashboard.js';
import errors from './errors.js';
import exception from './exception.js';
import layout from './layout.js';
import menu from './menu.js';
import roles from './roles.js';
import pageStates from './page-states.js';

// The shell's texts, in the entry; features register their own namespaces (see ../namespaces/). Its
// shape, with those namespaces (full-catalogue.ts), is the catalogue every other locale follows.
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
};
