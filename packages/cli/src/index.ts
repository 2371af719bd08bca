export type { Command, CommandContext } from './command.js';
export { commands, runCli } from './run.js';
