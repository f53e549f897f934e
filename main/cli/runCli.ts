import os from 'node:os';
import path from 'node:path';
import type { Language } from '../../shared/model/settings';
import { openYuedu } from '../api/openYuedu';
import type { Yuedu } from '../api/yuedu';
import { defaultDataDir } from '../paths/defaultDataDir';
import { SOURCE_LAYOUT } from '../paths/projectPaths';
import { CommandError, UsageError } from './cliErrors';
import type { CliIo } from './cliIo';
import { backupCommand, restoreCommand } from './commands/backupCommands';
import { importCommand, removeCommand } from './commands/importCommands';
import { exportCommand, highlightCommand, notesCommand } from './commands/noteCommands';
import { listCommand, searchCommand, showCommand } from './commands/readingCommands';
import { serveCommand } from './commands/serveCommand';
import {
  configCommand,
  groupCommand,
  packCommand,
  replyCommand,
  whoamiCommand,
} from './commands/groupCommands';
import {
  findCommand,
  parseCommandLine,
  type CommandLine,
  type GlobalOptions,
} from './parseCommandLine';
import { commandHelp, globalHelp } from './usage';
import { AppFailure } from '../appFailure';
import { callService } from './callService';
import { terminalText } from './terminalText';

const VERSION = '0.1.0';

/** Guesses the UI language for `yuedu serve` from the usual locale variables. */
function languageFromEnv(env: CliIo['env']): Language {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh/i.test(locale) ? 'zh' : 'en';
}

/** The help asked for: one command's, or the list of every command. */
function helpText(topic: string | undefined): string {
  const spec = topic === undefined ? undefined : findCommand(topic);
  return spec ? commandHelp(spec) : globalHelp();
}

/** The data folder: --data-dir, else YUEDU_DATA_DIR, else the desktop app's; never an empty one. */
function chooseDataDir(given: string | undefined, io: CliIo): string {
  const fromEnv = io.env.YUEDU_DATA_DIR;
  if (given === undefined && fromEnv !== undefined && fromEnv.trim() === '') {
    // An empty value would silently mean the current folder.
    throw new UsageError(
      'YUEDU_DATA_DIR is set but empty; set it to a folder, or unset it to use the default one.',
    );
  }
  return path.resolve(
    io.cwd,
    given ?? fromEnv ?? defaultDataDir(process.platform, io.env, os.homedir()),
  );
}

async function runCommand(
  yuedu: Yuedu,
  line: Exclude<CommandLine, { command: 'help' }>,
  io: CliIo,
  json: boolean,
) {
  switch (line.command) {
    case 'list':
      return listCommand(yuedu, io, json);
    case 'show':
      return showCommand(yuedu, io, json, line.id);
    case 'search':
      return searchCommand(yuedu, io, json, line.query, line.limit);
    case 'highlight':
      return highlightCommand(yuedu, io, json, line);
    case 'notes':
      return notesCommand(yuedu, io, json, line);
    case 'export':
      return exportCommand(yuedu, io, line);
    case 'backup':
      return backupCommand(yuedu, io, json, line.out);
    case 'restore':
      return restoreCommand(yuedu, io, json, line.file);
    case 'import':
      return importCommand(yuedu, io, json, line.paths);
    case 'remove':
      return removeCommand(yuedu, io, json, line.id);
    case 'whoami':
      return whoamiCommand(yuedu, io, json);
    case 'config':
      return configCommand(yuedu, io, json, line);
    case 'group':
      return groupCommand(yuedu, io, json, line);
    case 'reply':
      return replyCommand(yuedu, io, json, line);
    case 'pack':
      return packCommand(yuedu, io, json, line);
    case 'serve':
      return serveCommand(yuedu, io, line.port);
  }
}

/**
 * The `yuedu` command: parses argv, opens the same services the app uses, and maps failures onto
 * exit codes (2 for usage mistakes, 1 for refused requests) with one clear line on stderr.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let line: Exclude<CommandLine, { command: 'help' }>;
  let global: GlobalOptions;
  let dataDir: string;
  try {
    const parsed = parseCommandLine(argv);
    if (parsed.line.command === 'help') {
      io.stdout(helpText(parsed.line.topic));
      return 0;
    }
    line = parsed.line;
    global = parsed.global;
    dataDir = chooseDataDir(global.dataDir, io);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    const help = error.command ? `yuedu ${error.command} --help` : 'yuedu --help';
    io.stderr(`yuedu: ${terminalText(error.message)} Run "${help}" for usage.\n`);
    return 2;
  }
  const seedsDir = path.resolve(
    io.cwd,
    global.seedsDir ?? (io.env.YUEDU_SEEDS_DIR || SOURCE_LAYOUT.seedsDir),
  );
  let yuedu: Yuedu | undefined;
  try {
    yuedu = await openYuedu({
      dataDir,
      seedsDir,
      generatedDir: SOURCE_LAYOUT.generatedDir,
      systemLanguage: line.command === 'serve' ? (line.lang ?? languageFromEnv(io.env)) : 'en',
      version: VERSION,
      // A running server notices what other processes import into or remove from its data folder.
      watchLibrary: line.command === 'serve',
    });
    const notices = await callService(yuedu, 'app:notices', {});
    for (const notice of notices) io.stderr(`yuedu: ${terminalText(notice)}\n`);
    await runCommand(yuedu, line, io, global.json);
    return 0;
  } catch (error) {
    if (error instanceof CommandError || error instanceof AppFailure) {
      io.stderr(`yuedu: ${terminalText(error.message)}\n`);
      return 1;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`yuedu: Unexpected error: ${terminalText(message)}\n`);
    return 1;
  } finally {
    await yuedu?.close();
  }
}
