import type { CommandSpec, OptionSpec } from './commandSpec';
import { COMMAND_SPECS, GLOBAL_OPTIONS } from './specs';

/** Lays out `[left, right]` rows in two columns, indenting the continuation lines of `right`. */
function columns(rows: ReadonlyArray<readonly [string, string]>): string {
  const width = Math.max(...rows.map(([left]) => left.length)) + 3;
  return rows
    .map(([left, right]) =>
      right
        .split('\n')
        .map((line, index) => `  ${(index === 0 ? left : '').padEnd(width)}${line}`)
        .join('\n'),
    )
    .join('\n');
}

const optionLabel = (option: OptionSpec): string =>
  [
    ...(option.short ? [`-${option.short}`] : []),
    `--${option.name}${option.value ? ` ${option.value.placeholder}` : ''}`,
  ].join(', ');

const usageLine = (spec: CommandSpec) => `yuedu ${spec.name}${spec.usage ? ` ${spec.usage}` : ''}`;

/** The text of `yuedu --help`: every command, generated from the specs so the two stay in step. */
export function globalHelp(): string {
  const commands = COMMAND_SPECS.map(
    (spec) =>
      [`${spec.name} ${spec.usage.replace(/\s*(\[|--).*$/, '')}`.trim(), spec.summary] as const,
  );
  return `Usage: yuedu [--data-dir DIR] [--seeds-dir DIR] [--json] <command> [options]

Reads, searches and annotates the same library as the Yuedu desktop app.

Commands:
${columns([...commands, ['help [<command>]', "Show this help, or one command's help."]])}

Global options (before or after the command):
${columns(GLOBAL_OPTIONS.map((option) => [optionLabel(option), option.description]))}

Run "yuedu <command> --help" (or "yuedu help <command>") for a command's options and examples.
Exit status: 0 when done, 1 when Yuedu refused or could not do it, 2 for a usage mistake.
`;
}

/** The text of `yuedu <command> --help`: usage, what it does, its options and examples. */
export function commandHelp(spec: CommandSpec): string {
  const sections = [`Usage: ${usageLine(spec)}`, `${spec.summary}\n${spec.details}`];
  if (spec.options.length > 0) {
    sections.push(
      `Options:\n${columns(spec.options.map((option) => [optionLabel(option), option.description]))}`,
    );
  }
  sections.push(
    'Global options: --data-dir DIR, --seeds-dir DIR, --json, -h/--help (see "yuedu --help").',
  );
  sections.push(`Examples:\n${spec.examples.map((example) => `  ${example}`).join('\n')}`);
  return `${sections.join('\n\n')}\n`;
}
