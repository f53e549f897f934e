import { describe, expect, it } from 'vitest';
import type { NoteHit, SearchHit } from '../../../shared/model/search';
import { firstResultRoute } from '../../../renderer/search/firstResult';

const hit = { articleId: 'a1', match: { start: 4, end: 6 } } as SearchHit;
const note = { articleId: 'a2', annotationId: 'n1' } as NoteHit;

describe('firstResultRoute', () => {
  it('opens the first article result at its match, carrying the query', () => {
    expect(firstResultRoute([hit], [note], '粤剧')).toEqual({
      view: 'article',
      id: 'a1',
      hit: { start: 4, end: 6 },
      query: '粤剧',
    });
  });

  it('falls back to the first matching note, then to nothing', () => {
    expect(firstResultRoute([], [note], 'x')).toEqual({
      view: 'article',
      id: 'a2',
      hit: null,
      note: 'n1',
    });
    expect(firstResultRoute([], [], 'x')).toBeNull();
  });
});
