import { UsageError } from './cliErrors';

/** One `--option` a command (or every command) takes, as the parser reads it and help shows it. */
export interface OptionSpec {
  /** The long name without dashes, as commands read it: `limit` for `--limit`. */
  name: string;
  /** Other spellings accepted for the same option, such as `colour` for `color`. */
  aliases?: readonly string[];
  /** A one-letter form, such as `h` for `-h`. */
  short?: string;
  /** For an option that takes a value: its name in help (`N`) and what it is in errors ("a number"). */
  value?: { placeholder: string; what: string; mayBeEmpty?: boolean };
  /** For an option that takes a value: may be given more than once, every value kept in order. */
  repeats?: boolean;
  /** One sentence (or more, with "\n" between lines) for the help text. */
  description: string;
}

/** What the command line gave a command once global options are taken out. */
export interface CommandArgs {
  /** By long name: the text given, or true for a flag. */
  options: Readonly<Record<string, string | true | undefined>>;
  /** Every value of each option that `repeats`, in the order given. */
  repeated?: Readonly<Record<string, readonly string[]>>;
  positionals: readonly string[];
}

/**
 * Everything about one `yuedu` command except running it: its help and how it reads its arguments
 * into a typed request. Running lives in `commands/`, so specs stay cheap to load for `--help`.
 */
export interface CommandSpec<Line extends { command: string } = { command: string }> {
  name: Line['command'];
  /** The arguments after the name, for the usage line: `<query> [--limit N]`. */
  usage: string;
  /** One line for the list of commands in `yuedu --help`. */
  summary: string;
  /** What the command does, for `yuedu <name> --help`; lines already wrapped. */
  details: string;
  options: readonly OptionSpec[];
  examples: readonly string[];
  /** Turns the arguments into a request, or throws a UsageError saying what is wrong. */
  parse: (args: CommandArgs) => Line;
}

/** Keeps a spec's request type, so the command line union is inferred from the specs. */
export const defineCommand = <Line extends { command: string }>(
  spec: CommandSpec<Line>,
): CommandSpec<Line> => spec;

/** Checks the number of positional arguments, naming what was expected. */
export function expectArguments(
  command: string,
  given: readonly string[],
  expected: { min: number; max: number; what: string },
): void {
  if (given.length < expected.min) {
    throw new UsageError(`"${command}" needs ${expected.what}.`, command);
  }
  if (given.length > expected.max) {
    const takes = expected.max === 0 ? 'takes no arguments' : `takes only ${expected.what}`;
    throw new UsageError(
      `Unexpected argument "${given[expected.max]}": "${command}" ${takes}.`,
      command,
    );
  }
}

/** Reads a whole number within a range, with one message for every way it can be wrong. */
export function wholeNumber(
  command: string,
  option: string,
  raw: string,
  range: { min: number; max: number; note?: string },
): number {
  const value = Number(raw);
  if (!/^\d+$/.test(raw) || value < range.min || value > range.max) {
    throw new UsageError(
      `--${option} must be a whole number from ${range.min} to ${range.max}${range.note ?? ''}, not "${raw}".`,
      command,
    );
  }
  return value;
}

/** Reads a value that must be one of a fixed list. */
export function oneOf<T extends string>(
  command: string,
  option: string,
  raw: string,
  allowed: readonly T[],
): T {
  if (!(allowed as readonly string[]).includes(raw)) {
    const choices = allowed.length === 1 ? allowed[0] : `one of ${allowed.join(', ')}`;
    throw new UsageError(`--${option} must be ${choices}, not "${raw}".`, command);
  }
  return raw as T;
}

/** The text of a string option (flags are never passed here), or undefined when not given. */
export const text = (args: CommandArgs, name: string): string | undefined => {
  const value = args.options[name];
  return typeof value === 'string' ? value : undefined;
};

/** Every value given for an option that `repeats` (empty when it was not given). */
export const texts = (args: CommandArgs, name: string): readonly string[] => {
  const given = args.repeated?.[name];
  if (given !== undefined) return given;
  const one = text(args, name);
  return one === undefined ? [] : [one];
};
