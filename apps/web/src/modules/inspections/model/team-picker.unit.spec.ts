import { describe, expect, it } from 'vitest';
import { initialTeam, teamOptions } from './team-picker.js';

describe('the team picker of a new inspection', () => {
  it('names each inspector, with the unit when the account has one', () => {
    expect(
      teamOptions([
        { id: 'u-1', displayName: '王督察', unitName: null },
        { id: 'u-2', displayName: '李督察', unitName: '区司法局' },
      ]),
    ).toEqual([
      { value: 'u-1', label: '王督察' },
      { value: 'u-2', label: '李督察（区司法局）' },
    ]);
  });

  it('starts with the inspector who opens it, and empty for the office', () => {
    expect(initialTeam({ id: 'u-1', role: 'INSPECTOR' })).toEqual(['u-1']);
    expect(initialTeam({ id: 'u-9', role: 'DISTRICT_OFFICE' })).toEqual([]);
    expect(initialTeam(null)).toEqual([]);
  });
});
