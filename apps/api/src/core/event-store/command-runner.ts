import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Actor, DecisionContext } from '@duban/domain';
import type { Checkpoint, EventMetadata, EventStore, NewEvent, RecordedEvent } from '@duban/event-store';
import { ConcurrencyError } from '@duban/event-store';
import { Clock } from '../clock/clock.js';
import { deterministicUuid } from '../ids/deterministic-uuid.js';
import { EVENT_STORE } from './event-store.token.js';
import { LogWriteGate } from './log-write-gate.js';
import type { DomainEvent, StreamDecider } from './stream-decider.js';

export interface RunCommand<Command, Event extends DomainEvent, State> {
  streamId: string;
  decider: StreamDecider<Command, Event, State>;
  command: Command;
  /** Who asked: always the authenticated actor of the request (or the system actor). */
  actor: Actor;
  /** The access rule that sits beside the command; throws a DomainError (FORBIDDEN) to refuse. */
  assertMayRun?: (actor: Actor, state: State, command: Command) => void;
  /**
   * Makes a retry harmless: event ids derive from the stream, this key and the event's index, and a
   * stream that already holds the first of them is taken as "already done".
   */
  idempotencyKey?: string;
  correlationId?: string;
  causationId?: string;
}

export interface CommandResult<Event, State> {
  /** The events this run appended (empty when nothing changed or it had already been done). */
  events: Event[];
  state: State;
  /** Stream version after the run; -1 when the stream still does not exist. */
  version: number;
  /** Global position of the appended events, for waiting on projections; null when nothing was appended. */
  checkpoint: Checkpoint | null;
  alreadyDone: boolean;
}

/**
 * The one way handlers change state: load the stream, fold it, check the access rule, decide, and
 * append with the version that was read. A concurrent writer makes the append fail with the store's
 * ConcurrencyError, which the error mapping turns into CONFLICT.
 */
@Injectable()
export class CommandRunner {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly clock: Clock,
    // Seed steps build a runner of their own on a fresh log; the application's runner gets the shared gate.
    private readonly gate: LogWriteGate = new LogWriteGate(),
  ) {}

  /** The state of a stream folded from its events, and its version (-1 when it does not exist). */
  async load<Command, Event extends DomainEvent, State>(
    streamId: string,
    decider: StreamDecider<Command, Event, State>,
  ): Promise<{ state: State; version: number; recorded: RecordedEvent[] }> {
    const recorded = await this.store.readStream(streamId);
    const version = recorded.length === 0 ? -1 : recorded[recorded.length - 1]!.streamPosition;
    const state = recorded.reduce(
      (s, e) => decider.evolve(s, { type: e.type, data: e.data } as Event),
      decider.initialState(),
    );
    return { state, version, recorded };
  }

  async run<Command, Event extends DomainEvent, State>(
    input: RunCommand<Command, Event, State>,
  ): Promise<CommandResult<Event, State>> {
    const { streamId, decider, command, actor } = input;
    const { state, version, recorded } = await this.load(streamId, decider);

    const eventId = (index: number) =>
      input.idempotencyKey ? deterministicUuid(streamId, input.idempotencyKey, String(index)) : randomUUID();
    if (input.idempotencyKey && recorded.some((e) => e.id === eventId(0))) {
      return { events: [], state, version, checkpoint: null, alreadyDone: true };
    }

    input.assertMayRun?.(actor, state, command);
    this.gate.assertOpen();
    const now = this.clock.now().toISOString();
    const context: DecisionContext = { actor, now };
    const events = decider.decide(command, state, context);
    if (events.length === 0) return { events, state, version, checkpoint: null, alreadyDone: false };

    const metadata = this.metadata(actor, now, input.correlationId, input.causationId);
    const toAppend: NewEvent[] = events.map((event, index) => ({
      id: eventId(index),
      type: event.type,
      data: event.data,
      metadata,
    }));
    const result = await this.store.append(streamId, toAppend, version === -1 ? 'no_stream' : version);
    return {
      events,
      state: events.reduce(decider.evolve, state),
      version: result.nextExpectedVersion,
      checkpoint: result.checkpoint,
      alreadyDone: false,
    };
  }

  /**
   * Appends the single event of a claim stream (a unique name, say) only if the stream is new. True
   * when this claim holds, including a retry of the same claim (same event id); false when another
   * claim got there first.
   */
  async claim(streamId: string, event: DomainEvent, actor: Actor, eventId: string): Promise<boolean> {
    this.gate.assertOpen();
    const metadata = this.metadata(actor, this.clock.now().toISOString());
    try {
      await this.store.append(
        streamId,
        [{ id: eventId, type: event.type, data: event.data, metadata }],
        'no_stream',
      );
      return true;
    } catch (error) {
      if (!(error instanceof ConcurrencyError)) throw error;
      const [first] = await this.store.readStream(streamId, { toVersion: 0 });
      return first?.id === eventId;
    }
  }

  private metadata(actor: Actor, now: string, correlationId?: string, causationId?: string): EventMetadata {
    return {
      actor: { userId: actor.userId, role: actor.role, unitId: actor.unitId ?? null },
      correlationId: correlationId ?? randomUUID(),
      ...(causationId ? { causationId } : {}),
      recordedAt: now,
    };
  }
}
