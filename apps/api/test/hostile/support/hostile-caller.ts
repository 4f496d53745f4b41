import type { ReadAllEvent } from '@duban/event-store';
import type { TestApp } from '../../support/start-test-app.js';
import type { Answer, Outcome } from './refusal-checks.js';
import { LogWatch, judge, postRaw } from './refusal-checks.js';

export interface Call {
  answer: Answer;
  appended: ReadAllEvent[];
  /** 'OK', 'STALE', a refusal code, or `HTTP <status>`; the general contract (`judge`) already held. */
  outcome: Outcome;
}

/** Sends GraphQL operations and holds each answer to the hostile-input contract, with what it appended. */
export class HostileCaller {
  private readonly watch: LogWatch;

  constructor(private readonly app: TestApp) {
    this.watch = new LogWatch(app.store);
  }

  /** Skips what the log holds so far, so the next call sees only its own events. */
  async settle(): Promise<void> {
    await this.watch.drain();
  }

  async call(query: string, variables: Record<string, unknown>, token: string | undefined): Promise<Call> {
    await this.watch.drain();
    const answer = await postRaw(this.app.graphqlUrl, JSON.stringify({ query, variables }), token);
    const appended = await this.watch.drain();
    const outcome = judge(
      answer,
      appended,
      `${query.slice(0, 200)} ${JSON.stringify(variables).slice(0, 300)}`,
    );
    return { answer, appended, outcome };
  }
}
