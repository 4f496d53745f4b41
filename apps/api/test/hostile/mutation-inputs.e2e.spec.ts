import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { buildClientSchema, buildSchema, getIntrospectionQuery } from 'graphql';
import type { GraphQLField, GraphQLSchema, IntrospectionQuery } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestApp } from '../support/start-test-app.js';
import { hostileCall } from './support/hostile-operation.js';
import { buildHostileWorld, startHostileApp } from './support/hostile-world.js';
import type { HostileWorld } from './support/hostile-world.js';
import { LogWatch, judge, liveRun, postRaw } from './support/refusal-checks.js';
import { Tally } from './support/tally.js';

/** Calls per mutation: enough to hit every argument with several kinds of abuse, few enough for a loaded CI box. */
const RUNS = 20;

// The committed SDL names the tests; the running server's introspection supplies the types, so a
// mutation added later is fuzzed from its real arguments (and one missing from the SDL still is).
const COMMITTED_MUTATIONS = Object.keys(
  buildSchema(
    readFileSync(new URL('../../../../packages/graphql-schema/schema.graphql', import.meta.url), 'utf8'),
  )
    .getMutationType()!
    .getFields(),
).sort();

describe('every GraphQL mutation under hostile input: refusal codes only, no leaks, nothing appended', () => {
  let app: TestApp;
  let world: HostileWorld;
  let schema: GraphQLSchema;
  let watch: LogWatch;
  const tally = new Tally();

  beforeAll(async () => {
    app = await startHostileApp();
    world = await buildHostileWorld(app);
    const introspection = await app.gql<IntrospectionQuery>(getIntrospectionQuery(), {}, world.admin.token);
    schema = buildClientSchema(introspection.data!);
    watch = new LogWatch(app.store);
    await watch.drain();
  }, 180_000);
  afterAll(async () => {
    tally.print('hostile mutation inputs');
    await app?.close();
  });

  const fuzz = async (field: GraphQLField<unknown, unknown>): Promise<void> => {
    const actors = Object.keys(world.tokens);
    await fc.assert(
      fc.asyncProperty(hostileCall(field, world.pools), fc.constantFrom(...actors), async (call, actor) => {
        await watch.drain();
        const started = Date.now();
        const answer = await postRaw(
          app.graphqlUrl,
          JSON.stringify({ query: call.query, variables: call.variables }),
          world.tokens[actor],
        );
        const appended = await watch.drain();
        const label = `${field.name} as ${actor} over ${call.transport}: ${call.query.slice(0, 300)}`;
        tally.timed(Date.now() - started, label);
        tally.count(field.name, judge(answer, appended, label));
      }),
      liveRun(RUNS),
    );
  };

  const mutation = (name: string) => schema.getMutationType()?.getFields()[name];

  for (const name of COMMITTED_MUTATIONS) {
    it(`${name} answers every hostile call with a coded refusal or a success`, async () => {
      const field = mutation(name);
      expect(field, `the server offers ${name}`).toBeDefined();
      await fuzz(field!);
      expect(tally.total(name)).toBe(RUNS);
    });
  }

  it('fuzzes the mutations the server offers that the committed schema does not name yet', async () => {
    const offered = Object.keys(schema.getMutationType()!.getFields());
    expect(offered.length).toBeGreaterThan(0);
    for (const name of offered.filter((n) => !COMMITTED_MUTATIONS.includes(n))) await fuzz(mutation(name)!);
  });

  it('refused most hostile calls, so the properties reached the refusals they are about', () => {
    const { refused, calls } = tally.summary();
    expect(calls).toBeGreaterThanOrEqual(COMMITTED_MUTATIONS.length * RUNS);
    expect(refused / calls).toBeGreaterThan(0.7);
  });
});
