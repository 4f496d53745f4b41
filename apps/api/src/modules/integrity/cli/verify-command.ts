import { verifyLog } from '@duban/event-store';
import type { EventStore } from '@duban/event-store';

/**
 * `cli.js verify`: recomputes every hash chain and digest. Prints a JSON summary line, then one line
 * per break; the exit code is 0 for a clean log and 1 when anything is broken.
 */
export async function verifyCommand(store: EventStore, print: (line: string) => void): Promise<number> {
  const report = await verifyLog(store);
  print(
    JSON.stringify({
      command: 'verify',
      ok: report.ok,
      events: report.events,
      streams: report.streams,
      digests: report.digests,
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
