import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../main/cli/cliIo';
import { runCli } from '../../../main/cli/runCli';

const CORPUS_V2 = fileURLToPath(new URL('../../fixtures/corpus-v2', import.meta.url));

/** Runs the CLI in-process against a fresh data folder, capturing its output. */
async function yuedu(
  argv: string[],
  dataDir = mkdtempSync(path.join(os.tmpdir(), 'yuedu-cli-')),
  env: CliIo['env'] = {},
  terminal: Pick<CliIo, 'stdoutIsTerminal'> = {},
) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env,
    cwd: dataDir,
    untilInterrupted: async () => {},
    ...terminal,
  };
  const code = await runCli(['--data-dir', dataDir, ...argv], io);
  return { code, stdout, stderr, dataDir };
}

interface ShownArticle {
  id: string;
  title: string;
  source: string;
  blocks: Array<{ kind: string; text: string; start: number; end: number }>;
}

/** The article's canonical text: its blocks joined by line breaks. */
const articleTextOf = (article: ShownArticle) => article.blocks.map((b) => b.text).join('\n');

describe('yuedu CLI', () => {
  it('lists, shows and searches articles without opening the notes at all', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'yuedu-cli-'));
    // A data file nothing could read: any command that opened it would say so on stderr.
    writeFileSync(path.join(dataDir, 'yuedu-data.json'), '{"schemaVersion": 99}');
    for (const argv of [['list'], ['show', 'road-to-the-exam'], ['search', '赶考']]) {
      const run = await yuedu(argv, dataDir);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
    }
    const notes = await yuedu(['notes'], dataDir);
    expect(notes.code).toBe(1);
    expect(notes.stderr).toContain('newer version of Yuedu');
  });

  it('lists 5 distinct titled articles as JSON', async () => {
    const { code, stdout, stderr } = await yuedu(['list', '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const articles = JSON.parse(stdout) as Array<{
      id: string;
      title: string;
      chars: number;
      blocks: number;
      paragraphs: number;
    }>;
    expect(articles).toHaveLength(5);
    expect(new Set(articles.map((a) => a.id)).size).toBe(5);
    expect(new Set(articles.map((a) => a.title)).size).toBe(5);
    for (const a of articles) {
      expect(Object.keys(a).sort()).toEqual(['blocks', 'chars', 'id', 'paragraphs', 'title']);
      expect(a.title.length).toBeGreaterThan(0);
      expect(a.chars).toBeGreaterThan(500);
      expect(a.paragraphs).toBeGreaterThan(3);
      expect(a.blocks).toBeGreaterThanOrEqual(a.paragraphs);
    }
  });

  it('shows an article as typed blocks in order, and list counts the same blocks', async () => {
    const run = await yuedu(['list', '--json']);
    const list = JSON.parse(run.stdout) as Array<{
      id: string;
      blocks: number;
      paragraphs: number;
    }>;
    const gba = list.find((a) => a.id === 'greater-bay-area-friends')!;
    const { stdout } = await yuedu(['show', gba.id, '--json'], run.dataDir);
    const article = JSON.parse(stdout) as ShownArticle;
    expect(Object.keys(article).sort()).toEqual(['blocks', 'id', 'source', 'title']);
    expect(article.id).toBe(gba.id);
    expect(article.blocks).toHaveLength(gba.blocks);
    expect(article.blocks.filter((b) => b.kind === 'paragraph')).toHaveLength(gba.paragraphs);
    expect(new Set(article.blocks.map((b) => b.kind))).toEqual(
      new Set(['paragraph', 'heading', 'byline']),
    );
    expect(article.blocks.find((b) => b.kind === 'heading')?.text).toBe(
      '“大湾区的发展成就令人赞叹”',
    );
    expect(article.blocks.find((b) => b.kind === 'byline')?.text).toMatch(/^本报记者/);
    expect(article.blocks.some((b) => b.text.startsWith('　'))).toBe(false);
    const text = articleTextOf(article);
    for (const block of article.blocks) expect(text.slice(block.start, block.end)).toBe(block.text);
    const withPhotos = await yuedu(['show', 'cyberspace-shared-future', '--json'], run.dataDir);
    const captions = (JSON.parse(withPhotos.stdout) as ShownArticle).blocks.filter(
      (b) => b.kind === 'caption',
    );
    expect(captions).toHaveLength(2);
    for (const caption of captions) expect(caption.text).toMatch(/摄$/);
  });

  it('searches Chinese text, best first, and every result contains the query', async () => {
    const { code, stdout } = await yuedu(['search', '粤剧', '--json']);
    expect(code).toBe(0);
    const hits = JSON.parse(stdout) as Array<{
      articleId: string;
      title: string;
      score: number;
      snippet: string;
    }>;
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(hit.snippet).toContain('粤剧');
    const scores = hits.map((h) => h.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
    const none = JSON.parse((await yuedu(['search', '火星探测器', '--json'])).stdout);
    expect(none).toEqual([]);
  });

  it('highlights the first occurrence of a quote, lists it in notes and exports it', async () => {
    const first = await yuedu(['list', '--json']);
    const id = (JSON.parse(first.stdout) as Array<{ id: string }>)[0]!.id;
    const dataDir = first.dataDir;
    const made = await yuedu(
      [
        'highlight',
        id,
        '--quote',
        '大湾区',
        '--color',
        'green',
        '--note',
        '# 不是标题 <script>',
        '--json',
      ],
      dataDir,
    );
    expect(made.code).toBe(0);
    const annotation = JSON.parse(made.stdout);
    expect(annotation).toMatchObject({
      articleId: id,
      state: 'anchored',
      quote: '大湾区',
      color: 'green',
      note: '# 不是标题 <script>',
    });
    const show = JSON.parse((await yuedu(['show', id, '--json'], dataDir)).stdout) as ShownArticle;
    expect(annotation.start).toBe(articleTextOf(show).indexOf('大湾区'));

    const notes = JSON.parse((await yuedu(['notes', '--json'], dataDir)).stdout);
    expect(notes).toEqual([annotation]);

    const out = path.join(dataDir, 'notes.md');
    expect((await yuedu(['export', '--format', 'markdown', '--out', out], dataDir)).code).toBe(0);
    const markdown = readFileSync(out, 'utf8');
    expect(markdown).toContain(`yuedu://article/${id}#${annotation.id}`);
    expect(markdown).not.toContain('<script>');
    expect(markdown).not.toMatch(/^# 不是标题/m);
  });

  it('refuses a quote that is not in the article and writes nothing', async () => {
    const first = await yuedu(['list', '--json']);
    const id = (JSON.parse(first.stdout) as Array<{ id: string }>)[0]!.id;
    await yuedu(['notes'], first.dataDir); // opens (and so creates) the data file
    const dataFile = path.join(first.dataDir, 'yuedu-data.json');
    const before = readFileSync(dataFile, 'utf8');
    const { code, stdout, stderr } = await yuedu(
      ['highlight', id, '--quote', '不存在的句子'],
      first.dataDir,
    );
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toMatch(/^yuedu: .*does not occur.*\n$/);
    expect(JSON.parse((await yuedu(['notes', '--json'], first.dataDir)).stdout)).toEqual([]);
    expect(readFileSync(dataFile, 'utf8')).toBe(before);
  });

  it('reports an unknown article with exit 1 and a usage mistake with exit 2', async () => {
    const missing = await yuedu(['show', 'no-such-article']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/No article with id "no-such-article"/);
    const usage = await yuedu(['search']);
    expect(usage.code).toBe(2);
    expect(usage.stderr.trim().split('\n')).toHaveLength(1);
  });
});

interface CliNote {
  id: string;
  articleId: string;
  state: 'anchored' | 'orphaned';
  quote: string;
  start: number;
  end: number;
  modified: string;
}

describe('yuedu with a corrected corpus (--seeds-dir)', () => {
  const GBA = 'greater-bay-area-friends';
  const CIIE = 'ciie-opening-up';
  const FIXED = '开放、包容、创新已经成为大湾区发展的代名词';
  const DELETED = '这里拥有一流的科研资源、丰富的人才储备、优越的营商环境和贴心的全链条服务';

  async function highlightBundledSeeds() {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'yuedu-cli-v2-'));
    const made: Record<string, CliNote> = {};
    for (const [key, articleId, quote] of [
      ['moved', GBA, '彼得·赫利斯来自德国'],
      ['fixed', GBA, FIXED],
      ['deleted', GBA, DELETED],
      ['layout', CIIE, '开放是人类文明进步的重要动力'],
    ] as const) {
      const run = await yuedu(['highlight', articleId, '--quote', quote, '--json'], dataDir);
      expect(run.code).toBe(0);
      made[key] = JSON.parse(run.stdout) as CliNote;
    }
    return { dataDir, made };
  }

  async function articleText(articleId: string, dataDir: string, seeds: string[] = []) {
    const run = await yuedu([...seeds, 'show', articleId, '--json'], dataDir);
    return articleTextOf(JSON.parse(run.stdout) as ShownArticle);
  }

  it('reports each highlight as anchored at its new place or orphaned', async () => {
    const { dataDir, made } = await highlightBundledSeeds();
    const seeds = ['--seeds-dir', CORPUS_V2];
    const run = await yuedu([...seeds, 'notes', '--json'], dataDir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    const notes = JSON.parse(run.stdout) as CliNote[];
    const byId = new Map(notes.map((n) => [n.id, n]));
    const gba = await articleText(GBA, dataDir, seeds);

    const moved = byId.get(made.moved!.id)!;
    expect(moved).toMatchObject({ state: 'anchored', quote: '彼得·赫利斯来自德国' });
    expect(moved.start).toBe(gba.indexOf('彼得·赫利斯来自德国'));
    expect(moved.start).toBeGreaterThan(made.moved!.start);
    expect(moved.modified).toBe(made.moved!.modified);

    const fixed = byId.get(made.fixed!.id)!;
    expect(fixed).toMatchObject({ state: 'anchored', quote: FIXED.replace('已经', '已') });
    expect(gba.slice(fixed.start, fixed.end)).toBe(fixed.quote);

    expect(byId.get(made.deleted!.id)).toMatchObject({ state: 'orphaned', quote: DELETED });
    expect(byId.get(made.layout!.id)).toMatchObject({
      state: 'anchored',
      start: made.layout!.start,
    });
    // Orphans come after the anchored highlights of their article.
    expect(notes.map((n) => n.id)).toEqual([
      made.fixed!.id,
      made.moved!.id,
      made.deleted!.id,
      made.layout!.id,
    ]);
    const text = await yuedu([...seeds, 'notes'], dataDir);
    expect(text.stdout).toContain(`(orphaned) [yellow] ${DELETED}`);
  });

  it('loses nothing: back on the original corpus the orphan is anchored again', async () => {
    const { dataDir, made } = await highlightBundledSeeds();
    await yuedu(['--seeds-dir', CORPUS_V2, 'notes', '--json'], dataDir);
    const back = JSON.parse((await yuedu(['notes', '--json'], dataDir)).stdout) as CliNote[];
    expect(back.every((n) => n.state === 'anchored')).toBe(true);
    expect(back.find((n) => n.id === made.deleted!.id)).toMatchObject({
      start: made.deleted!.start,
      end: made.deleted!.end,
    });
    expect(back.find((n) => n.id === made.moved!.id)?.start).toBe(made.moved!.start);
  });

  it('reads YUEDU_SEEDS_DIR when no --seeds-dir is given', async () => {
    const { dataDir, made } = await highlightBundledSeeds();
    const run = await yuedu(['notes', '--json'], dataDir, { YUEDU_SEEDS_DIR: CORPUS_V2 });
    const notes = JSON.parse(run.stdout) as CliNote[];
    expect(notes.find((n) => n.id === made.deleted!.id)?.state).toBe('orphaned');
  });

  it('refuses a seeds folder that does not exist or holds no .txt, with exit 1', async () => {
    const missing = await yuedu(['--seeds-dir', '/no/such/yuedu-seeds', 'list']);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^yuedu: The seeds folder .*yuedu-seeds does not exist\.\n$/);
    const empty = mkdtempSync(path.join(os.tmpdir(), 'yuedu-empty-seeds-'));
    mkdirSync(path.join(empty, 'sub'));
    writeFileSync(path.join(empty, 'notes.md'), '# 不是文章');
    const none = await yuedu(['--seeds-dir', empty, 'list']);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/holds no \.txt files/);
    expect(none.stdout).toBe('');
  });
});

