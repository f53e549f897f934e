import { foldText } from './fold';

/** A maximal stretch of same-kind characters; search terms are cut from runs, never across them. */
export interface TextRun {
  kind: 'han' | 'word';
  /** Whole characters (a surrogate pair is one entry). */
  chars: string[];
}

const HAN = /^\p{Script=Han}$/u;
const WORD = /^[\p{L}\p{N}\p{M}]$/u;

/** Whether a single character is a Chinese character (including CJK extensions beyond the BMP). */
export function isHanChar(ch: string): boolean {
  return HAN.test(ch);
}

/**
 * Splits already-folded text into Han runs and word runs (letters, digits and marks of other
 * scripts, so "5g" and "g20" stay whole); punctuation, spaces, emoji and lone surrogates separate runs.
 */
export function textRuns(folded: string): TextRun[] {
  const runs: TextRun[] = [];
  let current = null as TextRun | null;
  for (const ch of folded) {
    const kind = HAN.test(ch) ? 'han' : WORD.test(ch) ? 'word' : null;
    if (kind === null) {
      current = null;
    } else if (current?.kind === kind) {
      current.chars.push(ch);
    } else {
      current = { kind, chars: [ch] };
      runs.push(current);
    }
  }
  return runs;
}

/** The search tokens of one run: overlapping bigrams for Han (a lone character stands alone), the whole word otherwise. */
export function runTokens(run: TextRun): string[] {
  if (run.kind === 'word' || run.chars.length === 1) return [run.chars.join('')];
  const tokens: string[] = [];
  for (let i = 0; i + 1 < run.chars.length; i++) tokens.push(run.chars[i]! + run.chars[i + 1]!);
  return tokens;
}

/**
 * Chinese-aware tokenizer, the same for articles and queries: folds the text, then yields
 * overlapping Han bigrams ("大湾区" → "大湾", "湾区"), lone Han characters, and Latin words and
 * numbers ("5G" → "5g", "G20" → "g20").
 */
export function tokenize(text: string): string[] {
  return textRuns(foldText(text)).flatMap(runTokens);
}
