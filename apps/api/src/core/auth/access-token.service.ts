import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { Clock } from '../clock/clock.js';
import { APP_CONFIG } from '../config/config.token.js';
import type { AppConfig } from '../config/app-config.js';
import type { AccessTokenClaims } from './access-token-claims.js';

export interface SignedAccessToken {
  token: string;
  expiresAt: Date;
}

/** Signs and verifies short-lived HS256 access tokens. */
@Injectable()
export class AccessTokenService {
  constructor(
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
  ) {}

  async sign(claims: AccessTokenClaims, now: Date): Promise<SignedAccessToken> {
    const iat = Math.floor(now.getTime() / 1000);
    const exp = iat + this.config.accessTokenTtlSeconds;
    const token = await this.jwt.signAsync({ ...claims, iat, exp }, { algorithm: 'HS256' });
    return { token, expiresAt: new Date(exp * 1000) };
  }

  /** The claims of a valid token, unexpired by the application's clock; null for anything else. */
  async verify(token: string): Promise<AccessTokenClaims | null> {
    try {
      const payload = await this.jwt.verifyAsync<AccessTokenClaims & { exp: number }>(token, {
        algorithms: ['HS256'],
        clockTimestamp: Math.floor(this.clock.now().getTime() / 1000),
      });
      if (
        typeof payload.sub !== 'string' ||
        typeof payload.role !== 'string' ||
        typeof payload.sid !== 'string' ||
        typeof payload.ver !== 'number' ||
        typeof payload.exp !== 'number'
      ) {
        return null;
      }
      return {
        sub: payload.sub,
        role: payload.role,
        unitId: payload.unitId ?? null,
        sid: payload.sid,
        ver: payload.ver,
      };
    } catch {
      return null;
    }
  }
}