describe('yuedu search with hostile input', () => {
  it.each(['.*+?^${}()|[]', '😀', '，。！？', 'x'.repeat(10_000)])(
    'answers %j with JSON and exit 0',
    async (query) => {
      const run = await yuedu(['search', query, '--json']);
      expect(run.code).toBe(0);
      expect(Array.isArray(JSON.parse(run.stdout))).toBe(true);
    },
  );
});

describe('yuedu backup and restore', () => {
  it('carries highlights to a fresh data folder, and restoring twice changes nothing', async () => {
    const first = await yuedu([
      'highlight',
      'ciie-opening-up',
      '--quote',
      '进博会',
      '--note',
      '带走',
      '--json',
    ]);
    expect(first.code).toBe(0);
    const file = path.join(first.dataDir, 'backup.json');
    const saved = await yuedu(['backup', '--out', file, '--json'], first.dataDir);
    expect(saved.code).toBe(0);
    expect(JSON.parse(saved.stdout)).toMatchObject({ path: file, annotations: 1 });

    const fresh = mkdtempSync(path.join(os.tmpdir(), 'yuedu-cli-restore-'));
    const restored = await yuedu(['restore', file, '--json'], fresh);
    expect(JSON.parse(restored.stdout)).toMatchObject({
      annotationsAdded: 1,
      annotationsUpdated: 0,
    });
    const notes = JSON.parse((await yuedu(['notes', '--json'], fresh)).stdout);
    expect(notes).toEqual([JSON.parse(first.stdout)]);
    const again = await yuedu(['restore', file, '--json'], fresh);
    expect(JSON.parse(again.stdout)).toMatchObject({ annotationsAdded: 0, annotationsUpdated: 0 });
  });

  it('refuses a file that is not a backup with one line and exit 1', async () => {
    const { dataDir } = await yuedu(['list']);
    const bogus = path.join(dataDir, 'bogus.json');
    writeFileSync(bogus, '{"hello": "world"}');
    const run = await yuedu(['restore', bogus], dataDir);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^yuedu: .*not a Yuedu backup.*\n$/);
  });
});

