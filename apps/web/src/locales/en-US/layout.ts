import type { DeepPartial } from '../../app/i18n/deep-partial.js';
import type zh from '../zh-CN/layout.js';

export default {
  language: 'Language',
  openMenu: 'Open the menu',
  logout: 'Log out',
  userMenu: 'User menu',
  collapseMenu: 'Collapse menu',
  expandMenu: 'Expand menu',
  noUnit: 'No unit',
} satisfies DeepPartial<typeof zh>;
