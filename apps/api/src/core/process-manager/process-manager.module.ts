import { Module } from '@nestjs/common';
import { loadProcessManagerSettings } from './process-manager-settings.js';
import { PROCESS_MANAGER_SETTINGS } from './process-manager-settings.token.js';

/** Settings shared by the process managers of every context (task urges, finding reminders). */
@Module({
  providers: [
    { provide: PROCESS_MANAGER_SETTINGS, useFactory: () => loadProcessManagerSettings(process.env) },
  ],
  exports: [PROCESS_MANAGER_SETTINGS],
})
export class ProcessManagerModule {}
