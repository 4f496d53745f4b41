import type { DeepPartial } from '../../app/i18n/deep-partial.js';
import type zh from '../zh-CN/roles.js';

export default {
  SYSTEM_ADMIN: 'System administrator',
  DISTRICT_OFFICE: 'District office',
  UNIT_OFFICER: 'Unit officer',
  INSPECTOR: 'Inspector',
  LEADER: 'Leader',
} satisfies DeepPartial<typeof zh>;
