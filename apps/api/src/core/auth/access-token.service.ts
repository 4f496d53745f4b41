import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
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
  ) {}

  async sign(claims: AccessTokenClaims, now: Date): Promise<SignedAccessToken> {
    const iat = Math.floor(now.getTime() / 1000);
    const exp = iat + this.config.accessTokenTtlSeconds;
    const token = await this.jwt.signAsync({ ...claims, iat, exp }, { algorithm: 'HS256' });
    return { token, expiresAt: new Date(exp * 1000) };
  }

  /** The claims of a valid, unexpired token; null for anything else. */
  async verify(token: string): Promise<AccessTokenClaims | null> {
    try {
      const payload = await this.jwt.verifyAsync<AccessTokenClaims & { exp: number }>(token, {
        algorithms: ['HS256'],
      });
      if (
        typeof payload.sub !== 'string' ||
        typeof payload.role !== 'string' ||
        typeof payload.sid !== 'string'
      ) {
        return null;
      }
      return { sub: payload.sub, role: payload.role, unitId: payload.unitId ?? null, sid: payload.sid };
    } catch {
      return null;
    }
  }
}
