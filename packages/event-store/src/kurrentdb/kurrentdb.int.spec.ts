import { describe } from 'vitest';
import { runEventStoreContract } from '../testing/contract.js';
import { createKurrentDbEventStore } from './create-kurrentdb-event-store.js';

const url = process.env.KURRENTDB_URL;

// No KurrentDB server runs in CI, so this suite is reported as skipped by name unless a URL is given.
describe.skipIf(!url)('kurrentdb adapter (needs KURRENTDB_URL)', () => {
  runEventStoreContract('kurrentdb', () => createKurrentDbEventStore({ connectionString: url! }), {
    freshStoreIsEmpty: false,
    globallyUniqueEventIds: false,
  });
});
