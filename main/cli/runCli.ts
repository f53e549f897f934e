import os from 'node:os';
import path from 'node:path';
import type { Language } from '../../shared/model/settings';
import type { Yuedu } from '../api/yuedu';
import { defaultDataDir } from '../paths/defaultDataDir';
import { SOURCE_LAYOUT } from '../paths/projectPaths';
import { callService } from './callService';
import { CommandError, UsageError } from './cliErrors';
import type { CliIo } from './cliIo';
import {
  findCommand,
  parseCommandLine,
  type CommandLine,
  type GlobalOptions,
} from './parseCommandLine';
import { commandHelp, globalHelp } from './usage';
import { AppFailure } from '../appFailure';
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

// Each command's code is imported when that command runs, so `yuedu list` never loads the HTTP
// server, the importer or the exporters, and `yuedu --help` loads none of the services.
async function runCommand(
  yuedu: Yuedu,
  line: Exclude<CommandLine, { command: 'help' }>,
  io: CliIo,
  json: boolean,
) {
  switch (line.command) {
    case 'list':
      return (await import('./commands/readingCommands')).listCommand(yuedu, io, json);
    case 'show':
      return (await import('./commands/readingCommands')).showCommand(
        yuedu,
        io,
        json,
        line.id,
        line.pinyin,
      );
    case 'search': {
      const { searchCommand } = await import('./commands/readingCommands');
      return searchCommand(yuedu, io, json, line.query, line.limit);
    }
    case 'highlight':
      return (await import('./commands/noteCommands')).highlightCommand(yuedu, io, json, line);
    case 'notes': {
      const { notesCommand } = await import('./commands/noteCommands');
      return notesCommand(yuedu, io, json, line);
    }
    case 'export':
      return (await import('./commands/noteCommands')).exportCommand(yuedu, io, line);
    case 'backup':
      return (await import('./commands/backupCommands')).backupCommand(yuedu, io, json, line.out);
    case 'restore': {
      const { restoreCommand } = await import('./commands/backupCommands');
      return restoreCommand(yuedu, io, json, line.file);
    }
    case 'import': {
      const { importCommand } = await import('./commands/importCommands');
      return importCommand(yuedu, io, json, line.paths);
    }
    case 'remove':
      return (await import('./commands/importCommands')).removeCommand(yuedu, io, json, line.id);
    case 'lookup':
      return (await import('./commands/dictionaryCommands')).lookupCommand(
        yuedu,
        io,
        json,
        line.word,
      );
    case 'pinyin':
      return (await import('./commands/dictionaryCommands')).pinyinCommand(
        yuedu,
        io,
        json,
        line.text,
      );
    case 'vocab':
      return (await import('./commands/vocabularyCommands')).vocabCommand(yuedu, io, json, line);
    case 'whoami':
      return (await import('./commands/groupCommands')).whoamiCommand(yuedu, io, json);
    case 'config':
      return (await import('./commands/groupCommands')).configCommand(yuedu, io, json, line);
    case 'group':
      return (await import('./commands/groupCommands')).groupCommand(yuedu, io, json, line);
    case 'reply':
      return (await import('./commands/groupCommands')).replyCommand(yuedu, io, json, line);
    case 'pack':
      return (await import('./commands/groupCommands')).packCommand(yuedu, io, json, line);
    case 'serve':
      return (await import('./commands/serveCommand')).serveCommand(yuedu, io, line.port);
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
  const layout = io.layout ?? SOURCE_LAYOUT;
  const seedsDir = path.resolve(
    io.cwd,
    global.seedsDir ?? (io.env.YUEDU_SEEDS_DIR || layout.seedsDir),
  );
  let yuedu: Yuedu | undefined;
  try {
    const { openYuedu } = await import('../api/openYuedu');
    yuedu = await openYuedu({
      dataDir,
      seedsDir,
      generatedDir: layout.generatedDir,
      systemLanguage: line.command === 'serve' ? (line.lang ?? languageFromEnv(io.env)) : 'en',
      version: VERSION,
      // A running server notices what other processes import into or remove from its data folder.
      watchLibrary: line.command === 'serve',
      watchGroup: line.command === 'serve',
      // A command opens the notes and the search index only if it uses them; a search runs on this thread.
      openOnDemand: line.command !== 'serve',
      oneShot: line.command !== 'serve',
      // Other commands start the dictionary only if they ask it something.
      startDictionary: line.command === 'serve',
    });
    await printNotices(yuedu, io);
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
    // What opening the notes on demand found (a damaged file restored, say) is said at the end.
    if (yuedu) await printNotices(yuedu, io).catch(() => undefined);
    await yuedu?.close();
  }
}

/** Prints the messages the user must see once (recoveries, unreadable imported files) on stderr. */
async function printNotices(yuedu: Yuedu, io: CliIo): Promise<void> {
  const notices = await callService(yuedu, 'app:notices', {});
  for (const notice of notices) io.stderr(`yuedu: ${terminalText(notice)}\n`);
}
