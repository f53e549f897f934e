import { UsageError } from './cliErrors';
import type { CommandSpec, OptionSpec } from './commandSpec';
import { COMMAND_SPECS, GLOBAL_OPTIONS, type CommandRequest } from './specs';

export type CommandLine = { command: 'help'; topic?: string } | CommandRequest;

export interface GlobalOptions {
  dataDir: string | undefined;
  /** Another version of the corpus to read instead of the bundled seeds. */
  seedsDir: string | undefined;
  json: boolean;
}

const GLOBAL_NAMES = new Set(GLOBAL_OPTIONS.map((option) => option.name));

/** Finds a command's spec by name, or undefined for a name that is not a command. */
export function findCommand(name: string): CommandSpec | undefined {
  return (COMMAND_SPECS as readonly CommandSpec[]).find((spec) => spec.name === name);
}

/** Every spelling (`--color`, `--colour`, `-h`) of every option any command takes. */
function knownSpellings(): Map<string, OptionSpec> {
  const spellings = new Map<string, OptionSpec>();
  const all = [...GLOBAL_OPTIONS, ...COMMAND_SPECS.flatMap((spec) => spec.options)];
  for (const option of all) {
    for (const name of [option.name, ...(option.aliases ?? [])]) spellings.set(`--${name}`, option);
    if (option.short) spellings.set(`-${option.short}`, option);
  }
  return spellings;
}

interface Tokens {
  values: Record<string, string | true>;
  /** Every value of each option that repeats. */
  repeated: Record<string, string[]>;
  /** Each option as it was typed, with the option it names. */
  given: Array<{ spelling: string; option: OptionSpec }>;
  positionals: string[];
  /** The first mistake, reported unless help was asked for. */
  problem: string | undefined;
}

/**
 * Splits argv into options and positionals; `--` ends the options, the last of a repeated option
 * wins unless the option `repeats`.
 */
function tokenize(argv: readonly string[]): Tokens {
  const spellings = knownSpellings();
  const tokens: Tokens = {
    values: {},
    repeated: {},
    given: [],
    positionals: [],
    problem: undefined,
  };
  const note = (problem: string) => (tokens.problem ??= problem);
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--') {
      tokens.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      tokens.positionals.push(arg);
      continue;
    }
    const equals = arg.startsWith('--') ? arg.indexOf('=') : -1;
    const spelling = equals === -1 ? arg : arg.slice(0, equals);
    const option = spellings.get(spelling);
    if (!option) {
      note(`There is no option ${spelling}.`);
      continue;
    }
    tokens.given.push({ spelling, option });
    if (!option.value) {
      if (equals !== -1) note(`${spelling} takes no value.`);
      else tokens.values[option.name] = true;
      continue;
    }
    let value: string | undefined;
    if (equals !== -1) value = arg.slice(equals + 1);
    else {
      const next = argv[i + 1];
      if (next === undefined) {
        note(`${spelling} needs ${option.value.what}.`);
        continue;
      }
      if (next.startsWith('-') && next !== '-') {
        note(
          `${spelling} needs ${option.value.what}; to give one that starts with "-", write ${spelling}=${next}.`,
        );
        continue;
      }
      value = next;
      i += 1;
    }
    if (value.trim() === '' && !option.value.mayBeEmpty) {
      note(`${spelling} needs ${option.value.what}, not an empty value.`);
      continue;
    }
    tokens.values[option.name] = value;
    if (option.repeats) (tokens.repeated[option.name] ??= []).push(value);
  }
  return tokens;
}

/**
 * Turns argv into one typed command, refusing unknown commands, options that the command does not
 * take, and missing or malformed arguments with a sentence of our own, so that every command below
 * can trust its input. `yuedu help <command>` and `yuedu <command> --help` ask for one command's help.
 */
export function parseCommandLine(argv: readonly string[]): {
  line: CommandLine;
  global: GlobalOptions;
} {
  const tokens = tokenize(argv);
  const { values } = tokens;
  const global: GlobalOptions = {
    dataDir: typeof values['data-dir'] === 'string' ? values['data-dir'] : undefined,
    seedsDir: typeof values['seeds-dir'] === 'string' ? values['seeds-dir'] : undefined,
    json: values.json === true,
  };
  const [name, ...rest] = tokens.positionals;

  if (name === 'help' || (values.help === true && name !== undefined)) {
    const topic = name === 'help' ? rest[0] : name;
    if (name === 'help' && rest.length > 1) {
      throw new UsageError(`Unexpected argument "${rest[1]}": "help" takes one command name.`);
    }
    if (topic === undefined || topic === 'help') return { line: { command: 'help' }, global };
    if (!findCommand(topic)) throw unknownCommand(topic);
    return { line: { command: 'help', topic }, global };
  }
  if (values.help === true) return { line: { command: 'help' }, global };
  const spec = name === undefined ? undefined : findCommand(name);
  if (tokens.problem !== undefined) throw new UsageError(tokens.problem, spec?.name);
  if (name === undefined) return { line: { command: 'help' }, global };
  if (!spec) throw unknownCommand(name);

  const own = new Set(spec.options.map((option) => option.name));
  const options: Record<string, string | true> = {};
  const repeated: Record<string, readonly string[]> = {};
  for (const { spelling, option } of tokens.given) {
    if (GLOBAL_NAMES.has(option.name)) continue;
    if (!own.has(option.name)) {
      throw new UsageError(`"${spec.name}" does not take ${spelling}.`, spec.name);
    }
    options[option.name] = values[option.name]!;
    const all = tokens.repeated[option.name];
    if (all !== undefined) repeated[option.name] = all;
  }
  return { line: spec.parse({ options, repeated, positionals: rest }) as CommandRequest, global };
}

function unknownCommand(name: string): UsageError {
  return new UsageError(`There is no command "${name}".`);
}
