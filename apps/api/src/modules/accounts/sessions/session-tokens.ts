import { Inject, Injectable } from '@nestjs/common';
import { AccessTokenService } from '../../../core/auth/access-token.service.js';
import { APP_CONFIG } from '../../../core/config/config.token.js';
import type { AppConfig } from '../../../core/config/app-config.js';
import type { UserRecord } from '../directory/user-record.js';
import type { AuthResult } from './auth-result.js';

/** Signs the access token of a session and dates its refresh token. */
@Injectable()
export class SessionTokens {
  constructor(
    private readonly accessTokens: AccessTokenService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  refreshExpiry(now: Date): string {
    return new Date(now.getTime() + this.config.refreshTokenTtlSeconds * 1000).toISOString();
  }

  async issue(user: UserRecord, sessionId: string, refreshToken: string, now: Date): Promise<AuthResult> {
    const access = await this.accessTokens.sign(
      { sub: user.id, role: user.role, unitId: user.unitId, sid: sessionId, ver: user.tokenVersion },
      now,
    );
    return { accessToken: access.token, refreshToken, expiresAt: access.expiresAt, user };
  }
}
