import type { ArgsOf, Channel, Invoke, ResultOf } from '../../shared/ipc/contract';
import { fail, ok, type Result } from '../../shared/ipc/result';
import type { Annotation, PlacedAnnotation } from '../../shared/model/annotation';
import type { BackupImportSummary } from '../../shared/model/backup';
import type { Article, ArticleOrigin, Block } from '../../shared/model/article';
import type { NoteHit, SearchStatus } from '../../shared/model/search';
import type { CharReading, DictionaryMatch } from '../../shared/model/dictionary';
import type { VocabularyEntry } from '../../shared/model/vocabulary';
import type {
  GroupFileNote,
  GroupMemberStatus,
  GroupStatus,
  Member,
} from '../../shared/model/group';
import type { LibraryChangedEvent } from '../../renderer/api/bridge';
import { DEFAULT_SETTINGS, type ReadingPosition, type Settings } from '../../shared/model/settings';
import { createFakeGroup, type FakeGroupSetup } from './fakeGroup';
import { toGroupLayer } from '../../shared/group/groupLayer';

/** Builds an article from (kind, text) blocks joined by "\n", with correct canonical offsets. */
export function makeArticle(
  id: string,
  title: string,
  parts: Array<[Block['kind'], string]>,
): Article {
  const blocks: Block[] = [];
  let text = '';
  for (const [kind, blockText] of parts) {
    if (text !== '') text += '\n';
    blocks.push({ kind, start: text.length, end: text.length + blockText.length });
    text += blockText;
  }
  return { id, title, source: '人民日报', text, blocks };
}

export const HARBOUR = makeArticle('harbour', '湾区故事', [
  ['heading', '大湾区的发展成就令人赞叹'],
  ['byline', '本报记者 姜晓丹'],
  ['paragraph', '彼得·赫利斯来自德国，中文名字是贺励平。'],
  ['paragraph', '他前往北京留学，从此便扎根中国。'],
  ['caption', '图为广州博览会现场。'],
]);

export const TEA = makeArticle('tea', '茶香四溢', [['paragraph', '福建的茶园里，春茶正在采摘。']]);

type Handler<C extends Channel> = (args: ArgsOf<C>) => Result<ResultOf<C>>;

/** Decodes one imported file as the fake importer does: UTF-8 only, empty files refused. */
function decodeImported(
  base64: string,
): { ok: true; text: string } | { ok: false; reason: string } {
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'not text' };
  }
  if (text.includes('\u0000')) return { ok: false, reason: 'not text' };
  if (text.trim() === '') return { ok: false, reason: 'the file holds no text' };
  return { ok: true, text: text.trim() };
}

/** The fake dictionary: a few words of the fake articles, so lookups and ruby have something to show. */
const FAKE_WORDS: Record<string, { pinyin: string; definitions: string[] }> = {
  大湾区: { pinyin: 'dà wān qū', definitions: ['Greater Bay Area'] },
  大: { pinyin: 'dà', definitions: ['big', 'large'] },
  茶园: { pinyin: 'chá yuán', definitions: ['tea plantation'] },
  茶: { pinyin: 'chá', definitions: ['tea'] },
};

function fakeLookup(text: string): DictionaryMatch[] {
  const matches: DictionaryMatch[] = [];
  for (let length = Math.min(text.length, 8); length >= 1; length--) {
    const word = text.slice(0, length);
    const found = FAKE_WORDS[word];
    if (!found) continue;
    matches.push({
      word,
      entries: [
        {
          simplified: word,
          traditional: word,
          pinyin: found.pinyin,
          pinyinNumbers: found.pinyin,
          definitions: found.definitions,
        },
      ],
    });
  }
  return matches;
}

/** Every Han character reads "hàn" (tone 4), ranked by its position, so level filters have ranks. */
function fakeReadings(text: string): CharReading[] {
  const readings: CharReading[] = [];
  let offset = 0;
  for (const char of text) {
    const han = /\p{Script=Han}/u.test(char);
    readings.push({
      offset,
      char,
      pinyin: han ? 'hàn' : '',
      tone: han ? 4 : 0,
      rank: han ? (char.codePointAt(0)! % 3000) + 1 : 0,
    });
    offset += char.length;
  }
  return readings;
}

