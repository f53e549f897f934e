import type {
  Annotation,
  ForeignImport,
  HighlightColor,
  PlacedAnnotation,
} from '../model/annotation';
import type { BackupImportSummary } from '../model/backup';
import type { CharReading, DictionaryMatch } from '../model/dictionary';
import type { VocabularyEntry } from '../model/vocabulary';
import type {
  GroupLayer,
  GroupNote,
  GroupStatus,
  Member,
  PackImportSummary,
  Reply,
  Sharing,
} from '../model/group';
import type { Article, ArticleSummary } from '../model/article';
import type { ImportFile, ImportReport } from '../model/import';
import type { NoteHit, SearchHit, SearchStatus } from '../model/search';
import type { Language, ReadingPosition, Settings, Theme } from '../model/settings';
import type { Result } from './result';

/**
 * The one list of everything the renderer may ask of the main process: channel → argument and
 * result. The preload exposes exactly these channels, main validates each payload at runtime, and
 * `yuedu serve` carries the same map over HTTP, so the renderer sees one typed API everywhere.
 */
export interface IpcContract {
  'library:list': { args: Record<string, never>; result: ArticleSummary[] };
  'library:get': { args: { id: string }; result: Article };
  /** One batch of an import; batches sent with the same `importId` can be cancelled together. */
  'library:import': { args: { files: ImportFile[]; importId?: string }; result: ImportReport };
  /** Stops the import with this id, even in the middle of a file; what earlier batches added stays. */
  'library:cancelImport': { args: { importId: string }; result: { importId: string } };
  'library:remove': { args: { id: string }; result: { id: string } };
  /**
   * Looks for articles another process (the CLI) imported into or removed from the data folder,
   * and answers the library's revision, which grows with every change: a window without push
   * events polls it to know when to list again.
   */
  'library:revision': { args: Record<string, never>; result: { revision: number } };
  'search:query': { args: { query: string; limit?: number }; result: SearchHit[] };
  /** Every match of the query in one article, in text order, for next/previous hit in the reader. */
  'search:inArticle': {
    args: { articleId: string; query: string };
    result: Array<{ start: number; end: number }>;
  };
  /** The second group of results: the user's own highlights and notes. */
  'search:notes': { args: { query: string; limit?: number }; result: NoteHit[] };
  'search:status': { args: Record<string, never>; result: SearchStatus };
  'annotations:list': { args: { articleId?: string }; result: PlacedAnnotation[] };
  'annotations:create': {
    args: { articleId: string; start: number; end: number; color: HighlightColor; note?: string };
    result: PlacedAnnotation;
  };
  'annotations:update': {
    args: { id: string; color?: HighlightColor; note?: string };
    result: PlacedAnnotation;
  };
  'annotations:delete': { args: { id: string }; result: { id: string } };
  /** Attaches an orphaned (or any) highlight to a new selection in its article. */
  'annotations:reattach': {
    args: { id: string; start: number; end: number };
    result: PlacedAnnotation;
  };
  /** Puts back an annotation exactly as it was (same id, dates and creator), to undo a delete. */
  'annotations:restore': { args: { annotation: Annotation }; result: PlacedAnnotation };
  /**
   * Adds the highlights and notes of another tool's W3C annotation file (Thorium, Hypothesis: a
   * TextQuoteSelector each) to the article the user picked, as their own; twice changes nothing.
   */
  'annotations:importW3c': {
    args: { articleId: string; json: string; color?: HighlightColor };
    result: ForeignImport;
  };
  /** Everything the user made, as one JSON document (W3C Web Annotation JSON-LD inside). */
  'backup:export': { args: Record<string, never>; result: { json: string; filename: string } };
  /** Merges a backup made by `backup:export`; importing the same backup twice changes nothing. */
  'backup:import': { args: { json: string }; result: BackupImportSummary };
  /** Refused with `nothing-to-export` when there are no highlights to put in the file. */
  'export:markdown': {
    args: { articleId?: string };
    result: { markdown: string; filename: string; highlights: number };
  };
  'settings:get': { args: Record<string, never>; result: Settings };
  'settings:update': { args: Partial<Settings>; result: Settings };
  'reading:get': { args: { articleId: string }; result: ReadingPosition | null };
  'reading:set': {
    args: { articleId: string; offset: number; progress: number };
    result: ReadingPosition;
  };
  /** Messages the user must see once, such as a damaged data file that was restored from backup. */
  'app:notices': { args: Record<string, never>; result: string[] };
  /** Facts about the host the renderer cannot see itself, such as the system language. */
  'app:info': { args: Record<string, never>; result: AppInfo };
  /** CC-CEDICT words the text starts with, longest first; none (never an error) for anything else. */
  'dictionary:lookup': { args: { text: string }; result: DictionaryMatch[] };
  /** Each character's pinyin in context, with its tone and frequency rank. */
  'dictionary:pinyin': { args: { text: string }; result: CharReading[] };
  /** The same for an article's canonical text, offsets on that text, for ruby in the reader. */
  'dictionary:articlePinyin': { args: { articleId: string }; result: CharReading[] };
  /** Where the dictionary data comes from and its licence, for About. */
  'dictionary:about': { args: Record<string, never>; result: { source: string; licence: string } };
  /** The third group of search results: dictionary words in the query's Chinese ("what does 赶考 mean"). */
  'dictionary:search': { args: { query: string; limit?: number }; result: DictionaryMatch[] };
  /** Saves a dictionary word found in an article (at `offset`, else its first occurrence). */
  'vocabulary:add': {
    args: { word: string; articleId: string; offset?: number };
    result: VocabularyEntry;
  };
  /** Saved words, newest first; a query keeps those whose word, pinyin or meaning holds it. */
  'vocabulary:list': { args: { query?: string }; result: VocabularyEntry[] };
  'vocabulary:remove': { args: { id: string }; result: { id: string } };
  /** The vocabulary as a Markdown table or an Anki import file. */
  'vocabulary:export': {
    args: { format: 'markdown' | 'anki' };
    result: { text: string; filename: string };
  };
  /** Study groups (docs/study-groups.md): who this install is, and its display name and default sharing. */
  'member:whoami': { args: Record<string, never>; result: Member };
  'member:update': { args: { name?: string; defaultSharing?: Sharing }; result: Member };
  /** Joins the group sharing this folder: publishes the member's file and reads everyone else's. */
  'group:use': { args: { folder: string }; result: GroupStatus };
  'group:status': { args: Record<string, never>; result: GroupStatus };
  'group:refresh': { args: Record<string, never>; result: GroupStatus };
  /** Stops publishing to and reading the folder; removes nothing. */
  'group:leave': { args: Record<string, never>; result: GroupStatus };
  /**
   * A number that grows whenever a refresh (the folder watch, a focus, a Refresh), joining, leaving
   * or a pack brought something new: a window without push events (`yuedu serve`) polls it.
   */
  'group:revision': { args: Record<string, never>; result: { revision: number } };
  /** Own and (member `all` or an id) other members' annotations, with creators and replies. */
  'group:notes': { args: { articleId?: string; member?: string }; result: GroupNote[] };
  /** Every note on one article, own and everyone's, compact for the reader (fromGroupLayer). */
  'group:layer': { args: { articleId: string }; result: GroupLayer };
  'group:reply': { args: { annotationId: string; text: string }; result: Reply };
  /** Own replies only; another member's are refused. */
  'group:replyEdit': { args: { id: string; text: string }; result: Reply };
  'group:replyDelete': { args: { id: string }; result: { id: string } };
  'group:share': {
    args: { id: string; sharing: Sharing };
    result: { id: string; sharing: Sharing };
  };
  /**
   * The group's discussion as Markdown: the chosen members' highlights (one article or all) with
   * every reply nested; refused with `nothing-to-export` when there are none.
   */
  'group:export': {
    args: { articleId?: string; members: 'me' | 'all' | string[] };
    result: { text: string; filename: string; highlights: number };
  };
  /**
   * One file with chosen articles' text and the chosen members' shared annotations, each with all
   * of its replies. `members`: `all`, or member ids and `me` (default `['me']`).
   */
  'pack:export': {
    args: { articleIds: string[]; members?: 'all' | string[] };
    result: { json: string; filename: string };
  };
  /** Says what a pack holds and, unless `dryRun`, merges it; importing twice changes nothing. */
  'pack:import': { args: { json: string; dryRun?: boolean }; result: PackImportSummary };
}

