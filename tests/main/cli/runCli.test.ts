import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CliIo } from '../../../main/cli/cliIo';
import { runCli } from '../../../main/cli/runCli';

/** Runs the CLI in-process against a fresh data folder, capturing its output. */
async function yuedu(argv: string[], dataDir = mkdtempSync(path.join(os.tmpdir(), 'yuedu-cli-'))) {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env: {},
    cwd: dataDir,
    untilInterrupted: async () => {},
  };
  const code = await runCli(['--data-dir', dataDir, ...argv], io);
  return { code, stdout, stderr, dataDir };
}

describe('yuedu CLI', () => {
  it('lists 5 distinct titled articles as JSON', async () => {
    const { code, stdout, stderr } = await yuedu(['list', '--json']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const articles = JSON.parse(stdout) as Array<{
      id: string;
      title: string;
      chars: number;
      paragraphs: number;
    }>;
    expect(articles).toHaveLength(5);
    expect(new Set(articles.map((a) => a.id)).size).toBe(5);
    expect(new Set(articles.map((a) => a.title)).size).toBe(5);
    for (const a of articles) {
      expect(Object.keys(a).sort()).toEqual(['chars', 'id', 'paragraphs', 'title']);
      expect(a.title.length).toBeGreaterThan(0);
      expect(a.chars).toBeGreaterThan(500);
      expect(a.paragraphs).toBeGreaterThan(3);
    }
  });

  it('shows an article as id, title and its paragraphs in order', async () => {
    const list = JSON.parse((await yuedu(['list', '--json'])).stdout) as Array<{ id: string }>;
    const { stdout } = await yuedu(['show', list[0]!.id, '--json']);
    const article = JSON.parse(stdout) as { id: string; title: string; paragraphs: string[] };
    expect(article.id).toBe(list[0]!.id);
    expect(article.paragraphs.join('')).toContain('大湾区的发展成就令人赞叹');
    expect(article.paragraphs.some((p) => p.startsWith('　'))).toBe(false);
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
      quote: '大湾区',
      color: 'green',
      note: '# 不是标题 <script>',
    });
    const show = JSON.parse((await yuedu(['show', id, '--json'], dataDir)).stdout) as {
      paragraphs: string[];
    };
    expect(annotation.start).toBe(show.paragraphs.join('\n').indexOf('大湾区'));

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
