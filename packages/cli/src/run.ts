import { UsageError } from './args.js';
import type { Command, CommandContext } from './command.js';
import { footfallCommand } from './commands/footfall.js';
import { infoCommand } from './commands/info.js';
import { roofsCommand } from './commands/roofs.js';
import { solarCommand } from './commands/solar.js';
import { sunCommand } from './commands/sun.js';
import { terrainCommand } from './commands/terrain.js';

/** Every command of the CLI, in the order `--help` lists them. */
export const commands: readonly Command[] = [
  infoCommand,
  terrainCommand,
  sunCommand,
  solarCommand,
  roofsCommand,
  footfallCommand,
];

function mainHelp(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    'gisement: LiDAR elevation tiles to solar cadastre and planning layers',
    '',
    'Usage: gisement <command> [options]   (gisement <command> --help for details)',
    '',
    'Commands:',
    ...lines,
    '',
  ].join('\n');
}

/**
 * Run the CLI on an argument vector.
 * @returns the process exit code: 0 success, 1 failure (one line on stderr), 2 usage error
 */
export async function runCli(argv: string[], context: CommandContext): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    context.stdout.write(mainHelp());
    return name === undefined ? 2 : 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    context.stderr.write(`gisement: unknown command "${name}" (try gisement --help)\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    context.stdout.write(command.help);
    return 0;
  }
  try {
    await command.run(rest, context);
    return 0;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    context.stderr.write(`gisement ${name}: ${message.replace(/\s*\n\s*/g, ' ')}\n`);
    return error instanceof UsageError ? 2 : 1;
  }
}
