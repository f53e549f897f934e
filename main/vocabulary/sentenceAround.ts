const SENTENCE_END = /[。！？!?；;\n]/u;

/** The sentence holding `offset`: from after the previous sentence end through the next one. */
export function sentenceAround(text: string, offset: number): string {
  let from = offset;
  while (from > 0 && !SENTENCE_END.test(text[from - 1]!)) from -= 1;
  let to = offset;
  while (to < text.length && !SENTENCE_END.test(text[to]!)) to += 1;
  if (to < text.length && text[to] !== '\n') to += 1;
  return text.slice(from, to).trim();
}
