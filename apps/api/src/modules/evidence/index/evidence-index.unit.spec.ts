import { START } from '@duban/event-store';
import type { Checkpoint, EventStore, ReadAllEvent, ReadAllOptions } from '@duban/event-store';
import { describe, expect, it } from 'vitest';
import { EvidenceIndex } from './evidence-index.js';

const FILE = 'a'.repeat(64);
const at = (position: number) => ({ position }) as unknown as Checkpoint;
const positionOf = (checkpoint: Checkpoint | undefined) =>
  !checkpoint || checkpoint === START ? 0 : (checkpoint as unknown as { position: number }).position;

/**
 * A log whose reads take the events present when they are asked for and answer only when released,
 * so a test can append while a read is under way.
 */
const slowLog = () => {
  const events: ReadAllEvent[] = [];
  const pending: Array<() => void> = [];
  let reads = 0;
  const store = {
    readAll: (options: ReadAllOptions = {}) => {
      reads += 1;
      const after = positionOf(options.after);
      const page = events.filter((event) => positionOf(event.checkpoint) > after).slice(0, options.limit);
      return new Promise<ReadAllEvent[]>((resolve) => pending.push(() => resolve(page)));
    },
  } as unknown as EventStore;
  const append = (type: string, data: unknown) =>
    events.push({ type, data, checkpoint: at(events.length + 1) } as unknown as ReadAllEvent);
  /** Answers every read asked for so far, then lets the index ask for the next. */
  const release = async () => {
    for (let round = 0; round < 10; round += 1) {
      await new Promise((resolve) => setImmediate(resolve));
      pending.splice(0).forEach((answer) => answer());
    }
  };
  return { store, append, release, reads: () => reads };
};

describe('EvidenceIndex', () => {
  it('answers with citations appended while an earlier read was already under way', async () => {
    const log = slowLog();
    const index = new EvidenceIndex(log.store);
    const early = index.subjectsOf(FILE);
    await new Promise((resolve) => setImmediate(resolve));
    // The early read has taken its page; the citation lands after that.
    log.append('TaskProgressReported', { taskId: 't-1', evidence: [{ sha256: FILE }] });
    const late = index.subjectsOf(FILE);
    await log.release();
    expect(await early).toEqual([]);
    expect(await late).toEqual([{ kind: 'TASK', id: 't-1' }]);
  });

  it('lets askers who arrive while a read is under way share one follow-up read', async () => {
    const log = slowLog();
    const index = new EvidenceIndex(log.store);
    const first = index.subjectsOf(FILE);
    await new Promise((resolve) => setImmediate(resolve));
    const waiting = [index.subjectsOf(FILE), index.subjectsOf(FILE), index.subjectsOf(FILE)];
    await log.release();
    await Promise.all([first, ...waiting]);
    expect(log.reads()).toBe(2);
  });

  it("marks a finding's files as notified once the finding is", async () => {
    const log = slowLog();
    const index = new EvidenceIndex(log.store);
    log.append('FindingLogged', { findingId: 'f-1', evidence: [{ sha256: FILE }] });
    const logged = index.subjectsOf(FILE);
    await log.release();
    expect(await logged).toEqual([{ kind: 'FINDING', id: 'f-1', notified: false }]);
    log.append('FindingNotified', { findingId: 'f-1' });
    const notified = index.subjectsOf(FILE);
    await log.release();
    expect(await notified).toEqual([{ kind: 'FINDING', id: 'f-1', notified: true }]);
  });
});
