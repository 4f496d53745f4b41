import { Command } from '@nestjs/cqrs';

export class LogOutCommand extends Command<boolean> {
  constructor(readonly refreshToken: string) {
    super();
  }
}
