import { expect } from 'vitest';
import { DomainError } from '../domain-error.js';
import type { ErrorClass } from '../domain-error.js';

/** The three functions of an emmett-style decider; the context type is left open so any decider fits. */
export interface Decider<Command, Event, State, Context> {
  decide: (command: Command, state: State, context: Context) => Event[];
  evolve: (state: State, event: Event) => State;
  initialState: () => State;
}

export interface DeciderThen<Event> {
  /** Asserts the exact events decided, in order. */
  then: (expected: Event[]) => void;
  /** Asserts the decider refuses with this specific code (and, when given, this error class). */
  thenThrows: (code: string, errorClass?: ErrorClass) => DomainError;
  /** Runs the decision and returns its events, for assertions the two above cannot express. */
  events: () => Event[];
}

/**
 * Given/when/then specification for a decider: past events are folded with `evolve`, the command is
 * decided against the result, and the outcome is compared with what the specification expects.
 */
export const deciderSpec = <Command, Event, State, Context>(
  decider: Decider<Command, Event, State, Context>,
) => ({
  given: (history: Event[]) => ({
    when: (command: Command, context: Context): DeciderThen<Event> => {
      const run = () =>
        decider.decide(command, history.reduce(decider.evolve, decider.initialState()), context);
      return {
        then: (expected) => {
          expect(run()).toEqual(expected);
        },
        thenThrows: (code, errorClass) => {
          let caught: unknown;
          try {
            run();
          } catch (error) {
            caught = error;
          }
          expect(caught, `expected a DomainError ${code}`).toBeInstanceOf(DomainError);
          const error = caught as DomainError;
          expect(error.code).toBe(code);
          if (errorClass) expect(error.errorClass).toBe(errorClass);
          return error;
        },
        events: run,
      };
    },
  }),
});