describe('yuedu help', () => {
  it('lists every command in the general help', async () => {
    const run = await yuedu(['--help']);
    expect(run.code).toBe(0);
    for (const command of ['list', 'show', 'search', 'highlight', 'notes', 'export', 'import']) {
      expect(run.stdout).toMatch(new RegExp(`^  ${command}\\b`, 'm'));
    }
    expect(run.stdout).toContain('yuedu <command> --help');
  });

  it.each([
    [['search', '--help']],
    [['search', '-h']],
    [['help', 'search']],
    [['search', '--limit', 'abc', '--help']],
  ])('prints the search usage for %j, and nothing else', async (argv) => {
    const run = await yuedu(argv);
    expect(run).toMatchObject({ code: 0, stderr: '' });
    expect(run.stdout).toMatch(/^Usage: yuedu search <query> \[--limit N\]\n/);
    expect(run.stdout).toContain('--limit N');
    expect(run.stdout).not.toContain('Commands:');
  });

  it('points a usage mistake at the help of the command it was made in', async () => {
    const run = await yuedu(['search', 'x', '--limit', 'abc']);
    expect(run.code).toBe(2);
    expect(run.stderr).toBe(
      'yuedu: --limit must be a whole number from 1 to 100, not "abc". Run "yuedu search --help" for usage.\n',
    );
  });
});

