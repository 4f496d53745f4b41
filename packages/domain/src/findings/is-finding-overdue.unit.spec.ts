import { describe, expect, it } from 'vitest';
import { calendarDateOf, daysBetween } from './calendar-date.js';
import type { FindingEvent } from './finding.events.js';
import { evolveFinding, initialFindingState } from './finding.state.js';
import { isFindingOverdue } from './is-finding-overdue.js';

const ref = { findingId: 'f-1', inspectionId: 'i-1', unitId: 'yingji' };
const logged: FindingEvent = {
  type: 'FindingLogged',
  data: {
    ...ref,
    description: 'd',
    severity: 'MEDIUM',
    category: 'c',
    evidence: [],
    rectificationDeadline: '2024-08-31',
    taskId: null,
    loggedBy: 'insp-1',
    loggedAt: '2024-07-01T10:00:00+08:00',
  },
};
const open = evolveFinding(initialFindingState(), logged);
const closed = evolveFinding(open, {
  type: 'RectificationVerified',
  data: {
    ...ref,
    remarks: null,
    rectificationDeadline: '2024-08-31',
    onTime: false,
    verifiedBy: 'insp-1',
    closedAt: '2024-09-05T10:00:00+08:00',
  },
});

describe('isFindingOverdue', () => {
  it('is not overdue on the deadline day itself', () => {
    expect(isFindingOverdue(open, '2024-08-31T23:59:59+08:00')).toBe(false);
  });

  it('is overdue from the day after the deadline while open', () => {
    expect(isFindingOverdue(open, '2024-09-01T00:00:00+08:00')).toBe(true);
  });

  it("reads the day in the district's time (UTC+8), whatever offset the time is written in", () => {
    // 2024-09-01T00:30+08:00 is the same instant as 2024-08-31T16:30Z: both are 1 September in the district.
    expect(isFindingOverdue(open, '2024-09-01T00:30:00+08:00')).toBe(true);
    expect(isFindingOverdue(open, '2024-08-31T16:30:00Z')).toBe(true);
    expect(isFindingOverdue(open, '2024-08-31T15:59:00Z')).toBe(false);
  });

  it('is never overdue once closed, however late', () => {
    expect(isFindingOverdue(closed, '2025-01-01T00:00:00+08:00')).toBe(false);
  });

  it('is not overdue when there is no finding', () => {
    expect(isFindingOverdue(initialFindingState(), '2025-01-01T00:00:00+08:00')).toBe(false);
  });

  it('refuses a time that is not an ISO instant', () => {
    expect(() => isFindingOverdue(open, '2024-09-01')).toThrow(/ISO 8601/);
  });
});

describe('calendar dates', () => {
  it('takes the date as written in the instant', () => {
    expect(calendarDateOf('2024-06-01T01:00:00+08:00')).toBe('2024-06-01');
  });

  it('counts whole days across month and leap-year ends', () => {
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2024-08-31', '2024-08-24')).toBe(-7);
  });
});