export interface AppInfo {
  version: string;
  /** The UI language the host picked: the OS language in Electron, `--lang` for `yuedu serve`. */
  systemLanguage: Language;
}

export type Channel = keyof IpcContract;
export type ArgsOf<C extends Channel> = IpcContract[C]['args'];
export type ResultOf<C extends Channel> = IpcContract[C]['result'];

/** Runtime list of the channels, for the preload allow-list and the HTTP router. */
export const CHANNELS = [
  'library:list',
  'library:get',
  'library:import',
  'library:cancelImport',
  'library:remove',
  'library:revision',
  'search:query',
  'search:inArticle',
  'search:notes',
  'search:status',
  'annotations:list',
  'annotations:create',
  'annotations:update',
  'annotations:delete',
  'annotations:reattach',
  'annotations:restore',
  'annotations:importW3c',
  'backup:export',
  'backup:import',
  'export:markdown',
  'settings:get',
  'settings:update',
  'reading:get',
  'reading:set',
  'app:notices',
  'app:info',
  'dictionary:lookup',
  'dictionary:pinyin',
  'dictionary:articlePinyin',
  'dictionary:about',
  'dictionary:search',
  'vocabulary:add',
  'vocabulary:list',
  'vocabulary:remove',
  'vocabulary:export',
  'member:whoami',
  'member:update',
  'group:use',
  'group:status',
  'group:refresh',
  'group:leave',
  'group:revision',
  'group:notes',
  'group:layer',
  'group:reply',
  'group:replyEdit',
  'group:replyDelete',
  'group:share',
  'group:export',
  'pack:export',
  'pack:import',
] as const satisfies readonly Channel[];

