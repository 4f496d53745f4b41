import { Command } from '@nestjs/cqrs';
import type { AuthResult } from '../../sessions/auth-result.js';

export class LogInCommand extends Command<AuthResult> {
  constructor(
    readonly username: string,
    readonly password: string,
    /** The client's network address, for the per-address attempt limit. */
    readonly clientAddress: string = 'unknown',
    /** The device token an earlier successful login on this device handed out, if any. */
    readonly deviceToken: string | null = null,
  ) {
    super();
  }
}
