import { afterEach, describe, expect, it } from 'vitest';
import { setReadingPosition } from '../../../main/store/readingPosition';
import { openStore } from '../../../main/store/store';
import { makeTempDir, removeTempDirs } from './helpers';

afterEach(removeTempDirs);

const now = new Date('2025-03-07T06:05:04.000Z');

describe('setReadingPosition', () => {
  it('saves the position with its timestamp and replaces the previous one for that article', async () => {
    const dir = await makeTempDir();
    const store = await openStore(dir);
    await setReadingPosition(store, 'a1', 10, 0.1, now);
    const saved = await setReadingPosition(store, 'a1', 250, 0.75, now);

    const expected = {
      articleId: 'a1',
      offset: 250,
      progress: 0.75,
      updated: '2025-03-07T06:05:04.000Z',
    };
    expect(saved).toEqual(expected);
    expect((await openStore(dir)).read().reading).toEqual({ a1: expected });
  });

  it('accepts the start and the end of an article', async () => {
    const store = await openStore(await makeTempDir());
    await setReadingPosition(store, 'a1', 0, 0, now);
    await setReadingPosition(store, 'a2', 900, 1, now);
    expect(Object.keys(store.read().reading)).toEqual(['a1', 'a2']);
  });

  it.each([
    ['a negative offset', 'a1', -1, 0.5, 'invalid-range'],
    ['a fractional offset', 'a1', 1.5, 0.5, 'invalid-range'],
    ['progress above 1', 'a1', 5, 1.01, 'invalid-range'],
    ['negative progress', 'a1', 5, -0.1, 'invalid-range'],
    ['NaN progress', 'a1', 5, Number.NaN, 'invalid-range'],
    ['an empty article id', '', 5, 0.5, 'invalid-payload'],
  ])('rejects %s and saves nothing', async (_, articleId, offset, progress, code) => {
    const store = await openStore(await makeTempDir());
    await expect(setReadingPosition(store, articleId, offset, progress, now)).rejects.toMatchObject(
      {
        code,
      },
    );
    expect(store.read().reading).toEqual({});
  });
});
