import type { ReadingPosition } from '../../shared/model/settings';
import { AppFailure } from '../appFailure';
import type { Store } from './store';

/**
 * Records where the reader is in an article. Offsets are canonical-text UTF-16 offsets (the caller
 * checks them against the article's length); progress is the 0..1 fraction shown in the library.
 */
export async function setReadingPosition(
  store: Store,
  articleId: string,
  offset: number,
  progress: number,
  now: Date,
): Promise<ReadingPosition> {
  if (articleId === '') throw new AppFailure('invalid-payload', 'An article id is required.');
  if (!Number.isInteger(offset) || offset < 0) {
    throw new AppFailure(
      'invalid-range',
      `Reading offset must be a whole number ≥ 0, got ${offset}.`,
    );
  }
  if (!Number.isFinite(progress) || progress < 0 || progress > 1) {
    throw new AppFailure(
      'invalid-range',
      `Reading progress must be between 0 and 1, got ${progress}.`,
    );
  }
  const position: ReadingPosition = { articleId, offset, progress, updated: now.toISOString() };
  return store.update((data) => {
    data.reading[articleId] = position;
    return { ...position };
  });
}
