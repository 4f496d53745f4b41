import { verifyLog } from '@duban/event-store';
import type { DigestFileEntry, DigestSigner, EventStore } from '@duban/event-store';

export interface VerifyCommandOptions {
  /** The signing key's signer (its public half is what checks); null when the key file is missing. */
  signer: DigestSigner | null;
  /** Entries of the digest file (the configured one, or a copy shipped elsewhere). */
  digestFile: DigestFileEntry[];
}

/**
 * `cli.js verify`: recomputes every hash chain and digest, checks every digest's signature against
 * the signing key and the log against the digest file. Prints a JSON summary line, then one line per
 * break; the exit code is 0 for a clean log and 1 when anything is broken. Without the key every
 * signed digest counts as unsigned: a log is never called intact unchecked.
 */
export async function verifyCommand(
  store: EventStore,
  print: (line: string) => void,
  options: VerifyCommandOptions,
): Promise<number> {
  const report = await verifyLog(store, {
    trustedKeys: options.signer ? [options.signer.publicKey] : [],
    digestFile: options.digestFile,
  });
  print(
    JSON.stringify({
      command: 'verify',
      ok: report.ok,
      events: report.events,
      streams: report.streams,
      digests: report.digests,
      signedDigests: report.signedDigests,
      unanchoredEvents: report.unanchoredEvents,
      digestFileEntries: options.digestFile.length,
      keyId: options.signer?.keyId ?? null,
      checkedThrough: report.checkedThrough,
      firstBreak: report.firstBreak,
    }),
  );
  for (const found of report.breaks) {
    print(
      `BROKEN ${found.kind} stream=${found.streamId} position=${found.streamPosition} event=${found.eventId ?? '-'} expected=${found.expected ?? '-'} found=${found.found ?? '-'}: ${found.message}`,
    );
  }
  return report.ok ? 0 : 1;
}
