/** Where a command writes: results to stdout only where the contract says so, progress to stderr. */
export interface CommandContext {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
}

/** One `gisement` sub-command. */
export interface Command {
  name: string;
  /** One line for `gisement --help`. */
  summary: string;
  /** The full `--help` text of the command. */
  help: string;
  run(argv: string[], context: CommandContext): Promise<void>;
}
