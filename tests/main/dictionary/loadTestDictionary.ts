import { Dictionary } from '../../../main/dictionary/dictionary';
import { readDictionaryFile } from '../../../main/dictionary/dictionaryFile';
import { SOURCE_LAYOUT } from '../../../main/paths/projectPaths';

let loaded: Promise<Dictionary> | undefined;

/** The real CC-CEDICT that `npm install` (prepare) built into generated/, loaded once per test file. */
export function loadTestDictionary(): Promise<Dictionary> {
  loaded ??= readDictionaryFile(SOURCE_LAYOUT.generatedDir).then((file) => new Dictionary(file));
  return loaded;
}
