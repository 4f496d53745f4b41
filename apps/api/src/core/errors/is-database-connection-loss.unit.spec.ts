import { describe, expect, it } from 'vitest';
import { isDatabaseConnectionLoss } from './is-database-connection-loss.js';

describe('isDatabaseConnectionLoss', () => {
  it('recognises PostgreSQL ending the session and lost sockets', () => {
    expect(
      isDatabaseConnectionLoss({
        code: '57P01',
        message: 'terminating connection due to administrator command',
      }),
    ).toBe(true);
    expect(isDatabaseConnectionLoss({ code: 'ECONNRESET', message: 'read ECONNRESET' })).toBe(true);
    expect(isDatabaseConnectionLoss(new Error('Connection terminated unexpectedly'))).toBe(true);
  });

  it('leaves every other error to crash the process as it should', () => {
    expect(isDatabaseConnectionLoss(new TypeError("Cannot read properties of undefined (reading '0')"))).toBe(
      false,
    );
    expect(
      isDatabaseConnectionLoss({ code: '23505', message: 'duplicate key value violates unique constraint' }),
    ).toBe(false);
    expect(isDatabaseConnectionLoss(undefined)).toBe(false);
  });
});
