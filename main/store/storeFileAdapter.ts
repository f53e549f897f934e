import type { Adapter } from 'lowdb';
import { serializeStoreData } from './serializeStoreData';
import { readStoreFile, writeStoreFile, type FileSignature } from './storeFile';
import type { StoreData } from './storeData';

/**
 * lowdb's adapter for the data file, in place of its JSONFile presets: those keep data in memory
 * under NODE_ENV=test and throw on a damaged file, while this one writes durably (temp file, fsync,
 * rename) and remembers what it wrote, so the store can tell its own writes from another process's.
 */
export class StoreFileAdapter implements Adapter<StoreData> {
  /** Identity of the file as this adapter last read or wrote it. */
  signature: FileSignature | null = null;
  /** The bytes of the last write, reused for the daily backup instead of serialising twice. */
  lastWritten: Buffer | null = null;
  /** Runs right before the new file replaces the old one and may refuse the write by throwing. */
  beforeReplace: (() => Promise<void>) | undefined;

  constructor(private readonly path: string) {}

  async read(): Promise<StoreData | null> {
    const state = await readStoreFile(this.path);
    if (state.kind === 'missing') return null;
    if (state.kind === 'corrupt') throw state.error;
    this.signature = state.signature;
    return state.data;
  }

  async write(data: StoreData): Promise<void> {
    const content = serializeStoreData(data);
    this.signature = await writeStoreFile(this.path, content, this.beforeReplace);
    this.lastWritten = content;
  }
}
