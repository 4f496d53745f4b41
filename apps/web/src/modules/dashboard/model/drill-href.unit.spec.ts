import { describe, expect, it } from 'vitest';
import { drillHref } from './drill-href.js';

describe('where a dashboard number leads', () => {
  it('opens a unit’s overdue led tasks of the list from its overdue count', () => {
    const url = new URL(drillHref('demo-2024', 'sfj', 'overdue'), 'http://x');
    expect(url.pathname).toBe('/tasks');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      list: 'demo-2024',
      unit: 'sfj',
      role: 'lead',
      overdue: 'true',
    });
  });

  it('opens the rectification ledger filtered by unit and state from a findings count', () => {
    const url = new URL(drillHref('demo-2024', 'sfj', 'findingsClosed'), 'http://x');
    expect(url.pathname).toBe('/rectifications');
    expect(Object.fromEntries(url.searchParams)).toEqual({ unit: 'sfj', status: 'CLOSED' });
  });

  it('opens every task of the list for the district totals and a unit’s name', () => {
    expect(drillHref('demo-2024', null, 'unit')).toBe('/tasks?list=demo-2024');
    expect(drillHref('demo-2024', 'sfj', 'unit')).toBe('/tasks?list=demo-2024&unit=sfj');
  });
});
