import { Module } from '@nestjs/common';
import { EvidenceModule } from '../evidence/evidence.module.js';
import { DemoSeeder } from './demo-seeder.service.js';

/**
 * The demo district seeded on first start. Other contexts add their part with
 * `DemoSeeder.register(step)` (import this module, inject the seeder).
 */
@Module({
  imports: [EvidenceModule],
  providers: [DemoSeeder],
  exports: [DemoSeeder],
})
export class DemoModule {}
