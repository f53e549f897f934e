import type { ReactNode } from 'react';
import type { ReadingsByOffset } from './useArticleReadings';
import { showsRuby, toneClass, type AidsDisplay } from './rubyPlan';

/** The reading aids a text run needs: the article's readings and how to show them. */
export interface RunAids {
  readings: ReadingsByOffset;
  display: AidsDisplay;
}

/**
 * The canonical text [start, end) with pinyin ruby and tone colours on its characters. Only the
 * base characters are text outside `rt`, so offsets, selection and copying keep to the canonical text.
 */
export function rubyText(text: string, start: number, end: number, aids: RunAids): ReactNode[] {
  const nodes: ReactNode[] = [];
  let plain = '';
  let plainStart = start;
  const flush = (at: number) => {
    if (plain !== '') nodes.push(plain);
    plain = '';
    plainStart = at;
  };
  for (let at = start; at < end;) {
    const reading = aids.readings.get(at);
    if (!reading || reading.offset + reading.char.length > end) {
      plain += text[at];
      at += 1;
      continue;
    }
    const ruby = showsRuby(reading, aids.display);
    const tone = toneClass(reading, aids.display);
    if (!ruby && tone === '') {
      plain += reading.char;
    } else {
      flush(at);
      nodes.push(
        ruby ? (
          <ruby key={at} className={tone || undefined}>
            {reading.char}
            <rt>{reading.pinyin}</rt>
          </ruby>
        ) : (
          <span key={at} className={tone}>
            {reading.char}
          </span>
        ),
      );
    }
    at += reading.char.length;
  }
  flush(plainStart);
  return nodes;
}
