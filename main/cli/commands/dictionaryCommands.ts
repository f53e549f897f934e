import type { CharReading } from '../../../shared/model/dictionary';
import type { Yuedu } from '../../api/yuedu';
import { numberedPinyin } from '../../dictionary/numberedPinyin';
import { callService } from '../callService';
import { printJson, type CliIo } from '../cliIo';
import { terminalText } from '../terminalText';

/** A word as echoed back: a pasted page is cut to its start. */
const shorten = (word: string) => (word.length > 40 ? `${word.slice(0, 40)}…` : word);

/** `yuedu lookup`: every entry of every word the text starts with, longest first. */
export async function lookupCommand(
  yuedu: Yuedu,
  io: CliIo,
  json: boolean,
  word: string,
): Promise<void> {
  const matches = await callService(yuedu, 'dictionary:lookup', { text: word });
  const entries = matches.flatMap((match) =>
    match.entries.map((entry) => ({ word: match.word, ...entry })),
  );
  if (json) {
    printJson(io, entries);
    return;
  }
  if (entries.length === 0) {
    io.stdout(`No entry for "${terminalText(shorten(word))}".\n`);
    return;
  }
  for (const entry of entries) {
    const forms =
      entry.traditional === entry.simplified
        ? entry.simplified
        : `${entry.simplified} (${entry.traditional})`;
    io.stdout(
      `${terminalText(forms)}  ${terminalText(entry.pinyin)}\n    ${terminalText(entry.definitions.join('; '))}\n`,
    );
  }
}

/** Pinyin of a run of readings as one line: syllables spaced, other characters as they are. */
export function pinyinLine(readings: readonly CharReading[]): string {
  let line = '';
  let previousWasSyllable = false;
  for (const reading of readings) {
    if (reading.pinyin !== '') {
      line += (previousWasSyllable ? ' ' : '') + reading.pinyin;
      previousWasSyllable = true;
    } else {
      line += reading.char;
      previousWasSyllable = false;
    }
  }
  return line;
}

/** What `--json` shows for one character: its reading in both spellings. */
export const readingForCli = (reading: CharReading) => ({
  offset: reading.offset,
  char: reading.char,
  pinyin: reading.pinyin,
  pinyinNumbers: numberedPinyin(reading.pinyin),
  tone: reading.tone,
});

/** `yuedu pinyin`: the text's pinyin read in context. */
export async function pinyinCommand(
  yuedu: Yuedu,
  io: CliIo,
  json: boolean,
  text: string,
): Promise<void> {
  const readings = await callService(yuedu, 'dictionary:pinyin', { text });
  if (json) {
    printJson(io, readings.map(readingForCli));
    return;
  }
  io.stdout(`${terminalText(pinyinLine(readings))}\n`);
}
