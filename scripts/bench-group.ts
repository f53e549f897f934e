// Times reading a study-group folder: parsing member files and merging them, then a whole
// `group:refresh` (read, merge, place every annotation on this machine's text, publish) through
// the dispatcher. Run: npx tsx scripts/bench-group.ts [runs]
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { createTarget } from '../main/annotations/anchor';
import { openYuedu } from '../main/api/openYuedu';
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

const rows: string[][] = [];
for (const [members, perMember] of [
  [5, 200],
  [5, 2_000],
  [20, 2_000],
] as const) {
  const folder = writeFolder(members, perMember);
  const files = readdirSync(folder).map((f) => path.join(folder, f));
  const bytes = files.reduce((sum, f) => sum + statSync(f).size, 0);
  const parseMerge: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const started = performance.now();
    const received = emptyReceived();
    for (const file of files) mergeReceived(received, parseMemberFile(readFileSync(file)));
    parseMerge.push(performance.now() - started);
  }
  const refresh: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const dataDir = mkdtempSync(path.join(os.tmpdir(), 'yuedu-bench-data-'));
    const yuedu = await openYuedu({
      dataDir,
      seedsDir: SOURCE_LAYOUT.seedsDir,
      generatedDir: SOURCE_LAYOUT.generatedDir,
      systemLanguage: 'en',
      version: 'bench',
    });
    const joined = await yuedu.dispatch('group:use', { folder });
    if (!joined.ok) throw new Error(joined.error.message);
    const started = performance.now();
    const result = await yuedu.dispatch('group:refresh', {});
    refresh.push(performance.now() - started);
    if (!result.ok) throw new Error(result.error.message);
    await yuedu.close();
    // Remove the benchmark member's own file, so every run reads the same folder.
    for (const name of readdirSync(folder)) {
      if (!files.includes(path.join(folder, name)))
        rmSync(path.join(folder, name), { force: true });
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
  rows.push([
    `${members} members × ${perMember.toLocaleString('en')}`,
    `${(bytes / 1024 / 1024).toFixed(1)} MB`,
    ms(percentile(parseMerge, 0.5)),
    ms(percentile(refresh, 0.5)),
  ]);
  rmSync(folder, { recursive: true, force: true });
}
console.log(
  markdownTable(
    ['folder', 'size', 'parse + merge (median)', 'group:refresh, nothing new (median)'],
    rows,
  ),
);