// Compile-time check that CHANNELS lists every channel of the contract.
type Missing = Exclude<Channel, (typeof CHANNELS)[number]>;
const everyChannelListed: Missing extends never ? true : Missing = true;
void everyChannelListed;

/** The single function both transports (Electron IPC and HTTP) implement for the renderer. */
export type Invoke = <C extends Channel>(
  channel: C,
  args: ArgsOf<C>,
) => Promise<Result<ResultOf<C>>>;

/** Name of the object the preload puts on `window`. */
export const BRIDGE_KEY = 'yuedu';

/**
 * What main tells the window on its own, the one message that flows main → renderer: progress of
 * an import started from the File menu, then its report, so the library can refresh; and `changed`
 * when the library changed in any other way (the CLI imported or removed articles meanwhile).
 */
export const LIBRARY_CHANGED_CHANNEL = 'library:changed';

export type LibraryChangedEvent =
  | { kind: 'import-progress'; done: number; total: number; importId?: string }
  | { kind: 'imported'; report: ImportReport }
  | { kind: 'changed'; revision: number };

/**
 * The View menu's commands that only the window can carry out, main → renderer: choose a theme (the
 * window saves it like any settings change) and show or hide the notes panel.
 */
export const MENU_COMMAND_CHANNEL = 'menu:command';

export type MenuCommand =
  | { kind: 'set-theme'; theme: Theme }
  | { kind: 'toggle-notes-panel' }
  | { kind: 'group-refresh' }
  | { kind: 'group-status' }
  | { kind: 'share-pack' }
  | { kind: 'open-pack' };

/**
 * Main → renderer when the study group changed (a member's file landed, someone joined, a pack
 * merged), so the reader and Group status fetch again. `yuedu serve` polls `group:revision` instead.
 */
export const GROUP_CHANGED_CHANNEL = 'group:changed';

export type GroupChangedEvent = { revision: number };

/**
 * Desktop only, renderer → main: the native folder chooser for the study group folder. Not a
 * contract channel: a browser under `yuedu serve` has no native dialog and types the path instead.
 */
export const CHOOSE_GROUP_FOLDER_CHANNEL = 'group:chooseFolder';
