import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { Article } from '../../../shared/model/article';
import { findQuote } from '../../../main/annotations/anchor';
import { AnnotationService } from '../../../main/annotations/annotationService';
import { AppFailure } from '../../../main/appFailure';
import { Library } from '../../../main/library/library';
import { openStore } from '../../../main/store/store';
import { seedArticles } from './seedArticles';

const GBA = 'greater-bay-area-friends';
const EXAM = 'road-to-the-exam';
const INSERTED = '【编者按】本报今日起推出系列报道。\n';
const DELETED_SENTENCE =
  '这里拥有一流的科研资源、丰富的人才储备、优越的营商环境和贴心的全链条服务，';

/** The seed library after a correction: a paragraph added and a sentence cut in one article, another article withdrawn. */
function correctedLibrary(): Library {
  const articles = seedArticles()
    .filter((a) => a.id !== EXAM)
    .map((a): Article => {
      if (a.id !== GBA) return a;
      const cut = a.text.indexOf('\n') + 1;
      const text = (a.text.slice(0, cut) + INSERTED + a.text.slice(cut)).replace(
        DELETED_SENTENCE,
        '',
      );
      return { ...a, text, blocks: [] };
    });
  return new Library(articles);
}

function rangeIn(library: Library, articleId: string, quote: string, occurrence = 0) {
  const range = findQuote(library.get(articleId)!.text, quote, occurrence);
  if (!range) throw new Error(`test setup: "${quote}" not in ${articleId}`);
  return range;
}

let tick = 0;
const clock = () => new Date(Date.UTC(2026, 0, 1, 0, 0, tick++));

async function highlightSeeds() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'yuedu-annotations-'));
  const store = await openStore(dataDir);
  const original = new Library(seedArticles());
  const service = new AnnotationService(store, original, clock);
  const fifth = rangeIn(original, GBA, '大湾区', 4);
  const moving = await service.create({ articleId: GBA, ...fifth, color: 'green', note: '第五个' });
  const sentence = rangeIn(original, GBA, DELETED_SENTENCE.slice(0, -1));
  const lost = await service.create({ articleId: GBA, ...sentence, color: 'pink', note: '删掉了' });
  const exam = await service.create({ articleId: EXAM, start: 0, end: 5, color: 'blue' });
  return { store, moving, lost, exam };
}

describe('AnnotationService re-anchoring', () => {
  it('saves moved highlights in one write without touching modified, and keeps orphans as they were', async () => {
    const { store, moving, lost, exam } = await highlightSeeds();
    const corrected = correctedLibrary();
    const service = new AnnotationService(store, corrected, clock);
    const update = vi.spyOn(store, 'update');

    expect(await service.reanchorAll()).toEqual({ total: 3, moved: 1, orphaned: 2 });
    expect(update).toHaveBeenCalledTimes(1);
    const stored = new Map(store.read().annotations.map((a) => [a.id, a]));
    const expected = rangeIn(corrected, GBA, '大湾区', 4);
    expect(stored.get(moving.id)!.target.position).toEqual({ ...expected, unit: 'utf16' });
    expect(stored.get(moving.id)!.modified).toBe(moving.modified);
    const { state: _lostState, ...lostAsCreated } = lost;
    const { state: _examState, ...examAsCreated } = exam;
    expect(stored.get(lost.id)).toEqual(lostAsCreated);
    expect(stored.get(exam.id)).toEqual(examAsCreated);

    expect(await service.reanchorAll()).toEqual({ total: 3, moved: 0, orphaned: 2 });
    expect(update).toHaveBeenCalledTimes(1);
  });

  it('lists each article’s anchored highlights by place, then its orphans by creation', async () => {
    const { store, moving, lost, exam } = await highlightSeeds();
    const service = new AnnotationService(store, correctedLibrary(), clock);
    await service.reanchorAll();
    const early = rangeIn(correctedLibrary(), GBA, '外国朋友');
    const added = await service.create({ articleId: GBA, ...early, color: 'yellow' });

    const listed = service.list();
    expect(listed.map((a) => [a.id, a.state])).toEqual([
      [added.id, 'anchored'],
      [moving.id, 'anchored'],
      [lost.id, 'orphaned'],
      [exam.id, 'orphaned'],
    ]);
    expect(service.list(GBA).map((a) => a.id)).toEqual([added.id, moving.id, lost.id]);
    expect(() => service.list(EXAM)).toThrow(AppFailure);
  });

  it('re-attaches an orphan to a new selection and dates the change', async () => {
    const { store, lost } = await highlightSeeds();
    const library = correctedLibrary();
    const service = new AnnotationService(store, library, clock);
    await service.reanchorAll();
    const range = rangeIn(library, GBA, '许多刚来不久的外国企业');
    const reattached = await service.reattach(lost.id, range.start, range.end);
    expect(reattached).toMatchObject({
      id: lost.id,
      state: 'anchored',
      note: '删掉了',
      created: lost.created,
      target: { position: { ...range, unit: 'utf16' }, quote: { exact: '许多刚来不久的外国企业' } },
    });
    expect(reattached.modified > lost.modified).toBe(true);
    expect(service.list(GBA).find((a) => a.id === lost.id)?.state).toBe('anchored');
  });
});