/** Reads a W3C list or Hypothesis answer as main does, simply: each item's TextQuoteSelector and note. */
function readFakeForeign(json: string): {
  found: Array<{ exact: string; note: string }>;
  problems: string[];
} {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    return { found: [], problems: ['it is not JSON.'] };
  }
  const record = raw as { rows?: unknown[]; items?: unknown[] } | null;
  const items = Array.isArray(raw) ? raw : (record?.rows ?? record?.items);
  if (!Array.isArray(items))
    return { found: [], problems: ['it is not a W3C annotation set, collection or list.'] };
  const found: Array<{ exact: string; note: string }> = [];
  const problems: string[] = [];
  items.forEach((item, index) => {
    const { target, text } = item as {
      target?: Array<{ selector?: Array<{ type?: string; exact?: string }> }>;
      text?: string;
    };
    const quote = (target ?? [])
      .flatMap((t) => t.selector ?? [])
      .find((selector) => selector.type === 'TextQuoteSelector' && selector.exact);
    if (quote?.exact) found.push({ exact: quote.exact, note: (text ?? '').trim() });
    else problems.push(`item ${index + 1} skipped: it has no TextQuoteSelector with text.`);
  });
  return { found, problems };
}

/** An in-memory Yuedu behind the real `Invoke` signature, recording every call for assertions. */
export function createFakeYuedu(
  options: { articles?: Article[]; annotations?: PlacedAnnotation[]; group?: FakeGroupSetup } = {},
) {
  const articles = [...(options.articles ?? [HARBOUR, TEA])];
  const origins = new Map<string, ArticleOrigin>();
  const delays = new Map<Channel, (args: unknown) => number>();
  let statuses: SearchStatus[] = [];
  const libraryListeners = new Set<(event: LibraryChangedEvent) => void>();
  const annotations: PlacedAnnotation[] = [...(options.annotations ?? [])];
  const positions = new Map<string, ReadingPosition>();
  const calls: Array<{ channel: Channel; args: unknown }> = [];
  let settings: Settings = { ...DEFAULT_SETTINGS };
  let nextId = 1;
  let nextImport = 1;
  const overrides = new Map<Channel, Result<unknown>>();
  const notices: string[] = [];
  const vocabulary: VocabularyEntry[] = [];
  let systemLanguage: 'en' | 'zh' = 'en';
  let revision = 0;

  const find = (id: string) => articles.find((article) => article.id === id);
  const noGroup = () => fail('not-found', 'The fake Yuedu has no study group.');
  const studyGroup = createFakeStudyGroup((id) => find(id)?.title);
  // In a simulated study group the group channels answer; otherwise they say there is none.
  const group = options.group ? createFakeGroup(options.group, () => annotations) : null;

  const handlers: { [C in Channel]: Handler<C> } = {
    'library:list': () =>
      ok(
        articles.map((article) => ({
          id: article.id,
          title: article.title,
          source: article.source,
          firstLine: article.text.split('\n')[0] ?? '',
          chars: article.text.replace(/\s/g, '').length,
          blocks: article.blocks.length,
          paragraphs: article.blocks.filter((block) => block.kind === 'paragraph').length,
          progress: positions.get(article.id)?.progress ?? 0,
          highlights: annotations.filter((a) => a.articleId === article.id).length,
          origin: origins.get(article.id) ?? 'bundled',
        })),
      ),
    'library:get': ({ id }) => {
      const article = find(id);
      return article ? ok(article) : fail('not-found', `No article with id ${id}`);
    },
    'search:query': ({ query }) =>
      ok(
        articles.flatMap((article) => {
          const at = article.text.indexOf(query);
          if (at < 0) return [];
          const from = Math.max(0, at - 4);
          return [
            {
              articleId: article.id,
              title: article.title,
              score: 1,
              snippet: {
                text: article.text.slice(from, at + query.length + 4),
                marks: [[at - from, at - from + query.length] as [number, number]],
              },
              match: { start: at, end: at + query.length },
              hits: article.text.split(query).length - 1,
            },
          ];
        }),
      ),
    'annotations:list': ({ articleId }) =>
      ok(annotations.filter((a) => articleId === undefined || a.articleId === articleId)),
    'annotations:create': ({ articleId, start, end, color, note }) => {
      const article = find(articleId);
      if (!article) return fail('not-found', 'No such article');
      if (start < 0 || end > article.text.length || end <= start) {
        return fail('invalid-range', 'Invalid range');
      }
      const annotation = makeAnnotation(article, `a${nextId++}`, start, end, color, note ?? '');
      annotations.push(annotation);
      return ok(annotation);
    },
    'annotations:update': ({ id, color, note }) => {
      const index = annotations.findIndex((a) => a.id === id);
      const current = annotations[index];
      if (!current) return fail('not-found', 'No such annotation');
      const updated = { ...current, color: color ?? current.color, note: note ?? current.note };
      annotations[index] = updated;
      return ok(updated);
    },
    'annotations:delete': ({ id }) => {
      const index = annotations.findIndex((a) => a.id === id);
      if (index < 0) return fail('not-found', 'No such annotation');
      annotations.splice(index, 1);
      return ok({ id });
    },
    'annotations:reattach': ({ id, start, end }) => {
      const index = annotations.findIndex((a) => a.id === id);
      const current = annotations[index];
      const article = current && find(current.articleId);
      if (!current || !article) return fail('not-found', 'No such annotation');
      if (start < 0 || end > article.text.length || end <= start) {
        return fail('invalid-range', 'Invalid range');
      }
      const moved = makeAnnotation(article, id, start, end, current.color, current.note);
      const reattached = { ...moved, created: current.created, creator: current.creator };
      annotations[index] = reattached;
      return ok(reattached);
    },
    'annotations:importW3c': ({ articleId, json, color }) => {
      const article = find(articleId);
      if (!article) return fail('not-found', 'No such article');
      const read = readFakeForeign(json);
      if (read.found.length === 0) {
        return fail(
          'invalid-payload',
          `No highlight in this file could be read: ${read.problems[0] ?? 'it holds no annotations.'} Nothing was changed.`,
        );
      }
      const skipped = read.problems.map((reason) => ({ quote: '', reason }));
      let imported = 0;
      let alreadyHere = 0;
      for (const { exact, note } of read.found) {
        const start = article.text.indexOf(exact);
        if (start < 0) {
          skipped.push({ quote: exact, reason: `its quote is not in "${article.title}".` });
          continue;
        }
        const end = start + exact.length;
        const here = annotations.some(
          (a) =>
            a.articleId === articleId &&
            a.target.position.start === start &&
            a.target.position.end === end &&
            a.note === note,
        );
        if (here) alreadyHere += 1;
        else {
          annotations.push(
            makeAnnotation(article, `a${nextId++}`, start, end, color ?? 'yellow', note),
          );
          imported += 1;
        }
      }
      return ok({ imported, alreadyHere, skipped });
    },
    'annotations:restore': ({ annotation }) => {
      if (annotations.some((a) => a.id === annotation.id)) {
        return fail('invalid-payload', `An annotation with id ${annotation.id} already exists`);
      }
      const article = find(annotation.articleId);
      const { start, end } = annotation.target.position;
      const anchored = article?.text.slice(start, end) === annotation.target.quote.exact;
      const restored: PlacedAnnotation = {
        ...annotation,
        state: anchored ? 'anchored' : 'orphaned',
      };
      annotations.push(restored);
      return ok(restored);
    },
    'backup:export': () =>
      ok({
        json: JSON.stringify({ yuedu: 'backup', settings, annotations }),
        filename: 'yuedu-backup-1970-01-01.json',
      }),
    'backup:import': ({ json }) => {
      let parsed: { yuedu?: string; annotations?: PlacedAnnotation[] };
      try {
        parsed = JSON.parse(json) as typeof parsed;
      } catch {
        return fail('invalid-payload', 'This file is not a Yuedu backup (not JSON).');
      }
      if (parsed.yuedu !== 'backup')
        return fail('invalid-payload', 'This file is not a Yuedu backup.');
      const summary: BackupImportSummary = {
        annotationsAdded: 0,
        annotationsUpdated: 0,
        annotationsUnchanged: 0,
        readingPositions: 0,
        settingsRestored: true,
      };
      for (const incoming of parsed.annotations ?? []) {
        const index = annotations.findIndex((a) => a.id === incoming.id);
        if (index < 0) {
          annotations.push(incoming);
          summary.annotationsAdded += 1;
        } else if (JSON.stringify(annotations[index]) === JSON.stringify(incoming)) {
          summary.annotationsUnchanged += 1;
        } else {
          annotations[index] = incoming;
          summary.annotationsUpdated += 1;
        }
      }
      return ok(summary);
    },
    'export:markdown': ({ articleId }) => {
      const highlights = annotations.filter(
        (a) => articleId === undefined || a.articleId === articleId,
      ).length;
      if (highlights === 0) return fail('nothing-to-export', 'There is nothing to export.');
      return ok({
        markdown: `# ${articleId ?? 'all'}`,
        filename: `${articleId ?? 'yuedu'}.md`,
        highlights,
      });
    },
    'settings:get': () => ok(settings),
    'settings:update': (change) => {
      settings = { ...settings, ...change };
      return ok(settings);
    },
    'reading:get': ({ articleId }) => ok(positions.get(articleId) ?? null),
    'reading:set': ({ articleId, offset, progress }) => {
      const position = { articleId, offset, progress, updated: new Date(0).toISOString() };
      positions.set(articleId, position);
      return ok(position);
    },
    'library:import': ({ files }) => {
      const added: ResultOf<'library:import'>['added'] = [];
      const skipped: ResultOf<'library:import'>['skipped'] = [];
      for (const file of files) {
        const decoded = decodeImported(file.base64);
        if (!decoded.ok) {
          skipped.push({ name: file.name, reason: decoded.reason });
          continue;
        }
        const existing = articles.find((article) => article.text === decoded.text);
        if (existing) {
          skipped.push({ name: file.name, reason: `already in your library: ${existing.title}` });
          continue;
        }
        const lines = decoded.text.split('\n');
        const article = makeArticle(
          `imported-${nextImport++}`,
          lines[0] ?? file.name,
          lines.map((line) => ['paragraph', line] as [Block['kind'], string]),
        );
        articles.push(article);
        origins.set(article.id, 'imported');
        added.push({
          id: article.id,
          title: article.title,
          source: file.name,
          firstLine: lines[0] ?? '',
          chars: article.text.length,
          blocks: article.blocks.length,
          paragraphs: article.blocks.filter((block) => block.kind === 'paragraph').length,
          progress: 0,
          highlights: 0,
          origin: 'imported',
        });
      }
      return ok({ added, skipped });
    },
    'library:cancelImport': ({ importId }) => ok({ importId }),
    'library:revision': () => ok({ revision }),
    'library:remove': ({ id }) => {
      const index = articles.findIndex((article) => article.id === id);
      if (index < 0 || origins.get(id) !== 'imported') {
        return fail('not-found', `No imported article with id ${id}`);
      }
      articles.splice(index, 1);
      origins.delete(id);
      return ok({ id });
    },
    'search:inArticle': ({ articleId, query }) => {
      const text = find(articleId)?.text ?? '';
      const matches: Array<{ start: number; end: number }> = [];
      for (let at = text.indexOf(query); query && at >= 0; at = text.indexOf(query, at + 1)) {
        matches.push({ start: at, end: at + query.length });
      }
      return ok(matches);
    },
    'search:notes': ({ query }) =>
      ok(
        annotations.flatMap((annotation): NoteHit[] => {
          const article = find(annotation.articleId);
          const field = annotation.note.includes(query) ? 'note' : 'quote';
          const text = field === 'note' ? annotation.note : annotation.target.quote.exact;
          const at = text.indexOf(query);
          if (!article || !query || at < 0) return [];
          return [
            {
              annotationId: annotation.id,
              articleId: article.id,
              title: article.title,
              score: 1,
              field,
              snippet: { text, marks: [[at, at + query.length]] },
            },
          ];
        }),
      ),
    'search:status': () =>
      ok(
        (statuses.length > 1 ? statuses.shift() : statuses[0]) ?? {
          ready: true,
          indexedArticles: articles.length,
          totalArticles: articles.length,
        },
      ),
    'app:notices': () => ok(notices),
    'app:info': () => ok({ version: '0.0.0-test', systemLanguage }),
    'dictionary:lookup': ({ text }) => ok(fakeLookup(text)),
    'dictionary:pinyin': ({ text }) => ok(fakeReadings(text)),
    'dictionary:articlePinyin': ({ articleId }) => {
      const article = find(articleId);
      return article ? ok(fakeReadings(article.text)) : fail('not-found', 'No such article');
    },
    'vocabulary:add': ({ word, articleId, offset }) => {
      const article = find(articleId);
      const [match] = fakeLookup(word);
      if (!article || !match) return fail('not-found', 'Not found');
      const entry: VocabularyEntry = {
        id: `v${nextId++}`,
        word,
        traditional: match.entries[0]!.traditional,
        pinyin: match.entries[0]!.pinyin,
        definitions: match.entries[0]!.definitions,
        sentence: article.text,
        articleId,
        offset: offset ?? article.text.indexOf(word),
        added: '2026-01-01T00:00:00.000Z',
      };
      vocabulary.push(entry);
      return ok(entry);
    },
    'vocabulary:list': ({ query }) =>
      ok([...vocabulary].reverse().filter((v) => !query || v.word.includes(query))),
    'vocabulary:remove': ({ id }) => {
      const index = vocabulary.findIndex((v) => v.id === id);
      if (index < 0) return fail('not-found', 'No such word');
      vocabulary.splice(index, 1);
      return ok({ id });
    },
    'vocabulary:export': ({ format }) =>
      ok({ text: vocabulary.map((v) => v.word).join('\n'), filename: `vocabulary.${format}` }),
    'dictionary:search': ({ query }) => ok(fakeLookup(query.replace(/[^\p{Script=Han}]/gu, ''))),
    'dictionary:about': () =>
      ok({ source: 'CC-CEDICT (fake)', licence: 'CC BY-SA 4.0 (fake dictionary for tests)' }),
    // Identity, the folder, status and packs: see the study-group block at the end of this file.
    ...studyGroup.handlers,
    'member:whoami': (args) =>
      group ? group.whoami() : studyGroup.handlers['member:whoami'](args),
    'group:refresh': (args) => group?.refresh() ?? studyGroup.handlers['group:refresh'](args),
    'group:revision': (args) =>
      group ? ok({ revision: group.revision }) : studyGroup.handlers['group:revision'](args),
    'group:notes': (args) => group?.notes(args) ?? noGroup(),
    // The real main's compact form of the same notes, so the reader is tested on what it receives.
    'group:layer': ({ articleId }) => {
      const listed = group?.notes({ articleId, member: 'all' });
      if (!listed) return noGroup();
      return listed.ok ? ok(toGroupLayer(articleId, listed.value)) : listed;
    },
    'group:reply': (args) => group?.reply(args) ?? noGroup(),
    'group:replyEdit': (args) => group?.editReply(args) ?? noGroup(),
    'group:replyDelete': (args) => group?.deleteReply(args) ?? noGroup(),
    'group:share': (args) => group?.share(args) ?? noGroup(),
    'group:export': () => noGroup(),
  };

  const invoke: Invoke = async (channel, args) => {
    calls.push({ channel, args });
    const delay = delays.get(channel)?.(args) ?? 0;
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay));
    const override = overrides.get(channel);
    if (override) return override as Result<never>;
    return (handlers[channel] as Handler<typeof channel>)(args);
  };

  return {
    invoke,
    calls,
    annotations,
    /** The simulated study group, when `options.group` set one up. */
    group,
    get settings() {
      return settings;
    },
    callsTo: (channel: Channel) =>
      calls.filter((call) => call.channel === channel).map((c) => c.args),
    /** Makes every later call on `channel` answer with this Result. */
    answer: (channel: Channel, result: Result<unknown>) => overrides.set(channel, result),
    addNotice: (message: string) => notices.push(message),
    /** Makes calls on `channel` answer only after `ms(args)` milliseconds. */
    delay: (channel: Channel, ms: (args: never) => number) =>
      delays.set(channel, ms as (args: unknown) => number),
    /** The answers `search:status` gives, one per call; the last one repeats. */
    setStatuses: (next: SearchStatus[]) => {
      statuses = [...next];
    },
    /** Adds an article as if the user had imported it earlier. */
    addImported: (article: Article) => {
      articles.push(article);
      origins.set(article.id, 'imported');
    },
    /** Another process changed the library: `library:revision` answers a new number from now on. */
    bumpRevision: () => {
      revision += 1;
    },
    /** Electron's `onLibraryChanged`, driven by `emitLibraryChanged`. */
    onLibraryChanged: (listener: (event: LibraryChangedEvent) => void) => {
      libraryListeners.add(listener);
      return () => libraryListeners.delete(listener);
    },
    emitLibraryChanged: (event: LibraryChangedEvent) => {
      for (const listener of libraryListeners) listener(event);
    },
    setSettings: (next: Partial<Settings>) => {
      settings = { ...settings, ...next };
    },
    setSystemLanguage: (language: 'en' | 'zh') => {
      systemLanguage = language;
    },
    /** The study group's folder, members and packs (see the block at the end of this file). */
    studyGroup: studyGroup.controls,
  };
}

