import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  ImportCancelled,
  ImportFileReader,
} from '../../../../main/library/import/importFileReader';

const ENCODINGS = path.resolve(import.meta.dirname, '../../../fixtures/encodings');
const readers: ImportFileReader[] = [];
afterEach(async () => {
  for (const reader of readers.splice(0)) await reader.close();
});

function newReader(): ImportFileReader {
  const reader = new ImportFileReader();
  readers.push(reader);
  return reader;
}

/** Markdown that keeps the parser busy for many seconds: 40 MB of unmatched emphasis. */
const hugeMarkdown = () => new TextEncoder().encode('*a **b _c '.repeat(4_000_000));

describe('ImportFileReader (a real worker thread)', () => {
  it('decodes and parses a file in the worker', { timeout: 60_000 }, async () => {
    const reader = newReader();
    const bytes = new Uint8Array(readFileSync(path.join(ENCODINGS, 'big5.txt')));
    const file = await reader.read('big5.txt', bytes);
    expect(file).toMatchObject({
      ok: true,
      articles: [{ title: '維港夜色', id: expect.stringMatching(/^a-[0-9a-f]{12}$/u) }],
    });
    // The caller's buffer was copied, not handed over.
    expect(bytes.length).toBeGreaterThan(0);
  });

  it(
    'stops in the middle of a huge file as soon as it is cancelled, and reads the next file',
    { timeout: 120_000 },
    async () => {
      const reader = newReader();
      // Start the worker first, so the measurement below is about stopping, not booting.
      await reader.read('warm.txt', new TextEncoder().encode('热身。'));
      const controller = new AbortController();
      const reading = reader.read('huge.md', hugeMarkdown(), controller.signal);
      await new Promise((resolve) => setTimeout(resolve, 500));
      const cancelledAt = performance.now();
      controller.abort();
      await expect(reading).rejects.toBeInstanceOf(ImportCancelled);
      const stoppedIn = performance.now() - cancelledAt;
      // Parsing the file takes far longer than this; a generous bound for a busy machine.
      expect(stoppedIn).toBeLessThan(5_000);
      await expect(
        reader.read('next.txt', new TextEncoder().encode('下一篇。')),
      ).resolves.toMatchObject({ ok: true });
    },
  );

  it(
    'fails only the file whose worker died, and goes on with a new one',
    { timeout: 60_000 },
    async () => {
      const reader = newReader();
      await reader.read('warm.txt', new TextEncoder().encode('热身。'));
      const worker = (reader as unknown as { worker: { terminate(): Promise<number> } }).worker;
      const reading = reader.read('huge.md', hugeMarkdown());
      await new Promise((resolve) => setTimeout(resolve, 200));
      await worker.terminate();
      await expect(reading).rejects.toThrow(/the file reader stopped/u);
      await expect(
        reader.read('after.txt', new TextEncoder().encode('之后。')),
      ).resolves.toMatchObject({
        ok: true,
      });
    },
  );
});
