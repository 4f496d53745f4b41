export * from './types.js';
export * from './errors.js';
export { compareCheckpoints } from './core/checkpoint.js';
export { checkpointCodec } from './core/checkpoint-codec.js';
export type { SqlExecutor, SqlQueryable } from './sql/sql-executor.js';
export type { SqlEventStore } from './sql/sql-event-store.js';
export { createPgliteEventStore } from './pglite/create-pglite-event-store.js';
export type { PgliteEventStoreOptions } from './pglite/create-pglite-event-store.js';
export { createPostgresEventStore } from './postgres/create-postgres-event-store.js';
export type { PostgresEventStoreOptions } from './postgres/create-postgres-event-store.js';
export { createKurrentDbEventStore } from './kurrentdb/create-kurrentdb-event-store.js';
export type { KurrentDbEventStoreOptions } from './kurrentdb/create-kurrentdb-event-store.js';
export { exportJsonl } from './jsonl/export-jsonl.js';
export { importJsonl } from './jsonl/import-jsonl.js';
export { canonicalJson, canonicalJsonElement } from './integrity/canonical-json.js';
export { GENESIS_HASH, chainHash, contentDigest, contentText, eventHash } from './integrity/event-hash.js';
export type { HashedContent, HashedPlacement } from './integrity/event-hash.js';
export {
  DIGEST_ALGORITHM,
  DIGEST_ALGORITHM_V2,
  DIGEST_STREAM,
  LOG_DIGEST_RECORDED,
  LOG_DIGEST_RECORDED_V2,
  digestLeaf,
  digestRoot,
  digestSignaturePayload,
  formatDigestAnchor,
  isDigestEvent,
  latestLogDigest,
  listLogDigests,
  logHashStep,
  readLogHeads,
  recordLogDigest,
} from './integrity/log-digest.js';
export {
  createDigestSigner,
  createDigestVerifier,
  digestKeyId,
  generateDigestSigningKey,
} from './integrity/digest-signing.js';
export type { DigestSigner, DigestVerifier } from './integrity/digest-signing.js';
export { DigestFileFormatError, digestFileLine, parseDigestFile } from './integrity/digest-file.js';
export type { DigestFileEntry } from './integrity/digest-file.js';
export type {
  RecordedDigest,
  LogDigestData,
  LogHeads,
  RecordLogDigestOptions,
  RecordLogDigestResult,
  StreamHead,
} from './integrity/log-digest.js';
export { verifyLog } from './integrity/verify-log.js';
export type {
  IntegrityBreak,
  IntegrityBreakKind,
  LogVerification,
  VerifyLogOptions,
} from './integrity/verify-log.js';
export { createPostgresPool } from './postgres/create-postgres-pool.js';
export type { PostgresPool, PostgresPoolOptions } from './postgres/create-postgres-pool.js';
