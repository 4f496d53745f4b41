import { describe, expect, it } from 'vitest';
import { exportUrl } from './export-url.js';

describe('an export address', () => {
  it('carries the filters that are set and leaves out the empty ones', () => {
    expect(
      exportUrl('/ledgers/rectification.xlsx', {
        inspectionId: 'insp 1',
        unitId: null,
        status: undefined,
        severity: '',
        overdue: true,
        escalated: false,
      }),
    ).toBe('/ledgers/rectification.xlsx?inspectionId=insp+1&overdue=true');
  });

  it('is the bare path when nothing is filtered', () => {
    expect(exportUrl('/ledgers/progress.xlsx', { taskListId: null, asOf: null })).toBe(
      '/ledgers/progress.xlsx',
    );
  });

  it('encodes Chinese filter values', () => {
    expect(exportUrl('/ledgers/tasks.xlsx', { area: '行政执法' })).toBe(
      `/ledgers/tasks.xlsx?area=${encodeURIComponent('行政执法')}`,
    );
  });
});
