import { randomBytes } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Inject, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { SYSTEM_ACTOR } from '@duban/domain';
import { APP_CONFIG } from '../../../core/config/config.token.js';
import type { AppConfig } from '../../../core/config/app-config.js';
import { LogWriteGate } from '../../../core/event-store/log-write-gate.js';
import { deterministicUuid } from '../../../core/ids/deterministic-uuid.js';
import { brokenPasswordRules } from '../../../core/security/password-rules.js';
import { RegisterUserCommand } from '../commands/register-user/register-user.command.js';
import { UsersDirectory } from '../directory/users-directory.js';

/** Display name of the account created on first start; the administrator can change it later. */
export const INITIAL_ADMIN_DISPLAY_NAME = '系统管理员';
/** In embedded mode a generated first password is also kept here, so it is not lost with the console. */
export const INITIAL_ADMIN_PASSWORD_FILE = 'initial-admin-password';
const GENERATED_PASSWORD_BYTES = 12;

/** Random until it meets the password policy (16 base64url characters nearly always do at once). */
const generatePassword = (username: string): string => {
  for (;;) {
    const candidate = randomBytes(GENERATED_PASSWORD_BYTES).toString('base64url');
    if (brokenPasswordRules(candidate, username).length === 0) return candidate;
  }
};

/**
 * Creates the first system administrator on first start. The account id and event ids derive from
 * the username, so instances starting together (or a start retried after a crash) create it once.
 */
@Injectable()
export class InitialAdminService implements OnApplicationBootstrap {
  private readonly logger = new Logger('Accounts');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly directory: UsersDirectory,
    private readonly commands: CommandBus,
    private readonly gate: LogWriteGate,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const username = this.config.adminUsername.toLowerCase();
    if (this.directory.findByUsername(username)) return;
    if (this.gate.blocked) {
      // An empty log where the digest file expects one is a wiped log or the wrong database: an
      // administrator made now could acknowledge the loss without anyone having looked.
      this.logger.error(
        `the event log failed its integrity check: the system administrator "${username}" is not created`,
      );
      return;
    }
    const generated = this.config.adminPassword === null;
    const password = this.config.adminPassword ?? generatePassword(username);
    await this.commands.execute(
      new RegisterUserCommand(
        SYSTEM_ACTOR,
        { username, displayName: INITIAL_ADMIN_DISPLAY_NAME, role: 'SYSTEM_ADMIN', password },
        { userId: deterministicUuid('initial-admin', username), idempotencyKey: 'initial-admin' },
      ),
    );
    if (!generated) {
      this.logger.log(`created the system administrator "${username}"`);
      return;
    }
    this.logger.log(`created the system administrator "${username}" with password: ${password}`);
    if (this.config.mode === 'embedded') {
      await mkdir(this.config.dataDir, { recursive: true });
      await writeFile(join(this.config.dataDir, INITIAL_ADMIN_PASSWORD_FILE), `${username}\n${password}\n`, {
        mode: 0o600,
      });
    }
  }
}
