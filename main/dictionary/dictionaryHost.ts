import { AppFailure } from '../appFailure';
import { Dictionary } from './dictionary';
import { readDictionaryFile } from './dictionaryFile';
import { readText } from './readText';
import type { DictionaryCall, DictionaryCalls, DictionaryRequest } from './worker/protocol';

/** Characters of a text the pinyin reader takes in one request (a long article, several times over). */
export const READ_MAX_CHARS = 2_000_000;

/**
 * Answers dictionary requests once the data is loaded; runs inside the worker thread, and in-process
 * in unit tests. Loading starts at construction and is awaited by every request.
 */
export class DictionaryHost {
  private readonly ready: Promise<Dictionary>;

  constructor(generatedDir: string, load = readDictionaryFile) {
    this.ready = load(generatedDir).then((file) => new Dictionary(file));
    this.ready.catch(() => undefined);
  }

  async call<K extends DictionaryCall>(
    kind: K,
    args: DictionaryCalls[K]['args'],
  ): Promise<DictionaryCalls[K]['result']> {
    return (await this.handle({ id: 0, kind, args } as DictionaryRequest)) as never;
  }

  async handle(request: DictionaryRequest): Promise<unknown> {
    const dictionary = await this.ready;
    switch (request.kind) {
      case 'lookup':
        return dictionary.matchesAt(request.args.text);
      case 'read':
        if (request.args.text.length > READ_MAX_CHARS) {
          throw new AppFailure('too-large', 'That text is too long to read out in pinyin at once.');
        }
        return readText(request.args.text, dictionary);
      case 'words':
        return dictionary.wordsIn(request.args.text, request.args.limit);
      case 'about':
        return { source: dictionary.file.source, licence: dictionary.file.licence };
    }
  }
}
