import { createSecretKey } from 'node:crypto';
import { DynamicModule, Global, Module, ModuleMetadata } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { APP_CONFIG } from '../config/config.token.js';
import type { AppConfig } from '../config/app-config.js';
import { AccessTokenService } from './access-token.service.js';
import { AuthGuard } from './auth.guard.js';
import { resolveJwtSecret } from './jwt-secret.js';
import { RequestContextFactory } from './request-context.factory.js';

export interface AuthModuleOptions {
  /** Modules that provide the `ActorResolver` (the accounts module). */
  imports: NonNullable<ModuleMetadata['imports']>;
}

/** Access tokens, the request context and the guard that makes every operation need a login by default. */
@Global()
@Module({})
export class AuthModule {
  static forRoot(options: AuthModuleOptions): DynamicModule {
    return {
      module: AuthModule,
      imports: [
        JwtModule.registerAsync({
          inject: [APP_CONFIG],
          useFactory: async (config: AppConfig) => ({
            // A KeyObject, made once: given a string, jsonwebtoken tries to read it as a public key on
            // every verify and only then falls back to a secret (measured: a quarter of the CPU of a
            // cached read under load).
            secret: createSecretKey(Buffer.from(await resolveJwtSecret(config), 'utf8')),
            signOptions: { algorithm: 'HS256' },
            verifyOptions: { algorithms: ['HS256'] },
          }),
        }),
        ...options.imports,
      ],
      providers: [AccessTokenService, RequestContextFactory, { provide: APP_GUARD, useClass: AuthGuard }],
      exports: [AccessTokenService, RequestContextFactory],
    };
  }
}
