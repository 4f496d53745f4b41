import { describe, expect, it } from 'vitest';
import { taskSteps } from './task-steps.js';

const facts = {
  leadAcknowledged: false,
  assignedAt: '2024-03-01T00:00:00Z',
  lastReportAt: null,
  completionRequestedAt: null,
};

describe('the step bar of a task', () => {
  it('waits for the acknowledgement of an assigned task', () => {
    expect(taskSteps({ ...facts, status: 'ASSIGNED' })).toEqual({
      current: 1,
      status: 'process',
      handoffPending: false,
    });
  });

  it('stands at review while the office reviews and is finished once completed', () => {
    expect(taskSteps({ ...facts, status: 'AWAITING_REVIEW' }).current).toBe(3);
    expect(taskSteps({ ...facts, status: 'COMPLETED' })).toEqual({
      current: 4,
      status: 'finish',
      handoffPending: false,
    });
  });

  it('marks a pending handoff on the step the task had reached', () => {
    expect(taskSteps({ ...facts, status: 'HANDOFF_PENDING' })).toEqual({
      current: 1,
      status: 'process',
      handoffPending: true,
    });
    expect(taskSteps({ ...facts, status: 'HANDOFF_PENDING', leadAcknowledged: true }).current).toBe(2);
  });

  it('shows a cancelled task stopped, in error, where it had got to', () => {
    expect(
      taskSteps({
        ...facts,
        status: 'CANCELLED',
        leadAcknowledged: true,
        lastReportAt: '2024-04-01T00:00:00Z',
      }),
    ).toEqual({
      current: 2,
      status: 'error',
      handoffPending: false,
    });
    expect(taskSteps({ ...facts, status: 'CANCELLED' }).current).toBe(1);
  });
});
