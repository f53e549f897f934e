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
import { parseCommandLine, type CommandLine } from './parseCommandLine';
import { USAGE } from './usage';
import { AppFailure } from '../appFailure';

const VERSION = '0.1.0';

/** Guesses the UI language for `yuedu serve` from the usual locale variables. */
function languageFromEnv(env: CliIo['env']): Language {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^zh/i.test(locale) ? 'zh' : 'en';
}

async function runCommand(yuedu: Yuedu, line: CommandLine, io: CliIo, json: boolean) {
  switch (line.command) {
    case 'help':
      return io.stdout(USAGE);
    case 'list':
      return listCommand(yuedu, io, json);
    case 'show':
      return showCommand(yuedu, io, json, line.id);
    case 'search':
      return searchCommand(yuedu, io, json, line.query, line.limit);
    case 'highlight':
      return highlightCommand(yuedu, io, json, line);
    case 'notes':
      return notesCommand(yuedu, io, json, line.articleId);
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
    case 'serve':
      return serveCommand(yuedu, io, line.port);
  }
}

/**
 * The `yuedu` command: parses argv, opens the same services the app uses, and maps failures onto
 * exit codes (2 for usage mistakes, 1 for refused requests) with one clear line on stderr.
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseCommandLine(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr(`yuedu: ${error.message} Run "yuedu --help" for usage.\n`);
    return 2;
  }
  const { line, global } = parsed;
  if (line.command === 'help') {
    io.stdout(USAGE);
    return 0;
  }
  const dataDir = path.resolve(
    io.cwd,
    global.dataDir ??
      io.env.YUEDU_DATA_DIR ??
      defaultDataDir(process.platform, io.env, os.homedir()),
  );
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
    const notices = await yuedu.handlers['app:notices']({});
    for (const notice of notices) io.stderr(`yuedu: ${notice}\n`);
    await runCommand(yuedu, line, io, global.json);
    return 0;
  } catch (error) {
    if (error instanceof CommandError || error instanceof AppFailure) {
      io.stderr(`yuedu: ${error.message}\n`);
      return 1;
    }
    io.stderr(
      `yuedu: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    return 1;
  } finally {
    await yuedu?.close();
  }
}
