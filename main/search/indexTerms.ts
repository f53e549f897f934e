import { foldText } from './fold';
import { encodeHanChar } from './termCodec';
import { textRuns } from './tokenize';

/**
 * The terms MiniSearch stores for a field: the `tokenize` tokens in index form (see encodeTerm),
 * plus the last character of every Han run as a unigram. With those, a prefix lookup of a single
 * character reaches every place it occurs — followed by another Han character (a bigram starting
 * with it) or not (the unigram).
 */
export function indexTerms(text: string): string[] {
  const terms: string[] = [];
  for (const run of textRuns(foldText(text))) {
    if (run.kind === 'word') {
      terms.push(run.chars.join(''));
      continue;
    }
    const encoded = run.chars.map(encodeHanChar);
    for (let i = 0; i + 1 < encoded.length; i++) terms.push(encoded[i]! + encoded[i + 1]!);
    terms.push(encoded.at(-1)!);
  }
  return terms;
}
