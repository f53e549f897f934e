import type { OptionSpec } from '../commandSpec';
import { backupSpec, restoreSpec } from './backupSpecs';
import { importSpec, removeSpec } from './librarySpecs';
import { exportSpec, highlightSpec, notesSpec } from './noteSpecs';
import { listSpec, searchSpec, showSpec } from './readingSpecs';
import { serveSpec } from './serveSpec';
import { lookupSpec, pinyinSpec } from './dictionarySpecs';
import { vocabSpec } from './vocabularySpec';
import { configSpec, groupSpec, packSpec, replySpec, whoamiSpec } from './groupSpecs';

/**
 * Every `yuedu` command, in the order `yuedu --help` lists them. A new command is a spec here
 * (its help and argument parsing) plus one case in runCli that runs it.
 */
export const COMMAND_SPECS = [
  listSpec,
  showSpec,
  searchSpec,
  highlightSpec,
  notesSpec,
  exportSpec,
  importSpec,
  removeSpec,
  backupSpec,
  restoreSpec,
  lookupSpec,
  pinyinSpec,
  vocabSpec,
  whoamiSpec,
  configSpec,
  groupSpec,
  replySpec,
  packSpec,
  serveSpec,
] as const;

/** A request for one command, typed by the command's spec. */
export type CommandRequest = ReturnType<(typeof COMMAND_SPECS)[number]['parse']>;

/** The options every command takes, before or after its name. */
export const GLOBAL_OPTIONS: readonly OptionSpec[] = [
  {
    name: 'data-dir',
    value: { placeholder: 'DIR', what: 'a folder' },
    description: `Where highlights and settings live (or YUEDU_DATA_DIR); by default
the desktop app's data folder.`,
  },
  {
    name: 'seeds-dir',
    value: { placeholder: 'DIR', what: 'a folder of article texts' },
    description: `Read the articles from this folder of .txt files (and
manifest.json) instead of the bundled ones (or YUEDU_SEEDS_DIR);
highlights are found again in the new text.`,
  },
  { name: 'json', description: 'Print machine-readable JSON only.' },
  { name: 'help', short: 'h', description: "Show help; after a command, that command's help." },
];
