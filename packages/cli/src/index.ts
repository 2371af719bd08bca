export { runCli, commands } from './run.js';
export type { Command, CommandContext } from './command.js';
