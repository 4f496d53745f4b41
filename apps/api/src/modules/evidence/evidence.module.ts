import { Module } from '@nestjs/common';
import { EvidenceRoutes } from './http/evidence-routes.js';
import { EvidenceFiles } from './storage/evidence-files.js';

/** Evidence files (佐证材料): content-addressed storage, upload and access-checked download. */
@Module({
  providers: [EvidenceFiles, EvidenceRoutes],
  exports: [EvidenceFiles],
})
export class EvidenceModule {}
