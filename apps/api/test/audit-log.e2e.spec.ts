import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ControllableClock } from './support/controllable-clock.js';
import { startTestApp, TEST_ADMIN } from './support/start-test-app.js';
import type { TestApp } from './support/start-test-app.js';

const AUDIT = `query($filter: AuditLogFilterInput, $page: AuditLogPageInput) {
  auditLog(filter: $filter, page: $page) {
    total
    nextCursor
    items { eventId type streamId occurredAt actorUserId actorRole actorUnitId actorName actorUnitName correlationId summary }
  }
}`;
const REGISTER = 'mutation($input: RegisterUserInput!) { registerUser(input: $input) { id } }';
const PASSWORD = 'Audit-Pass-2030';

interface Entry {
  eventId: string;
  type: string;
  streamId: string;
  occurredAt: string;
  actorUserId: string;
  actorRole: string;
  actorUnitId: string | null;
  actorName: string | null;
  actorUnitName: string | null;
  summary: string;
}

describe('the audit log', () => {
  let app: TestApp;
  const clock = new ControllableClock(new Date('2030-05-01T01:00:00.000Z'));
  const ids: Record<string, string> = {};
  const tokens: Record<string, string> = {};
  let adminId = '';

  const audit = async (
    token: string,
    filter: Record<string, unknown> = {},
    page: Record<string, unknown> = {},
  ) =>
    app.gql<{ auditLog: { total: number; nextCursor: string | null; items: Entry[] } }>(
      AUDIT,
      { filter, page },
      token,
    );
  const register = async (username: string, role: string, unitId: string | null = null) => {
    const admin = (await app.login(TEST_ADMIN.username, TEST_ADMIN.password)).accessToken;
    const result = await app.gql(
      REGISTER,
      { input: { username, displayName: `${username} 的名字`, role, unitId, password: PASSWORD } },
      admin,
    );
    ids[username] = result.data.registerUser.id;
  };

  beforeAll(async () => {
    app = await startTestApp({ clock, env: { DUBAN_MAX_PAGE_SIZE: '5' } });
    adminId = (await app.login(TEST_ADMIN.username, TEST_ADMIN.password)).user.id;
    await app.store.append(
      'unit-sfj',
      [
        {
          id: randomUUID(),
          type: 'UnitRegistered',
          data: {
            unitId: 'sfj',
            name: '区司法局',
            kind: 'DEPARTMENT',
            registeredAt: '2030-05-01T01:00:00.000Z',
          },
          metadata: { actor: { userId: 'system', role: 'SYSTEM_ADMIN', unitId: null } },
        },
      ],
      'no_stream',
    );
    clock.set('2030-05-01T02:00:00.000Z');
    await register('office', 'DISTRICT_OFFICE');
    await register('inspector', 'INSPECTOR');
    await register('leader', 'LEADER');
    clock.set('2030-05-02T02:00:00.000Z');
    await register('officer', 'UNIT_OFFICER', 'sfj');
    clock.set('2030-05-03T02:00:00.000Z');
    for (const name of ['office', 'inspector', 'leader', 'officer']) {
      tokens[name] = (await app.login(name, PASSWORD)).accessToken;
    }
  });
  afterAll(() => app?.close());

  it('is for the district office and the system administrator: others are FORBIDDEN, strangers UNAUTHENTICATED', async () => {
    for (const name of ['inspector', 'leader', 'officer']) {
      const refused = await audit(tokens[name]!);
      expect(refused.data).toBeNull();
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
    }
    const anonymous = await app.gql(AUDIT, {});
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await audit(tokens.office!)).errors).toBeUndefined();
  });

  it('shows who did what, newest first, with names, units and a summary that keeps secrets out', async () => {
    const all = await audit(tokens.office!, {}, { first: 5 });
    expect(all.errors).toBeUndefined();
    const { items, total } = all.data!.auditLog;
    expect(total).toBe((await app.store.readAll()).length);
    const times = items.map((e) => Date.parse(e.occurredAt));
    expect([...times].sort((a, b) => b - a)).toEqual(times);
    expect(items[0]).toMatchObject({
      type: 'SessionStarted',
      actorUserId: ids.officer,
      actorRole: 'UNIT_OFFICER',
      actorUnitId: 'sfj',
      actorName: 'officer 的名字',
      actorUnitName: '区司法局',
      occurredAt: '2030-05-03T02:00:00.000Z',
    });
    expect(items[0]!.summary).toContain(`userId=${ids.officer}`);
    expect(items[0]!.summary).not.toMatch(/tokenHash|[0-9a-f]{64}/);

    const registered = await audit(tokens.office!, { types: ['UserRegistered'], userId: adminId });
    const officer = registered.data!.auditLog.items.find((e) => e.streamId === `user-${ids.officer}`);
    expect(officer).toMatchObject({
      actorUserId: adminId,
      actorRole: 'SYSTEM_ADMIN',
      actorName: '系统管理员',
    });
    expect(officer!.summary).toContain('username=officer');
    expect(officer!.summary).toContain('role=UNIT_OFFICER');
    expect(officer!.summary).not.toMatch(/passwordHash|argon2/);
  });

  it('filters by acting person, by their unit, by event types and by time, all together if asked', async () => {
    const byOfficer = (await audit(tokens.office!, { userId: ids.officer })).data!.auditLog;
    expect(byOfficer.total).toBe(1);
    expect(byOfficer.items.map((e) => e.type)).toEqual(['SessionStarted']);

    const byUnit = (await audit(tokens.office!, { unitId: 'sfj' })).data!.auditLog;
    expect(byUnit.items.map((e) => e.actorUserId)).toEqual([ids.officer]);

    const registrations = (
      await audit(tokens.office!, { types: ['UserRegistered', 'UsernameClaimed'] }, { first: 5 })
    ).data!.auditLog;
    expect(registrations.total).toBe(10);
    expect(new Set(registrations.items.map((e) => e.type))).toEqual(
      new Set(['UserRegistered', 'UsernameClaimed']),
    );

    const secondDay = (
      await audit(tokens.office!, {
        types: ['UserRegistered'],
        from: '2030-05-02T00:00:00.000Z',
        to: '2030-05-03T00:00:00.000Z',
      })
    ).data!.auditLog;
    expect(secondDay.items.map((e) => e.streamId)).toEqual([`user-${ids.officer}`]);

    const firstDayOnly = (
      await audit(tokens.office!, { types: ['UserRegistered'], to: '2030-05-02T02:00:00.000Z' })
    ).data!.auditLog;
    expect(firstDayOnly.items.map((e) => e.streamId).sort()).toEqual(
      [`user-${ids.office}`, `user-${ids.inspector}`, `user-${ids.leader}`, `user-${adminId}`].sort(),
    );
  });

  it('pages newest first with a cursor: every entry exactly once, and the last page says so', async () => {
    const everything = await app.store.readAll();
    const seen: string[] = [];
    let after: string | null = null;
    let pages = 0;
    do {
      const page: { items: Entry[]; nextCursor: string | null; total: number } = (
        await audit(tokens.office!, {}, { first: 4, ...(after ? { after } : {}) })
      ).data!.auditLog;
      expect(page.total).toBe(everything.length);
      expect(page.items.length).toBeLessThanOrEqual(4);
      seen.push(...page.items.map((e) => e.eventId));
      after = page.nextCursor;
      pages += 1;
    } while (after !== null && pages < 100);
    expect(seen).toEqual(everything.map((e) => e.id).reverse());
    expect(pages).toBe(Math.ceil(everything.length / 4));
  });

  it('refuses a page larger than the maximum and a cursor it did not make, as VALIDATION', async () => {
    const tooLarge = await audit(tokens.office!, {}, { first: 6 });
    expect(tooLarge.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      reason: 'PAGE_TOO_LARGE',
      details: { max: 5 },
    });
    const forged = await audit(tokens.office!, {}, { after: Buffer.from('o:3').toString('base64url') });
    expect(forged.errors?.[0]?.extensions).toMatchObject({
      code: 'VALIDATION',
      details: { field: 'page.after' },
    });
  });

  it('records a lockout and who lifted it, so the audit shows both', async () => {
    for (const n of [1, 2, 3, 4, 5])
      await app.gql('mutation($input: LoginInput!) { login(input: $input) { accessToken } }', {
        input: { username: 'leader', password: `wrong-${n}` },
      });
    const admin = (await app.login(TEST_ADMIN.username, TEST_ADMIN.password)).accessToken;
    await app.gql('mutation($id: ID!) { unlockUser(id: $id) { id } }', { id: ids.leader }, admin);
    const locks = (await audit(admin, { types: ['UserLockedOut', 'UserUnlocked'] })).data!.auditLog;
    expect(locks.items.map((e) => [e.type, e.actorUserId])).toEqual([
      ['UserUnlocked', adminId],
      ['UserLockedOut', 'system'],
    ]);
    expect(locks.items[1]!.summary).toContain('username=leader');
  });
});
