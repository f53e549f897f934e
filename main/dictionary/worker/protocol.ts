import type { CharReading, DictionaryMatch } from '../../../shared/model/dictionary';
import type { ErrorCode } from '../../../shared/ipc/result';

/** What the dictionary worker answers, by request kind. */
export interface DictionaryCalls {
  /** Every dictionary word the text starts with, longest first. */
  lookup: { args: { text: string }; result: DictionaryMatch[] };
  /** Each character's reading in context. */
  read: { args: { text: string }; result: CharReading[] };
  /** The words of a text by longest match, for the search box's dictionary group. */
  words: { args: { text: string; limit: number }; result: DictionaryMatch[] };
  /** The data's source and licence, for About. */
  about: { args: Record<string, never>; result: { source: string; licence: string } };
}

export type DictionaryCall = keyof DictionaryCalls;

export type DictionaryRequest = {
  [K in DictionaryCall]: { id: number; kind: K; args: DictionaryCalls[K]['args'] };
}[DictionaryCall];

export type DictionaryReply =
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; code: ErrorCode; message: string };

/** The worker's start-up data: where generated/dictionary.bin is. */
export interface DictionaryWorkerConfig {
  generatedDir: string;
}
