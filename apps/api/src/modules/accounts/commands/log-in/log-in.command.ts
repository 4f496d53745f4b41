import { Command } from '@nestjs/cqrs';
import type { AuthResult } from '../../sessions/auth-result.js';

export class LogInCommand extends Command<AuthResult> {
  constructor(
    readonly username: string,
    readonly password: string,
  ) {
    super();
  }
}
