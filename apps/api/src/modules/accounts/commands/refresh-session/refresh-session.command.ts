import { Command } from '@nestjs/cqrs';
import type { AuthResult } from '../../sessions/auth-result.js';

export class RefreshSessionCommand extends Command<AuthResult> {
  constructor(readonly refreshToken: string) {
    super();
  }
}
