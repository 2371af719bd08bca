#!/usr/bin/env node
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeSampleTown } from './write.js';

const USAGE = `Usage: node data-samples/dist/main.js [--out <dir>] [--seed <int>]

Writes the synthetic town near Albi (DSM, DTM, buildings, truth, streets, shops,
vacant premises, counters, counts) into <dir> (default: data-samples/albi).`;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      seed: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  const seed = values.seed === undefined ? undefined : Number(values.seed);
  if (seed !== undefined && !Number.isInteger(seed)) {
    throw new Error(`--seed must be an integer, got ${values.seed}`);
  }
  const outDir = values.out ?? fileURLToPath(new URL('../albi/', import.meta.url));
  const files = await writeSampleTown(outDir, seed);
  process.stderr.write(`wrote ${files.length} files to ${outDir}\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
