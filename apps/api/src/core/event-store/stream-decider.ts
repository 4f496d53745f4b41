import type { DecisionContext } from '@duban/domain';

/** An event as the domain decides it: the store adds id, metadata and positions. */
export interface DomainEvent {
  type: string;
  data: unknown;
}

/** The three functions of a decider for one stream, as the domain package writes them. */
export interface StreamDecider<Command, Event extends DomainEvent, State> {
  decide(command: Command, state: State, context: DecisionContext): Event[];
  evolve(state: State, event: Event): State;
  initialState(): State;
}
