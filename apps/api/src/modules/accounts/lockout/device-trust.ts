import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { resolveJwtSecret } from '../../../core/auth/jwt-secret.js';
import { APP_CONFIG } from '../../../core/config/config.token.js';
import type { AppConfig } from '../../../core/config/app-config.js';

const PREFIX = 'dv1';

/**
 * Device tokens: handed out at every successful login and sent back with the next one, they let a
 * device that has logged in to an account before pass the account's lock with the right password.
 * Five wrong guesses by anyone lock an account (the office's, the administrator's) for everybody;
 * the people who actually use it keep working. Stateless, so every instance accepts them: HMAC with
 * a key derived from the token-signing secret (a different key, so one can never pass for the other).
 */
@Injectable()
export class DeviceTrust {
  private key: Promise<Buffer> | null = null;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  /** A new token for this account on this device. */
  async issue(userId: string, now: Date): Promise<string> {
    const expires = now.getTime() + this.config.deviceTrustSeconds * 1000;
    const nonce = randomBytes(9).toString('base64url');
    const body = `${PREFIX}.${userId}.${expires}.${nonce}`;
    return `${body}.${await this.sign(body)}`;
  }

  /** True when `token` is one this deployment issued for `userId` and it has not run out. */
  async trusts(token: string | null | undefined, userId: string, now: Date): Promise<boolean> {
    if (typeof token !== 'string' || token.length > 300) return false;
    const parts = token.split('.');
    if (parts.length !== 5 || parts[0] !== PREFIX || parts[1] !== userId) return false;
    const expires = Number(parts[2]);
    if (!Number.isSafeInteger(expires) || expires <= now.getTime()) return false;
    const expected = Buffer.from(await this.sign(parts.slice(0, 4).join('.')), 'utf8');
    const given = Buffer.from(parts[4]!, 'utf8');
    return given.length === expected.length && timingSafeEqual(given, expected);
  }

  private async sign(body: string): Promise<string> {
    this.key ??= resolveJwtSecret(this.config).then((secret) =>
      createHmac('sha256', secret).update('duban device token v1').digest(),
    );
    return createHmac('sha256', await this.key)
      .update(body)
      .digest('base64url');
  }
}
