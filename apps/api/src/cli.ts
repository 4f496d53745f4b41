import 'reflect-metadata';
import { createReadStream, createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { checkpointCodec, exportJsonl, importJsonl } from '@duban/event-store';
import { ConfigError } from './core/config/config-error.js';
import { loadConfig } from './core/config/load-config.js';
import { createEventStore } from './core/event-store/create-event-store.js';
import { verifyCommand } from './modules/integrity/cli/verify-command.js';
import { readDigestFile } from './modules/integrity/digest-file.js';
import { readDigestSigner } from './modules/integrity/digest-key.js';
import { createReadDatabase } from './modules/read-model/create-read-database.js';
import { createProjector } from './modules/read-model/projector-host.js';

const USAGE = `usage: node apps/api/dist/cli.js <command>

commands:
  rebuild-projections   rebuild the read model from the event log into a shadow schema and swap it in;
                        running API instances carry on from the rebuilt checkpoint
  verify [digests.jsonl]
                        recompute every event hash chain and log digest, check each digest's
                        signature (DUBAN_DIGEST_KEY_FILE) and the log against the digest file
                        (DUBAN_DIGEST_FILE, or the copy named); exit 0 when intact, 1 when broken,
                        printing where
  export <file.jsonl>   write the whole event log, in global order, as JSON Lines (a backup)
  import <file.jsonl>   load an exported log into the configured store, which must be empty
                        (restore a backup, or move from the embedded store to a server)`;

/** Rebuilds the read model with the configuration of the environment and prints the figures as JSON. */
async function rebuildProjections(): Promise<void> {
  const config = loadConfig(process.env);
  const store = createEventStore(config);
  await store.init();
  const db = createReadDatabase(store, config);
  const projector = createProjector(store, db);
  try {
    const result = await projector.rebuild();
    console.log(
      JSON.stringify({
        command: 'rebuild-projections',
        events: result.events,
        ms: Math.round(result.ms),
        eventsPerSecond: result.ms > 0 ? Math.round((result.events / result.ms) * 1000) : null,
        checkpoint: checkpointCodec.format(result.checkpoint),
      }),
    );
  } finally {
    await projector.stop();
    await db.close();
    await store.close();
  }
}

/** Verifies the configured store's log; the exit code says whether it is intact. */
async function verify(digestFile: string | undefined): Promise<number> {
  const config = loadConfig(process.env);
  const store = createEventStore(config);
  await store.init();
  try {
    return await verifyCommand(store, (line) => console.log(line), {
      signer: await readDigestSigner(config),
      digestFile: await readDigestFile(digestFile ?? config.digestFile),
    });
  } finally {
    await store.close();
  }
}

/** Exports the configured store's log to a JSON Lines file. */
async function exportLog(file: string): Promise<void> {
  const store = createEventStore(loadConfig(process.env));
  await store.init();
  const out = createWriteStream(file);
  try {
    const result = await exportJsonl(store, out);
    out.end();
    await once(out, 'finish');
    console.log(
      JSON.stringify({ command: 'export', file, ...result }, (_key, value: unknown) =>
        typeof value === 'bigint' ? value.toString() : value,
      ),
    );
  } finally {
    await store.close();
  }
}

/** Imports a JSON Lines export into the configured (empty) store. */
async function importLog(file: string): Promise<void> {
  const store = createEventStore(loadConfig(process.env));
  await store.init();
  try {
    const result = await importJsonl(store, createReadStream(file));
    console.log(
      JSON.stringify({ command: 'import', file, ...result }, (_key, value: unknown) =>
        typeof value === 'bigint' ? value.toString() : value,
      ),
    );
  } finally {
    await store.close();
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, argument] = argv;
  switch (command) {
    case 'rebuild-projections':
      await rebuildProjections();
      return 0;
    case 'verify':
      return verify(argument);
    case 'export':
    case 'import':
      if (!argument) {
        console.error(`${command} needs a file name\n\n${USAGE}`);
        return 2;
      }
      await (command === 'export' ? exportLog(argument) : importLog(argument));
      return 0;
    case undefined:
    case 'help':
    case '--help':
      console.log(USAGE);
      return command === undefined ? 2 : 0;
    default:
      console.error(`unknown command "${command}"\n\n${USAGE}`);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ConfigError ? error.message : error);
    process.exit(error instanceof ConfigError ? 2 : 1);
  },
);
