import { type ParseArgsConfig, parseArgs } from 'node:util';

/** A mistake in the command line: the CLI prints the usage hint and exits with code 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * Parse a command's arguments with `node:util` parseArgs, turning its errors into
 * {@link UsageError}s that name the command.
 */
export function parseCommandArgs<O extends Options>(
  command: string,
  argv: string[],
  options: O,
): { values: { [K in keyof O]?: O[K]['type'] extends 'boolean' ? boolean : string }; positionals: string[] } {
  try {
    const parsed = parseArgs({
      args: argv,
      options: { ...options, help: { type: 'boolean', short: 'h' } },
      allowPositionals: true,
      strict: true,
    });
    return parsed as ReturnType<typeof parseCommandArgs<O>>;
  } catch (error) {
    throw new UsageError(`${command}: ${(error as Error).message}`);
  }
}

/**
 * Read a numeric option, checking it is a finite number inside [min, max].
 * @returns the number, or `fallback` when the option is absent
 */
export function numberOption(
  name: string,
  value: string | undefined,
  fallback: number,
  min = Number.NEGATIVE_INFINITY,
  max = Number.POSITIVE_INFINITY,
): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < min || n > max) {
    throw new UsageError(`--${name} expects a number in [${min}, ${max}], got "${value}"`);
  }
  return n;
}

/** The single positional input file of a command, or a usage error. */
export function onePositional(command: string, positionals: string[], what: string): string {
  if (positionals.length !== 1) {
    throw new UsageError(
      `${command}: expected one ${what}, got ${positionals.length ? positionals.join(' ') : 'none'}`,
    );
  }
  return positionals[0] as string;
}

/** The required `--out` directory, or a usage error. */
export function requiredOut(command: string, out: string | undefined): string {
  if (!out) throw new UsageError(`${command}: --out <dir> is required`);
  return out;
}

/** Read an option that takes one of `choices`; the first choice when absent. */
export function choiceOption<T extends string>(name: string, value: string | undefined, choices: readonly T[]): T {
  if (value === undefined) return choices[0] as T;
  if (!(choices as readonly string[]).includes(value)) {
    throw new UsageError(`--${name} expects one of ${choices.join(', ')}, got "${value}"`);
  }
  return value as T;
}

/** Read an integer option inside [min, max]; `fallback` when absent. */
export function integerOption(
  name: string,
  value: string | undefined,
  fallback: number,
  min: number,
  max: number,
): number {
  const n = numberOption(name, value, fallback, min, max);
  if (!Number.isInteger(n)) throw new UsageError(`--${name} expects an integer, got "${value}"`);
  return n;
}
