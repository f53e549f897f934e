import MiniSearch, { type Query } from 'minisearch';
import { pinyinSpellings, type PinyinSpelling } from './pinyin';
import { decodeHanChar, encodeHan, encodeHanCode } from './termCodec';
import type { TermProbe } from './termProbe';
import type { PlannedTerm } from './termOccurrences';
import { textRuns } from './tokenize';
import type { WordTable } from './wordTable';

/** A pinyin match weighs this much of a character match, so characters typed rank first. */
export const PINYIN_WEIGHT = 0.5;
/** A word token contained in more index words than this is not asked for: too broad to narrow. */
const MAX_WORD_EXPANSION = 200;
/** Sub-queries per term; any subset still gives a superset of the matches, verified afterwards. */
const MAX_TOKENS_PER_TERM = 32;
/** Character strings one pinyin term may stand for before its candidates are only its first pairs. */
const MAX_PINYIN_SEQUENCES = 256;
/** First character pairs of a pinyin term asked for before every article is a candidate. */
const MAX_PINYIN_PAIRS = 2048;
/** Most character strings looked up one by one with indexOf (see termOccurrences). */
const MAX_SEQUENCES_SEARCHED = 32;

/** How one query term is found: what to ask MiniSearch, how to find it in a text, and whether MiniSearch's answer is already exact. */
export interface TermPlan {
  term: PlannedTerm;
  /** null: no article can contain the term. */
  query: Query | typeof MiniSearch.wildcard | null;
  /** MiniSearch's documents for `query` are exactly those containing the term (no check needed). */
  exact: boolean;
}

/** What the index offers the planner: its word list and a look at its term dictionary. */
export interface PlanContext {
  words: WordTable;
  probe: TermProbe;
}

/**
 * Plans one folded query term. Han bigrams and lone Han characters are asked for exactly, a word or number as the OR of the index
 * words containing it. Letters that no text contains as written and that spell pinyin are asked
 * for as the character strings they spell that occur in the index.
 */
export function planTerm(text: string, context: PlanContext): TermPlan {
  const spellings = pinyinSpellings(text);
  if (spellings.length > 0 && !context.words.hasContaining(text)) {
    return planPinyin(text, spellings, context);
  }
  return planLiteral(text, context);
}

function planLiteral(text: string, { words }: PlanContext): TermPlan {
  const term: PlannedTerm = { kind: 'literal', text };
  const runs = textRuns(text);
  const queries: Query[] = [];
  const seen = new Set<string>();
  let exact = runs.length === 1;
  for (const run of runs) {
    if (queries.length >= MAX_TOKENS_PER_TERM) {
      exact = false;
      break;
    }
    const chars = run.chars;
    if (run.kind === 'han') {
      if (chars.length > 2 || chars.join('') !== text) exact = false;
      if (chars.length === 1) {
        queries.push(encodeHan(chars[0]!));
        continue;
      }
      for (let i = 0; i + 1 < chars.length; i++) {
        const bigram = encodeHan(chars[i]! + chars[i + 1]!);
        if (!seen.has(bigram)) queries.push(bigram);
        seen.add(bigram);
      }
      continue;
    }
    const word = chars.join('');
    if (word !== text) exact = false;
    const containing = words.containing(word, MAX_WORD_EXPANSION);
    if (containing.length === 0) return { term, query: null, exact: true };
    if (containing.length > MAX_WORD_EXPANSION) exact = false;
    else queries.push({ queries: containing, combineWith: 'OR' });
  }
  if (queries.length === 0) return { term, query: MiniSearch.wildcard, exact: false };
  return { term, query: { queries, combineWith: 'AND' }, exact };
}

/**
 * The character strings present in the index that read as the spelling: characters that occur,
 * chained through pairs that occur. Null when there are more than MAX_PINYIN_SEQUENCES.
 */
function pinyinSequences(spelling: PinyinSpelling, probe: TermProbe): string[][] | null {
  const present = spelling.map((s) =>
    s.chars.map(encodeHanCode).filter((encoded) => probe.has(encoded)),
  );
  let sequences: string[][] = [[]];
  for (const candidates of present) {
    const next: string[][] = [];
    for (const sequence of sequences) {
      const last = sequence.at(-1);
      for (const c of candidates) {
        if (last !== undefined && !probe.has(last + c)) continue;
        next.push([...sequence, c]);
        if (next.length > MAX_PINYIN_SEQUENCES) return null;
      }
    }
    sequences = next;
  }
  return sequences;
}

function planPinyin(text: string, spellings: PinyinSpelling[], { probe }: PlanContext): TermPlan {
  const listed = spellings.map((spelling) => pinyinSequences(spelling, probe));
  const boost = { boostTerm: () => PINYIN_WEIGHT };
  if (listed.every((l) => l !== null)) {
    const sequences = listed.flat();
    const decoded = sequences.map((s) => s.map(decodeHanChar).join(''));
    const term: PlannedTerm = {
      kind: 'pinyin',
      text,
      spellings,
      ...(decoded.length <= MAX_SEQUENCES_SEARCHED ? { sequences: [...new Set(decoded)] } : {}),
    };
    if (sequences.length === 0) return { term, query: null, exact: true };
    const queries: Query[] = sequences.map((s) =>
      s.length === 2
        ? s[0]! + s[1]!
        : { queries: s.slice(1).map((c, i) => s[i]! + c), combineWith: 'AND' },
    );
    return {
      term,
      query: { queries, combineWith: 'OR', ...boost },
      exact: sequences.every((s) => s.length === 2),
    };
  }
  const term: PlannedTerm = { kind: 'pinyin', text, spellings };
  const pairs = new Set<string>();
  for (const [first, second] of spellings) {
    for (const a of first!.chars.map(encodeHanCode)) {
      if (!probe.has(a)) continue;
      for (const b of second!.chars.map(encodeHanCode)) if (probe.has(a + b)) pairs.add(a + b);
    }
  }
  if (pairs.size === 0) return { term, query: null, exact: true };
  if (pairs.size > MAX_PINYIN_PAIRS) return { term, query: MiniSearch.wildcard, exact: false };
  return { term, query: { queries: [...pairs], combineWith: 'OR', ...boost }, exact: false };
}
