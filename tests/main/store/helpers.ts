import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Annotation } from '../../../shared/model/annotation';

/** A fresh real folder per test, removed afterwards with `removeTempDirs`. */
const created: string[] = [];

export async function makeTempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'yuedu-store-'));
  created.push(dir);
  return dir;
}

export async function removeTempDirs(): Promise<void> {
  await Promise.all(created.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
}

/** A valid annotation on Chinese text, distinct per `n`. */
export function sampleAnnotation(n: number): Annotation {
  const exact = `人民日报${n}`;
  return {
    id: `ann-${n}`,
    articleId: 'article-1',
    creator: { id: 'user-1', name: '读者' },
    created: '2025-01-02T03:04:05.000Z',
    modified: '2025-01-02T03:04:05.000Z',
    color: 'yellow',
    note: `笔记 ${n}`,
    target: {
      position: { start: 10, end: 10 + exact.length, unit: 'utf16' },
      quote: { exact, prefix: '据', suffix: '报道' },
    },
  };
}

/** The absolute path of a file in tests/main/store/fixtures. */
export function fixturePath(name: string): string {
  return fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
}