describe('yuedu refuses what would do the wrong thing', () => {
  it('treats an empty search as a usage mistake, not as "No results"', async () => {
    const run = await yuedu(['search', '']);
    expect(run).toMatchObject({ code: 2, stdout: '' });
    expect(run.stderr).toMatch(/^yuedu: "search" needs a query: the words to look for\. /);
  });

  it.each([[['--data-dir', '']], [['--data-dir=']]])(
    'refuses %j and writes nothing in the current folder',
    async (given) => {
      const cwd = mkdtempSync(path.join(os.tmpdir(), 'yuedu-cwd-'));
      let stderr = '';
      const code = await runCli([...given, 'highlight', 'ciie-opening-up', '--quote', '进博会'], {
        stdout: () => {},
        stderr: (t) => (stderr += t),
        env: {},
        cwd,
        untilInterrupted: async () => {},
      });
      expect(code).toBe(2);
      expect(stderr).toMatch(/--data-dir needs a folder, not an empty value\./);
      expect(readdirSync(cwd)).toEqual([]);
    },
  );

  it('refuses an empty YUEDU_DATA_DIR and writes nothing in the current folder', async () => {
    const cwd = mkdtempSync(path.join(os.tmpdir(), 'yuedu-cwd-'));
    let stderr = '';
    const code = await runCli(['highlight', 'ciie-opening-up', '--quote', '进博会'], {
      stdout: () => {},
      stderr: (t) => (stderr += t),
      env: { YUEDU_DATA_DIR: '' },
      cwd,
      untilInterrupted: async () => {},
    });
    expect(code).toBe(2);
    expect(stderr).toMatch(/^yuedu: YUEDU_DATA_DIR is set but empty; .*\.\n$/);
    expect(readdirSync(cwd)).toEqual([]);
  });
});

