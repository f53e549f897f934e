import { readFile } from 'node:fs/promises';
import type { Adapter } from 'lowdb';
import { CorruptDataError } from './corruptDataError';
import { writeFileDurably } from './writeFileDurably';

/**
 * lowdb adapter for a JSON file that survives crashes (atomic durable replace) and reports damage
 * instead of hiding it: `read` returns null only when the file does not exist, throws
 * CorruptDataError for bytes that are not valid data, and rethrows I/O errors untouched.
 * Unlike lowdb's JSONFile presets it always touches the disk, whatever NODE_ENV says.
 */
export class DurableJsonFile<T> implements Adapter<T> {
  constructor(
    readonly path: string,
    private readonly parse: (raw: unknown) => T,
  ) {}

  async read(): Promise<T | null> {
    let text: string;
    try {
      text = await readFile(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    let raw: unknown;
    try {
      // A BOM is what Windows editors add on save; it does not make the content damaged.
      raw = JSON.parse(text.replace(/^\uFEFF/, ''));
    } catch (error) {
      throw new CorruptDataError(`${this.path} is not valid JSON.`, { cause: error });
    }
    return this.parse(raw);
  }

  async write(data: T): Promise<void> {
    await writeFileDurably(this.path, `${JSON.stringify(data, null, 2)}\n`);
  }
}