describe('AnnotationService.restore', () => {
  it('puts a deleted highlight back with the same id, dates and creator', async () => {
    const { store, moving } = await highlightSeeds();
    const service = new AnnotationService(store, new Library(seedArticles()), clock);
    const { state: _state, ...asStored } = moving;
    await service.delete(moving.id);
    expect(store.read().annotations.some((a) => a.id === moving.id)).toBe(false);
    expect(await service.restore(asStored)).toEqual(moving);
    expect(store.read().annotations.find((a) => a.id === moving.id)).toEqual(asStored);
  });

  it('refuses an id that exists or an unknown article, and writes nothing', async () => {
    const { store, moving } = await highlightSeeds();
    const service = new AnnotationService(store, new Library(seedArticles()), clock);
    const { state: _state, ...asStored } = moving;
    const before = store.read();
    await expect(service.restore(asStored)).rejects.toMatchObject({
      code: 'invalid-payload',
      message: expect.stringContaining('already exists'),
    });
    await expect(
      service.restore({ ...asStored, id: 'other', articleId: 'no-such-article' }),
    ).rejects.toMatchObject({ code: 'not-found' });
    expect(store.read()).toBe(before);
  });

  it('brings a forged future modified (and created) back to now on restore', async () => {
    const { store, moving } = await highlightSeeds();
    const now = new Date(Date.UTC(2026, 5, 1));
    const service = new AnnotationService(store, new Library(seedArticles()), () => now);
    const { state: _state, ...asStored } = moving;
    await service.delete(moving.id);
    const forged = {
      ...asStored,
      created: '2099-01-01T00:00:00.000Z',
      modified: '2099-01-02T00:00:00.000Z',
    };

    const restored = await service.restore(forged);

    expect(restored.modified).toBe(now.toISOString());
    expect(restored.created).toBe(now.toISOString());
    const stored = store.read().annotations.find((a) => a.id === moving.id)!;
    expect([stored.created, stored.modified]).toEqual([now.toISOString(), now.toISOString()]);
  });

  it('restores a highlight whose text is gone as an orphan, and one whose text moved at its new place', async () => {
    const { store, moving, lost } = await highlightSeeds();
    const library = correctedLibrary();
    const service = new AnnotationService(store, library, clock);
    for (const a of [moving, lost]) await service.delete(a.id);
    const strip = ({ state: _state, ...rest }: typeof moving) => rest;
    expect((await service.restore(strip(lost))).state).toBe('orphaned');
    const restored = await service.restore(strip(moving));
    expect(restored.state).toBe('anchored');
    expect(restored.target.position.start).toBe(rangeIn(library, GBA, '大湾区', 4).start);
    expect(restored.modified).toBe(moving.modified);
  });
});
