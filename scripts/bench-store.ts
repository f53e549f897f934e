// Times store updates (add, edit) until persisted, and opening, for stores of 1,000 and 10,000
// highlights cut from the seed text; prints a Markdown table. Run: npx tsx scripts/bench-store.ts [rounds]
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Annotation } from '../shared/model/annotation';
import { HIGHLIGHT_COLORS } from '../shared/model/annotation';
import { openStore } from '../main/store/store';

const seed = readFileSync(
  fileURLToPath(new URL('../seeds/000_5ac92f22d7be5a46.txt', import.meta.url)),
  'utf8',
).replace(/\s+/g, '');
const rounds = Number(process.argv[2] ?? 40);

// A deterministic pseudo-random sequence, so runs are comparable.
let state = 11;
const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;

/** A highlight like the app makes: a 2–40 character quote with 32 characters of context, a note on one in three. */
function highlight(n: number, creator: Annotation['creator']): Annotation {
  const length = 2 + Math.floor(next() * 39);
  const start = 32 + Math.floor(next() * (seed.length - length - 64));
  const stamp = new Date(Date.UTC(2025, 0, 1) + n * 60_000).toISOString();
  return {
    id: `bench-${n}-${Math.floor(next() * 1e9).toString(36)}`,
    articleId: 'greater-bay-area-friends',
    creator,
    created: stamp,
    modified: stamp,
    color: HIGHLIGHT_COLORS[n % HIGHLIGHT_COLORS.length]!,
    note: n % 3 === 0 ? `第${n}条笔记：${seed.slice(start, start + 20)}` : '',
    target: {
      position: { start, end: start + length, unit: 'utf16' },
      quote: {
        exact: seed.slice(start, start + length),
        prefix: seed.slice(start - 32, start),
        suffix: seed.slice(start + length, start + length + 32),
      },
    },
  };
}

const pct = (xs: number[], p: number) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * p))]!;
const ms = (x: number) => x.toFixed(1);

async function timed(action: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await action();
  return performance.now() - started;
}

async function bench(size: number) {
  const dir = await mkdtemp(join(tmpdir(), 'yuedu-bench-store-'));
  try {
    const store = await openStore(dir);
    const user = store.read().user;
    await store.update((data) => {
      for (let n = 0; n < size; n++) data.annotations.push(highlight(n, user));
    });
    const add: number[] = [];
    const edit: number[] = [];
    const remove: number[] = [];
    for (let round = 0; round < rounds; round++) {
      const fresh = highlight(size + round, user);
      add.push(await timed(() => store.update((data) => void data.annotations.push(fresh))));
      // As the annotation service does it: find by id, change, return a copy.
      const id = store.read().annotations[Math.floor(next() * size)]!.id;
      edit.push(
        await timed(() =>
          store.update((data) => {
            const annotation = data.annotations.find((a) => a.id === id)!;
            annotation.note = `修改 ${round}`;
            annotation.modified = new Date().toISOString();
            return structuredClone(annotation);
          }),
        ),
      );
      remove.push(
        await timed(() =>
          store.update((data) => {
            data.annotations = data.annotations.filter((a) => a.id !== fresh.id);
          }),
        ),
      );
    }
    const open: number[] = [];
    for (let round = 0; round < 5; round++) open.push(await timed(() => openStore(dir)));
    const bytes = (await stat(store.path)).size;
    return { size, add, edit, remove, open, bytes };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const results = [];
for (const size of [1_000, 10_000]) results.push(await bench(size));

console.log(`Store benchmark, ${rounds} rounds per size (ms; update = until durably on disk)\n`);
console.log(
  '| annotations | add p50 | add p95 | edit p50 | edit p95 | delete p50 | delete p95 | open p50 | file size |\n' +
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
);
for (const r of results) {
  console.log(
    `| ${r.size.toLocaleString('en')} | ${ms(pct(r.add, 0.5))} | ${ms(pct(r.add, 0.95))} | ${ms(pct(r.edit, 0.5))} | ${ms(pct(r.edit, 0.95))} | ${ms(pct(r.remove, 0.5))} | ${ms(pct(r.remove, 0.95))} | ${ms(pct(r.open, 0.5))} | ${(r.bytes / 1e6).toFixed(2)} MB |`,
  );
}
