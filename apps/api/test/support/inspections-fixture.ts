import { randomUUID } from 'node:crypto';
import type { StoredFile } from '../../src/modules/evidence/storage/stored-file.js';
import { TEST_ADMIN } from './start-test-app.js';
import type { TestApp } from './start-test-app.js';

/**
 * Tokens are signed at the app's clock but verified at the real time; a clock held in 2024 needs
 * tokens that live long enough to still be valid today.
 */
export const LONG_LIVED_TOKENS = { DUBAN_ACCESS_TOKEN_TTL: '3650d', DUBAN_REFRESH_TOKEN_TTL: '3660d' };

/** A clock the test moves by hand. */
export class ManualClock {
  constructor(private current: Date) {}
  now(): Date {
    return new Date(this.current.getTime());
  }
  set(iso: string): void {
    this.current = new Date(iso);
  }
}

export interface Person {
  id: string;
  token: string;
}

export interface InspectionCast {
  units: { a: string; b: string; c: string };
  office: Person;
  leader: Person;
  admin: Person;
  inspector: Person;
  otherInspector: Person;
  officerA: Person;
  officerB: Person;
}

const REGISTER = 'mutation($input: RegisterUserInput!) { registerUser(input: $input) { id } }';
const PASSWORD = 'Inspection-Test-2024!';

/**
 * Units are registered straight into the log as the units module would record them, so these
 * suites do not depend on that module's screens; people are registered through the API.
 */
export async function registerUnit(app: TestApp, unitId: string, name: string): Promise<void> {
  await app.store.append(
    `unit-${unitId}`,
    [
      {
        id: randomUUID(),
        type: 'UnitRegistered',
        data: { unitId, name, kind: 'DEPARTMENT', registeredAt: '2024-01-01T00:00:00.000Z' },
        metadata: { actor: { userId: 'system', role: 'SYSTEM_ADMIN', unitId: null } },
      },
    ],
    'no_stream',
  );
}

export async function registerPerson(
  app: TestApp,
  username: string,
  role: string,
  unitId: string | null = null,
): Promise<Person> {
  const created = await app.gql(
    REGISTER,
    { input: { username, displayName: username, role, unitId, password: PASSWORD } },
    await app.adminToken(),
  );
  if (!created.data?.registerUser) throw new Error(`register ${username}: ${JSON.stringify(created.errors)}`);
  const session = await app.login(username, PASSWORD);
  return { id: created.data.registerUser.id, token: session.accessToken };
}

/** Three units, and one person in every role the inspection rules tell apart. */
export async function castInspectionRoles(app: TestApp, prefix = ''): Promise<InspectionCast> {
  const units = { a: `${prefix}unit-a`, b: `${prefix}unit-b`, c: `${prefix}unit-c` };
  await registerUnit(app, units.a, '区应急管理局');
  await registerUnit(app, units.b, '区卫健委');
  await registerUnit(app, units.c, '区农业农村水利局');
  const admin = await app.login(TEST_ADMIN.username, TEST_ADMIN.password);
  return {
    units,
    admin: { id: admin.user.id, token: admin.accessToken },
    office: await registerPerson(app, `${prefix}office`, 'DISTRICT_OFFICE'),
    leader: await registerPerson(app, `${prefix}leader`, 'LEADER'),
    inspector: await registerPerson(app, `${prefix}inspector`, 'INSPECTOR'),
    otherInspector: await registerPerson(app, `${prefix}inspector2`, 'INSPECTOR'),
    officerA: await registerPerson(app, `${prefix}officer-a`, 'UNIT_OFFICER', units.a),
    officerB: await registerPerson(app, `${prefix}officer-b`, 'UNIT_OFFICER', units.b),
  };
}

/** The number of events in the whole log: a refused command must leave it unchanged. */
export async function logLength(app: TestApp): Promise<number> {
  return (await app.store.readAll()).length;
}

/** Uploads a small PDF through POST /files and returns the reference it answers with. */
export async function uploadEvidence(app: TestApp, name: string, token: string): Promise<StoredFile> {
  const form = new FormData();
  form.append('file', new Blob([Buffer.from(`%PDF-1.4\n% ${name}\n%%EOF\n`, 'utf8')]), name);
  const response = await fetch(`${app.url}/files`, {
    method: 'POST',
    body: form,
    headers: { authorization: `Bearer ${token}` },
  });
  if (response.status !== 201) throw new Error(`upload ${name}: ${response.status} ${await response.text()}`);
  return (await response.json()) as StoredFile;
}