/** An annotation as main would return it, anchored and quoting the canonical text. */
export function makeAnnotation(
  article: Article,
  id: string,
  start: number,
  end: number,
  color: Annotation['color'],
  note = '',
): PlacedAnnotation {
  return {
    state: 'anchored',
    id,
    articleId: article.id,
    creator: { id: 'me', name: 'Me' },
    created: new Date(0).toISOString(),
    modified: new Date(0).toISOString(),
    color,
    note,
    target: {
      position: { start, end, unit: 'utf16' },
      quote: {
        exact: article.text.slice(start, end),
        prefix: article.text.slice(Math.max(0, start - 8), start),
        suffix: article.text.slice(end, end + 8),
      },
    },
  };
}

/** An orphan as main would return it: its quote is no longer in the article, its position stale. */
export function makeOrphan(
  article: Article,
  id: string,
  quote: string,
  note = '',
  created = '2025-03-05T12:00:00.000Z',
): PlacedAnnotation {
  return {
    id,
    articleId: article.id,
    creator: { id: 'me', name: 'Me' },
    created,
    modified: created,
    color: 'pink',
    note,
    state: 'orphaned',
    target: {
      position: { start: 3, end: 3 + quote.length, unit: 'utf16' },
      quote: { exact: quote, prefix: '', suffix: '' },
    },
  };
}

