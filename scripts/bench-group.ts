// Times a study-group folder through the dispatcher: parsing and merging member files, joining,
// the start-up cost the group adds (a new process refreshes and shows an article) and the time
// from a member's file landing to it showing. Run: npx tsx scripts/bench-group.ts [runs]
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { createTarget } from '../main/annotations/anchor';
import { openYuedu } from '../main/api/openYuedu';
import type { Yuedu } from '../main/api/yuedu';
import type { ArgsOf, Channel, ResultOf } from '../shared/ipc/contract';
import { emptyReceived } from '../main/group/groupState';
import { buildMemberDocument, memberFileName, parseMemberFile } from '../main/group/memberFile';
import { mergeReceived } from '../main/group/mergeReceived';
import { loadCorpus } from '../main/library/loadCorpus';
import { SOURCE_LAYOUT } from '../main/paths/projectPaths';
import type { Annotation, Creator } from '../shared/model/annotation';
import { markdownTable, ms, percentile } from './bench/stats';

const RUNS = Number(process.argv[2] ?? 3);
const articles = loadCorpus(SOURCE_LAYOUT);
const textOf = (id: string) => articles.find((a) => a.id === id)?.text;

function memberAnnotations(member: Creator, count: number): Annotation[] {
  return Array.from({ length: count }, (_, i) => {
    const article = articles[i % articles.length]!;
    const start = (i * 37) % (article.text.length - 20);
    const stamp = new Date(Date.UTC(2026, 0, 1, 0, 0, 0, i)).toISOString();
    return {
      id: randomUUID(),
      articleId: article.id,
      creator: member,
      created: stamp,
      modified: stamp,
      color: 'yellow',
      note: i % 3 === 0 ? `笔记 ${i}` : '',
      target: createTarget(article.text, start, start + 2 + (i % 10)),
    };
  });
}

function writeFolder(members: number, perMember: number): string {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'yuedu-bench-group-'));
  for (let m = 0; m < members; m += 1) {
    const member = { id: randomUUID(), name: `成员${m}` };
    const document = buildMemberDocument(
      {
        member,
        annotations: memberAnnotations(member, perMember),
        replies: [],
        tombstones: [],
        articles: [],
      },
      { appVersion: 'bench', written: new Date().toISOString(), articleText: textOf },
    );
    writeFileSync(path.join(folder, memberFileName(member.id)), JSON.stringify(document, null, 2));
  }
  return folder;
}

const openBench = (dataDir: string) =>
  openYuedu({
    dataDir,
    seedsDir: SOURCE_LAYOUT.seedsDir,
    generatedDir: SOURCE_LAYOUT.generatedDir,
    systemLanguage: 'en',
    version: 'bench',
  });

async function call<C extends Channel>(yuedu: Yuedu, channel: C, args: ArgsOf<C>) {
  const result = await yuedu.dispatch(channel, args);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as ResultOf<C>;
}

const timed = async (task: () => Promise<unknown>) => {
  const started = performance.now();
  await task();
  return performance.now() - started;
};

/** Removes files the benchmark member published, so every run reads the same folder. */
function tidy(folder: string, files: readonly string[]) {
  for (const name of readdirSync(folder)) {
    if (!files.includes(path.join(folder, name))) rmSync(path.join(folder, name), { force: true });
  }
}

const ARTICLE = articles[0]!.id;
const rows: string[][] = [];
for (const [members, perMember] of [
  [5, 200],
  [10, 1_000],
] as const) {
  const folder = writeFolder(members, perMember);
  const files = readdirSync(folder).map((f) => path.join(folder, f));
  const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
  const label = `${members} members × ${perMember.toLocaleString('en')} (${(bytes / 1024 / 1024).toFixed(1)} MB)`;
  const parseMerge: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now();
    const received = emptyReceived();
    for (const file of files) mergeReceived(received, parseMemberFile(readFileSync(file)));
    parseMerge.push(performance.now() - started);
  }
  const join: number[] = [];
  const startup: number[] = [];
  const landing: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'yuedu-bench-data-'));
    const first = await openBench(dataDir);
    join.push(await timed(() => call(first, 'group:use', { folder })));
    await first.close();
    // Start-up: a new process with the group already joined reads the folder and shows an article.
    const yuedu = await openBench(dataDir);
    startup.push(
      await timed(async () => {
        await call(yuedu, 'group:refresh', {});
        await call(yuedu, 'group:notes', { articleId: ARTICLE });
      }),
    );
    // A member's file lands with one more annotation: refresh, then the article's notes again.
    const changed = files[run % files.length]!;
    const document = JSON.parse(readFileSync(changed, 'utf8')) as {
      annotations: { first: { items: Array<{ id: string }> } };
    };
    const items = document.annotations.first.items;
    items.push({ ...structuredClone(items[0]!), id: `urn:uuid:${randomUUID()}` });
    writeFileSync(changed, JSON.stringify(document, null, 2));
    landing.push(
      await timed(async () => {
        await call(yuedu, 'group:refresh', {});
        await call(yuedu, 'group:notes', { articleId: ARTICLE });
      }),
    );
    await yuedu.close();
    tidy(folder, files);
    rmSync(dataDir, { recursive: true, force: true });
  }
  const median = (samples: number[]) => ms(percentile(samples, 0.5));
  rows.push(
    [label, 'parse + merge every file (no I/O of state)', median(parseMerge), ''],
    [label, 'join: group:use, everything new', median(join), ''],
    [
      label,
      'start-up added by the group: group:refresh + group:notes(article), new process',
      median(startup),
      members === 10 ? '≤ 300 ms' : '',
    ],
    [
      label,
      "a member's file lands → group:refresh + group:notes(article) done",
      median(landing),
      members === 10 ? '≤ 2,000 ms' : '',
    ],
  );
  rmSync(folder, { recursive: true, force: true });
}
const load = os.loadavg().map((n) => n.toFixed(2));
console.log(markdownTable(['folder', 'what', `median of ${RUNS}`, 'target'], rows));
console.log(`\nLoad average at the end: ${load.join(', ')} (${os.cpus().length} cores).`);
