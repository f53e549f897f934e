import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../../main/paths/projectPaths';

/** A word the seeds never use, so every search hit for it is in an imported article. */
export const MARKER = '珐琅彩';

/** What `writeImportFolder` wrote, for the test to check the import against. */
export interface ImportFolder {
  dir: string;
  /** Files that are real articles (UTF-8 and one GB18030), by first line. */
  articleTitles: string[];
  /** The article whose body holds the marker three times, far apart. */
  multiHitTitle: string;
  /** Articles holding the marker once. */
  singleHitTitles: string[];
  gb18030Title: string;
  /** Files the import must skip, by name. */
  skipped: string[];
}

const SEED = path.join(PROJECT_ROOT, 'seeds', '000_5ac92f22d7be5a46.txt');

/**
 * Writes a folder of 30 Chinese articles built from the seed paragraphs (each starting with its
 * own line, so no two texts are the same), one of them GB18030-encoded (by iconv), plus an empty
 * file, a binary file and a picture: the cases an import must report rather than add.
 */
export function writeImportFolder(parent: string, count = 30): ImportFolder {
  const dir = path.join(parent, '我的文章');
  mkdirSync(dir, { recursive: true });
  const paragraphs = readFileSync(SEED, 'utf8')
    .split('\n')
    .map((line) => line.replace(/^[\s\u3000]+/u, '').trim())
    .filter((line) => line.length > 30);
  const titles: string[] = [];
  const singleHitTitles: string[] = [];
  let multiHitTitle = '';
  let gb18030Title = '';
  for (let i = 1; i <= count; i += 1) {
    const title = `导入测试第${i}篇`;
    const length = i === 7 ? 14 : 3 + (i % 4);
    const body = Array.from(
      { length },
      (_, k) => paragraphs[(i * 5 + k) % paragraphs.length] as string,
    );
    if (i === 7) {
      for (const k of [1, 7, 13]) body[k] += `他还谈到了${MARKER}工艺。`;
      multiHitTitle = title;
    } else if (i === 3 || i === 15 || i === 22) {
      body[1] += `展会上也能看到${MARKER}。`;
      singleHitTitles.push(title);
    }
    const text = [title, ...body].join('\n\n') + '\n';
    const name = path.join(dir, `${String(i).padStart(2, '0')}-文章.txt`);
    if (i === 12) {
      // GB18030, as many Chinese files are saved; iconv is in every Debian image.
      writeFileSync(name, execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: text }));
      gb18030Title = title;
    } else {
      writeFileSync(name, text);
    }
    titles.push(title);
  }
  writeFileSync(path.join(dir, 'empty.txt'), '');
  writeFileSync(
    path.join(dir, 'binary.txt'),
    Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 97 + 13) % 256)),
  );
  writeFileSync(path.join(dir, 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]));
  return {
    dir,
    articleTitles: titles,
    multiHitTitle,
    singleHitTitles,
    gb18030Title,
    skipped: ['empty.txt', 'binary.txt', 'photo.png'],
  };
}
