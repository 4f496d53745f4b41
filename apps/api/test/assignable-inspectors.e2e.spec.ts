import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { castInspectionRoles, LONG_LIVED_TOKENS, registerPerson } from './support/inspections-fixture.js';
import type { InspectionCast, Person } from './support/inspections-fixture.js';
import { startTestApp } from './support/start-test-app.js';
import type { TestApp } from './support/start-test-app.js';

const INSPECTORS = '{ assignableInspectors { id displayName role unitId unitName } }';
const DISABLE =
  'mutation($id: ID!, $reason: String!) { disableUser(id: $id, reason: $reason) { id disabled } }';
const OPEN = 'mutation($input: OpenInspectionInput!) { openInspection(input: $input) { id } }';
const TEAM = 'query($id: ID!) { inspection(id: $id) { teamUserIds team { id displayName role } } }';

describe('assignableInspectors: the team picker of a new inspection', () => {
  let app: TestApp;
  let cast: InspectionCast;
  let retired: Person;

  beforeAll(async () => {
    app = await startTestApp({ env: LONG_LIVED_TOKENS });
    cast = await castInspectionRoles(app);
    retired = await registerPerson(app, 'inspector-retired', 'INSPECTOR');
    const disabled = await app.gql(DISABLE, { id: retired.id, reason: '调离' }, cast.admin.token);
    expect(disabled.errors, JSON.stringify(disabled.errors)).toBeUndefined();
  });
  afterAll(() => app?.close());

  it.each([
    ['the district office', () => cast.office],
    ['an inspector', () => cast.inspector],
  ])('lists the active inspectors, by name only, to %s', async (_who, person) => {
    const result = await app.gql(INSPECTORS, {}, person().token);
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    expect(result.data.assignableInspectors).toEqual([
      { id: cast.inspector.id, displayName: 'inspector', role: 'INSPECTOR', unitId: null, unitName: null },
      {
        id: cast.otherInspector.id,
        displayName: 'inspector2',
        role: 'INSPECTOR',
        unitId: null,
        unitName: null,
      },
    ]);
  });

  it('offers nothing an account list would: no username, lock or account state', async () => {
    const result = await app.gql('{ assignableInspectors { id username disabled } }', {}, cast.office.token);
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions?.code).toBe('VALIDATION');
  });

  it.each([
    ['a unit officer', () => cast.officerA],
    ['a leader', () => cast.leader],
    ['the system administrator (who has the account list)', () => cast.admin],
  ])('refuses %s', async (_who, person) => {
    const result = await app.gql(INSPECTORS, {}, person().token);
    expect(result.data ?? null).toBeNull();
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'FORBIDDEN' });
  });

  it('asks for a login without a token', async () => {
    const result = await app.gql(INSPECTORS, {});
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('opens an inspection with a picked team, which the inspection then names to its readers', async () => {
    const picked = (await app.gql(INSPECTORS, {}, cast.office.token)).data.assignableInspectors as {
      id: string;
    }[];
    const opened = await app.gql(
      OPEN,
      {
        input: {
          kind: 'RULE_OF_LAW',
          title: '2030年度法治督察',
          teamUserIds: picked.map((user) => user.id),
          targetUnitIds: [cast.units.a],
          periodStart: '2030-04-01',
          periodEnd: '2030-04-30',
        },
      },
      cast.office.token,
    );
    expect(opened.errors, JSON.stringify(opened.errors)).toBeUndefined();
    const team = await app.gql(TEAM, { id: opened.data.openInspection.id }, cast.officerA.token);
    expect(team.errors, JSON.stringify(team.errors)).toBeUndefined();
    expect(team.data.inspection.team).toEqual([
      { id: cast.inspector.id, displayName: 'inspector', role: 'INSPECTOR' },
      { id: cast.otherInspector.id, displayName: 'inspector2', role: 'INSPECTOR' },
    ]);
  });
});
