import fc from 'fast-check';
import { HISTORY_ACTIONS } from './generated-history.js';
import type { HistoryAction, HistoryPlan } from './generated-history.js';

/**
 * Plans of generated histories: a district of 2–6 units, one or two lists, up to seven tasks with
 * lead and cooperating units, inspections whose findings (some linked to tasks) are logged during or
 * after their year, and up to 120 steps. Shrinks to a short plan that still fails.
 */
export const historyPlans: fc.Arbitrary<HistoryPlan> = fc.record({
  units: fc.integer({ min: 2, max: 6 }),
  listYears: fc.constantFrom([2024], [2024, 2025]),
  tasks: fc.array(
    fc.record({
      list: fc.nat(3),
      area: fc.nat(2),
      lead: fc.nat(7),
      cooperating: fc.array(fc.nat(7), { maxLength: 3 }),
      deadlineDay: fc.integer({ min: 20, max: 364 }),
    }),
    { minLength: 1, maxLength: 7, size: 'max' },
  ),
  inspections: fc.array(
    fc.record({
      year: fc.nat(2),
      loggedAfterYearEnd: fc.nat(90),
      findings: fc.array(
        fc.record({
          unit: fc.nat(7),
          task: fc.option(fc.nat(9), { nil: null }),
          deadlineDay: fc.nat(60),
        }),
        { maxLength: 4, size: 'max' },
      ),
    }),
    { maxLength: 2 },
  ),
  steps: fc.array(
    fc.record({
      // The everyday actions more often than the rare ones, so most histories get far.
      action: fc.oneof(
        { arbitrary: fc.constantFrom<HistoryAction>('report', 'acknowledge'), weight: 8 },
        { arbitrary: fc.constantFrom<HistoryAction>('requestCompletion', 'accept'), weight: 3 },
        {
          arbitrary: fc.constant<HistoryAction>('advanceFinding'),
          weight: 6,
        },
        { arbitrary: fc.constantFrom(...HISTORY_ACTIONS), weight: 6 },
      ),
      target: fc.nat(20),
      unit: fc.nat(7),
      amount: fc.nat(1000),
      days: fc.integer({ min: 1, max: 6 }),
    }),
    { minLength: 10, maxLength: 120, size: 'max' },
  ),
});
