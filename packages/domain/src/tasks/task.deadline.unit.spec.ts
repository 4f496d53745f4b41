import { describe, expect, it } from 'vitest';
import type { TaskEvent } from './task.events.js';
import { deadlineEndsAt, isOverdue, parseUrgeThreshold, trafficLight } from './task.deadline.js';
import { evolveTask, initialTaskState } from './task.state.js';

const REF = { taskId: 't1', listId: 'l24', area: '行政执法', title: '任务' };
const INDICATORS = { indicators: [], rates: [] };
const history = (...events: TaskEvent[]) => events.reduce(evolveTask, initialTaskState());
const drafted: TaskEvent = {
  type: 'TaskDrafted',
  data: {
    taskId: 't1',
    listId: 'l24',
    area: REF.area,
    title: REF.title,
    description: 'd',
    leadUnitId: 'sfj',
    cooperatingUnitIds: [],
    deadline: '2024-06-30',
    indicators: INDICATORS,
    draftedAt: '2024-03-01T00:00:00Z',
  },
};
const assigned: TaskEvent = {
  type: 'TaskAssigned',
  data: {
    ...REF,
    description: 'd',
    leadUnitId: 'sfj',
    cooperatingUnitIds: [],
    deadline: '2024-06-30',
    indicators: INDICATORS,
    assignedAt: '2024-03-01T00:00:00Z',
  },
};
const requested = (requestedAt: string): TaskEvent => ({
  type: 'TaskCompletionRequested',
  data: { ...REF, leadUnitId: 'sfj', summary: 's', evidence: [], deadline: '2024-06-30', requestedAt },
});
const open = history(drafted, assigned);

describe('deadlines, overdue and traffic light', () => {
  it('ends a deadline day at midnight district time (UTC+8)', () => {
    expect(new Date(deadlineEndsAt('2024-06-30')).toISOString()).toBe('2024-06-30T16:00:00.000Z');
    expect(new Date(deadlineEndsAt('2024-06-30', { utcOffsetMinutes: 0 })).toISOString()).toBe(
      '2024-07-01T00:00:00.000Z',
    );
  });

  it('is not overdue during the last day and overdue right after it', () => {
    expect(isOverdue(open, '2024-06-30T23:59:59+08:00')).toBe(false);
    expect(isOverdue(open, '2024-07-01T00:00:00+08:00')).toBe(true);
    expect(isOverdue(open, '2024-06-30T16:00:00Z')).toBe(true);
  });

  it('never calls a draft, completed, cancelled or unknown task overdue', () => {
    expect(isOverdue(history(drafted), '2025-01-01T00:00:00Z')).toBe(false);
    expect(isOverdue(initialTaskState(), '2025-01-01T00:00:00Z')).toBe(false);
    const cancelled = history(drafted, assigned, {
      type: 'TaskCancelled',
      data: {
        ...REF,
        leadUnitId: 'sfj',
        cooperatingUnitIds: [],
        previousStatus: 'ASSIGNED',
        reason: 'r',
        cancelledAt: '2024-04-01T00:00:00Z',
      },
    });
    expect(isOverdue(cancelled, '2025-01-01T00:00:00Z')).toBe(false);
    expect(trafficLight(cancelled, '2025-01-01T00:00:00Z', 3)).toBeNull();
  });

  it('judges a task under review by when the lead delivered it', () => {
    const inTime = history(drafted, assigned, requested('2024-06-29T10:00:00+08:00'));
    const late = history(drafted, assigned, requested('2024-07-02T10:00:00+08:00'));
    expect(isOverdue(inTime, '2024-07-10T00:00:00+08:00')).toBe(false);
    expect(trafficLight(inTime, '2024-07-10T00:00:00+08:00', 3)).toBe('GREEN');
    expect(isOverdue(late, '2024-07-10T00:00:00+08:00')).toBe(true);
    expect(trafficLight(late, '2024-07-10T00:00:00+08:00', 3)).toBe('RED');
  });

  it('turns yellow within the configured number of days and red once overdue', () => {
    expect(trafficLight(open, '2024-06-26T23:59:59+08:00', 3)).toBe('GREEN');
    expect(trafficLight(open, '2024-06-28T00:00:00+08:00', 3)).toBe('YELLOW');
    expect(trafficLight(open, '2024-06-20T00:00:00+08:00', 14)).toBe('YELLOW');
    expect(trafficLight(open, '2024-07-01T00:00:00+08:00', 3)).toBe('RED');
    expect(trafficLight(history(drafted), '2024-07-01T00:00:00+08:00', 3)).toBeNull();
  });

  it('parses urge thresholds', () => {
    expect(parseUrgeThreshold('OVERDUE')).toEqual({ kind: 'OVERDUE' });
    expect(parseUrgeThreshold('DUE_IN_3_DAYS')).toEqual({ kind: 'DUE_IN', days: 3 });
    expect(parseUrgeThreshold('DUE_IN_03_DAYS')).toBeNull();
    expect(parseUrgeThreshold('overdue')).toBeNull();
  });
});
