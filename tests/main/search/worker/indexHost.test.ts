import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { IndexHost } from '../../../../main/search/worker/indexHost';
import type {
  RequestMessage,
  SearchWorkerConfig,
  StatusMessage,
} from '../../../../main/search/worker/protocol';
import { makeArticle, seedLibrary } from '../seedLibrary';

const hosts: IndexHost[] = [];
afterEach(() => hosts.splice(0).forEach((host) => host.dispose()));

function host(config: Partial<SearchWorkerConfig> = {}) {
  const statuses: StatusMessage[] = [];
  const made = new IndexHost(
    { bundledIndexPath: null, persistPath: null, persistDelayMs: 10_000, ...config },
    (message) => statuses.push(message),
  );
  hosts.push(made);
  let id = 0;
  const ask = async (type: RequestMessage['type'], args: unknown) => {
    const sent = ++id;
    const reply = await made.handle({ id: sent, type, args } as RequestMessage);
    expect(reply.id).toBe(sent);
    return reply;
  };
  return { made, statuses, ask };
}

const persistPath = () =>
  path.join(mkdtempSync(path.join(os.tmpdir(), 'yuedu-index-host-')), 'search-index.json');
const imported = (id: string) => makeArticle(id, '导入', [`这篇文章讲鸭嘴兽，编号${id}。`]);

describe('IndexHost', () => {
  it('answers a query sent while the index is opening once it is open', async () => {
    const { ask, made } = host();
    const articles = seedLibrary(10);
    const starting = ask('start', { bundled: articles, imported: [] });
    const early = ask('search', { query: '发展', limit: 3 });
    expect(made.status()).toEqual({ ready: false, indexedArticles: 0, totalArticles: 10 });
    expect(await early).toMatchObject({ ok: true, value: [{}, {}, {}] });
    expect(await starting).toMatchObject({ ok: true });
    expect(made.status()).toEqual({ ready: true, indexedArticles: 10, totalArticles: 10 });
  });

  it('returns failures as error replies instead of throwing', async () => {
    const { ask } = host();
    expect(await ask('search', { query: '发展' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/not been started/),
    });
    await ask('start', { bundled: seedLibrary(3), imported: [] });
    expect(await ask('start', { bundled: [], imported: [] })).toMatchObject({ ok: false });
    expect(await ask('inArticle', { articleId: 'nope', query: '发展' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/No article with id "nope"/),
    });
  });

  it('applies adds and removes in order and reports progress as status messages', async () => {
    const { ask, statuses } = host();
    await ask('start', { bundled: seedLibrary(5), imported: [] });
    const adding = ask('add', { articles: [imported('a'), imported('b')] });
    const removing = ask('remove', { ids: ['a'] });
    expect(statuses.at(-1)?.status).toEqual({ ready: false, indexedArticles: 5, totalArticles: 7 });
    expect(await adding).toMatchObject({ ok: true });
    expect(await removing).toMatchObject({
      ok: true,
      value: { ready: true, indexedArticles: 6, totalArticles: 6 },
    });
    const found = await ask('search', { query: '鸭嘴兽' });
    expect(
      found.ok && (found.value as Array<{ articleId: string }>).map((h) => h.articleId),
    ).toEqual(['b']);
  });

  it('saves once after changes settle, and flush writes at once', async () => {
    const file = persistPath();
    const { ask, statuses } = host({ persistPath: file, persistDelayMs: 30 });
    await ask('start', { bundled: seedLibrary(5), imported: [] });
    await ask('add', { articles: [imported('a')] });
    await ask('add', { articles: [imported('b')] });
    expect(statuses.at(-1)?.unsaved).toBe(true);
    expect(existsSync(file)).toBe(false);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(existsSync(file)).toBe(true);
    expect(statuses.at(-1)?.unsaved).toBe(false);

    await ask('remove', { ids: ['b'] });
    const before = readFileSync(file, 'utf8');
    expect(await ask('flush', {})).toMatchObject({ ok: true, value: { written: true } });
    expect(readFileSync(file, 'utf8')).not.toBe(before);
    expect(await ask('flush', {})).toMatchObject({ ok: true, value: { written: false } });
  });

  it('drops the saved index once no imported article is left', async () => {
    const file = persistPath();
    const { ask } = host({ persistPath: file });
    await ask('start', { bundled: seedLibrary(5), imported: [imported('a')] });
    await ask('flush', {});
    expect(existsSync(file)).toBe(true);
    await ask('remove', { ids: ['a'] });
    await ask('flush', {});
    expect(existsSync(file)).toBe(false);
  });
});