describe('yuedu search output for people', () => {
  it('shows each result with its hit count and every match marked in 【】 when piped', async () => {
    const run = await yuedu(['search', '发展', '--limit', '3']);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines.length).toBe(6);
    const json = JSON.parse(
      (await yuedu(['search', '发展', '--limit', '3', '--json'], run.dataDir)).stdout,
    ) as Array<{
      articleId: string;
      hits: number;
      snippet: string;
      marks: Array<[number, number]>;
    }>;
    json.forEach((hit, index) => {
      expect(lines[2 * index]).toMatch(new RegExp(`^${hit.articleId}\t.+\t${hit.hits} hits?$`));
      const snippet = lines[2 * index + 1]!;
      expect(snippet.match(/【发展】/g)).toHaveLength(hit.marks.length);
      expect(snippet.trim().replace(/[【】]/g, '')).toBe(hit.snippet);
    });
    expect(run.stdout).not.toContain('\u001b');
  });

  it('marks matches in reverse video on a terminal, unless NO_COLOR is set', async () => {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'yuedu-cli-tty-'));
    const tty = await yuedu(
      ['search', '粤剧', '--limit', '1'],
      dataDir,
      {},
      { stdoutIsTerminal: true },
    );
    expect(tty.stdout).toContain('\u001b[7m粤剧\u001b[27m');
    expect(tty.stdout).not.toContain('【');
    const noColor = await yuedu(
      ['search', '粤剧', '--limit', '1'],
      dataDir,
      { NO_COLOR: '1' },
      {
        stdoutIsTerminal: true,
      },
    );
    expect(noColor.stdout).toContain('【粤剧】');
    expect(noColor.stdout).not.toContain('\u001b');
  });
});

describe('yuedu never prints control characters from user text', () => {
  const HOSTILE_NOTE = 'ring\u0007 \u001b[31mred\u001b[0m \u202egnp.exe';

  it('shows a note holding ESC, BEL and a right-to-left override visibly, in plain and JSON output', async () => {
    const made = await yuedu([
      'highlight',
      'ciie-opening-up',
      '--quote',
      '进博会',
      '--note',
      `${HOSTILE_NOTE}\n第二行`,
    ]);
    expect(made.code).toBe(0);
    const notes = await yuedu(['notes'], made.dataDir);
    expect(notes.stdout).toContain('ring␇ ␛[31mred␛[0m ⟨U+202E⟩gnp.exe\n    第二行\n');
    const json = await yuedu(['notes', '--json'], made.dataDir);
    // eslint-disable-next-line no-control-regex -- the test looks for raw control characters
    expect(json.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(json.stdout).toContain('\\u202e');
    expect((JSON.parse(json.stdout) as Array<{ note: string }>)[0]!.note).toBe(
      `${HOSTILE_NOTE}\n第二行`,
    );
  });

  it('echoes a hostile id in an error message visibly', async () => {
    const run = await yuedu(['show', 'x\u001b]0;pwned\u0007']);
    expect(run.code).toBe(1);
    expect(run.stderr).toBe('yuedu: No article with id "x␛]0;pwned␇".\n');
  });
});
