import { AppFailure } from '../appFailure';
import { Dictionary } from './dictionary';
import type { CharReading } from '../../shared/model/dictionary';
import { readDictionaryFile } from './dictionaryFile';
import type { DictionaryCall, DictionaryCalls, DictionaryRequest } from './worker/protocol';

/** Characters of a text the pinyin reader takes in one request (a long article, several times over). */
export const READ_MAX_CHARS = 2_000_000;

/** Read (twenty times over) at start-up, so the first article does not pay for setting up pinyin-pro. */
const WARM_UP_TEXT = '我们得去银行还钱，他高兴地说：“这本书写得很好，重要的是长大以后还要学习。”';

/** Texts whose readings are kept: the open article and the last few, so reopening one is instant. */
const READINGS_KEPT = 8;

/**
 * Answers dictionary requests once the data is loaded; runs inside the worker thread, and in-process
 * in unit tests. Loading starts at construction and is awaited by every request.
 */
export class DictionaryHost {
  private readonly ready: Promise<Dictionary>;
  private readonly reader: Promise<typeof import('./readText')>;
  private readonly readings = new Map<string, CharReading[]>();

  constructor(generatedDir: string, load = readDictionaryFile) {
    this.ready = load(generatedDir).then((file) => new Dictionary(file));
    this.ready.catch(() => undefined);
    // pinyin-pro takes about 100 ms to load and as long again to set up its tables on first use:
    // both only after the dictionary, so lookups never wait for them, and before the first article.
    this.reader = this.ready.then(async (dictionary) => {
      const reader = await import('./readText');
      reader.readText(WARM_UP_TEXT.repeat(20), dictionary);
      return reader;
    });
    this.reader.catch(() => undefined);
  }

  /** The text's readings, from the last few texts read when it is one of them. */
  private async read(text: string, dictionary: Dictionary): Promise<CharReading[]> {
    const kept = this.readings.get(text);
    if (kept) {
      this.readings.delete(text);
      this.readings.set(text, kept);
      return kept;
    }
    const { readText } = await this.reader;
    const readings = readText(text, dictionary);
    this.readings.set(text, readings);
    if (this.readings.size > READINGS_KEPT)
      this.readings.delete(this.readings.keys().next().value!);
    return readings;
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
        return this.read(request.args.text, dictionary);
      case 'words':
        return dictionary.wordsIn(request.args.text, request.args.limit);
      case 'about':
        return { source: dictionary.file.source, licence: dictionary.file.licence };
    }
  }
}