// ---- Study group: identity, folder, status and packs (branch groupui) ----------------------------

type StudyGroupChannel =
  | 'member:whoami'
  | 'member:update'
  | 'group:use'
  | 'group:status'
  | 'group:refresh'
  | 'group:leave'
  | 'group:revision'
  | 'pack:export'
  | 'pack:import';

/** Folders the fake treats as missing, like a USB stick that is not plugged in. */
export const MISSING_FOLDER = '/media/usb-not-plugged-in';

const NO_MERGE = { new: 0, updated: 0, unchanged: 0, deleted: 0 };

/**
 * The member, their group folder and what `group:status` says about it, and packs: a pack is the
 * JSON of what `pack:export` was asked; importing one merges its annotations once, then reports
 * them unchanged, like main.
 */
function createFakeStudyGroup(titleOf: (id: string) => string | undefined) {
  const me = { id: 'me', name: 'Me' };
  let member: Member = { ...me, groupFolder: null, defaultSharing: 'shared' };
  let others: GroupMemberStatus[] = [];
  let files: GroupFileNote[] = [];
  let revision = 0;
  const merged = new Set<string>();
  const status = (): GroupStatus => ({
    me: { id: member.id, name: member.name },
    folder: member.groupFolder,
    memberFile:
      member.groupFolder === null ? null : `${member.groupFolder}/yuedu-member-${member.id}.json`,
    published: { annotations: 0, replies: 0, tombstones: 0 },
    members: member.groupFolder === null ? [] : others,
    files: member.groupFolder === null ? [] : files,
  });
  const notInGroup = () =>
    fail(
      'not-found',
      'This install is not in a study group; run "yuedu group use <folder>" first.',
    );
  const handlers: { [C in StudyGroupChannel]: Handler<C> } = {
    'member:whoami': () => ok(member),
    'member:update': ({ name, defaultSharing }) => {
      if (name !== undefined) {
        const trimmed = name.trim();
        if (trimmed === '') return fail('invalid-payload', 'A display name cannot be empty.');
        if ([...trimmed].length > 60)
          return fail('invalid-payload', 'A display name may hold at most 60 characters.');
        member = { ...member, name: trimmed };
      }
      if (defaultSharing !== undefined) member = { ...member, defaultSharing };
      return ok(member);
    },
    'group:use': ({ folder }) => {
      if (!folder.startsWith('/'))
        return fail(
          'invalid-payload',
          'Invalid group:use request: folder: the folder must be an absolute path.',
        );
      if (folder === MISSING_FOLDER)
        return fail(
          'not-found',
          `The group folder ${folder} cannot be opened (ENOENT); create it (or let your sync tool create it) first.`,
        );
      member = { ...member, groupFolder: folder };
      revision += 1;
      return ok(status());
    },
    'group:status': () => ok(status()),
    'group:refresh': () => (member.groupFolder === null ? notInGroup() : ok(status())),
    'group:leave': () => {
      member = { ...member, groupFolder: null };
      revision += 1;
      return ok(status());
    },
    'group:revision': () => ok({ revision }),
    'pack:export': ({ articleIds, members }) =>
      ok({
        json: JSON.stringify({ fakePack: true, articleIds, members: members ?? ['me'] }),
        filename: 'yuedu-pack-2026-11-30.json',
      }),
    'pack:import': ({ json, dryRun }) => {
      let pack: { fakePack?: boolean; articleIds?: string[] };
      try {
        pack = JSON.parse(json) as typeof pack;
      } catch {
        return fail('invalid-payload', 'This file is not a Yuedu pack: it is not JSON.');
      }
      if (pack.fakePack !== true || !Array.isArray(pack.articleIds))
        return fail('invalid-payload', 'This file is not a Yuedu pack.');
      const seen = merged.has(json);
      if (!dryRun) merged.add(json);
      const count = pack.articleIds.length;
      return ok({
        dryRun: dryRun ?? false,
        members: [me, { id: 'li', name: '小李' }],
        articles: pack.articleIds.map((id) => ({
          id,
          title: titleOf(id) ?? id,
          // A merged pack's new articles joined the library.
          status: titleOf(id) || seen ? ('same' as const) : ('new' as const),
        })),
        annotations: seen ? { ...NO_MERGE, unchanged: 2 * count } : { ...NO_MERGE, new: 2 * count },
        replies: seen ? { ...NO_MERGE, unchanged: count } : { ...NO_MERGE, new: count },
      });
    },
  };
  return {
    handlers,
    controls: {
      get member() {
        return member;
      },
      /** What the folder holds: other members, and files skipped or needing care. */
      setFolder: (next: { members?: GroupMemberStatus[]; files?: GroupFileNote[] }) => {
        others = next.members ?? others;
        files = next.files ?? files;
        revision += 1;
      },
      join: (folder: string) => {
        member = { ...member, groupFolder: folder };
      },
      get revision() {
        return revision;
      },
    },
  };
}

// ---- end of the study-group block ----------------------------------------------------------------
