import { Module } from '@nestjs/common';
import { EvidenceRoutes } from './http/evidence-routes.js';
import { EvidenceAccess } from './index/evidence-access.js';
import { EvidenceIndex } from './index/evidence-index.js';
import { EvidenceFiles } from './storage/evidence-files.js';

/**
 * Evidence files (佐证材料): content-addressed storage, upload, and one access rule for downloading
 * and for citing a file in a command (`EvidenceAccess`).
 */
@Module({
  providers: [EvidenceFiles, EvidenceIndex, EvidenceAccess, EvidenceRoutes],
  exports: [EvidenceFiles, EvidenceAccess],
})
export class EvidenceModule {}
