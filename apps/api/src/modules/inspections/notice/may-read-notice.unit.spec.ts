import { describe, expect, it } from 'vitest';
import type { Actor, InspectionNotice } from '@duban/domain';
import { mayReadNotice } from './may-read-notice.js';

const notice: Pick<InspectionNotice, 'content'> = {
  content: {
    inspectionKind: 'SPECIAL',
    inspectionTitle: '行政执法“三项制度”专项督察',
    periodStart: '2024-05-01',
    periodEnd: '2024-05-31',
    units: [{ unitId: 'unit-a', unitName: '区应急管理局', findings: [] }],
  },
};
const actor = (role: Actor['role'], unitId: string | null = null): Actor => ({
  userId: `u-${role}`,
  role,
  unitId,
});

describe('who may read an issued notice', () => {
  it.each(['DISTRICT_OFFICE', 'INSPECTOR', 'LEADER', 'SYSTEM_ADMIN'] as const)(
    'lets %s read any notice',
    (role) => {
      expect(mayReadNotice(actor(role), notice)).toBe(true);
    },
  );

  it('lets a unit officer read a notice that names their unit', () => {
    expect(mayReadNotice(actor('UNIT_OFFICER', 'unit-a'), notice)).toBe(true);
  });

  it('keeps a notice from a unit officer whose unit it does not name', () => {
    expect(mayReadNotice(actor('UNIT_OFFICER', 'unit-b'), notice)).toBe(false);
  });

  it('keeps a notice from a unit officer bound to no unit', () => {
    expect(mayReadNotice(actor('UNIT_OFFICER', null), notice)).toBe(false);
  });
});
