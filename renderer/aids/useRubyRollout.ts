import { useMemo, type RefObject } from 'react';
import type { Block } from '../../shared/model/article';
import { useScreenFirstRollout, type RolloutOptions } from '../reader/useScreenFirstRollout';
import type { RunAids } from './RubyText';

// A newly opened article shows its ruby at once; turning ruby off is immediate, as dropping it is
// cheap. Ruby makes lines taller, so paragraphs just off the screen get it at once too: scrolling
// a little must not make text jump.
const RUBY: RolloutOptions<RunAids | null> = {
  opening: (target) => target,
  instant: (aids) => aids === null,
  stepChars: 800,
  screenMargin: 200,
};

/**
 * Each block's reading aids while they change: the blocks on screen switch before the next paint,
 * the others a few at a time in idle time, nearest first, so turning ruby on in a long article
 * costs what the reader sees rather than the whole article.
 */
export function useRubyRollout(
  aids: RunAids | null,
  blocks: readonly Block[],
  articleRef: RefObject<HTMLElement | null>,
): ReadonlyArray<RunAids | null> {
  const target = useMemo(() => blocks.map(() => aids), [aids, blocks]);
  return useScreenFirstRollout(target, blocks, articleRef, RUBY).shown;
}
