import type { DeepPartial } from '../../app/i18n/deep-partial.js';
import type zh from '../zh-CN/dashboard.js';

export default {
  title: 'Workbench',
  welcome: 'Welcome, {name}',
  role: 'Role',
  unit: 'Unit',
  username: 'Username',
  empty: 'No data yet. Tasks and inspections will be summarised here',
} satisfies DeepPartial<typeof zh>;
