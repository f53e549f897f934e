import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../main/paths/projectPaths';
import { chromiumAvailable, launchChromium } from './support/launchChromium';
import { callApi, shoot } from './support/pageActions';
import { startServe, type ServeProcess } from './support/startServe';

const POLL = { timeout: 30_000 };
const run = promisify(execFile);

/** The real `yuedu` command on another data folder: a second member of the group. */
const cli = async (dataDir: string, ...args: string[]) =>
  (
    await run(process.execPath, ['bin/yuedu.mjs', ...args, '--data-dir', dataDir], {
      cwd: PROJECT_ROOT,
      timeout: 120_000,
    })
  ).stdout;

async function studyGroupSection(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'Settings', exact: true }).click();
  const section = page
    .getByRole('dialog', { name: 'Settings' })
    .getByRole('group', { name: 'Study group' });
  await section.getByLabel('Your name').waitFor();
  return section;
}

describe.runIf(chromiumAvailable())('a study group set up from the window (yuedu serve)', () => {
  const dirs: string[] = [];
  let folder: string;
  let article: { id: string; title: string };
  let teacher: ServeProcess;
  let student: ServeProcess;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let packFile: string;

  beforeAll(async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'yuedu-e2e-group-'));
    dirs.push(root);
    folder = path.join(root, '读书会');
    mkdirSync(folder);
    // 小李, another member, highlights through the CLI; their file lands in the folder.
    const li = path.join(root, 'li');
    await cli(li, 'config', 'name', '小李');
    await cli(li, 'group', 'use', folder);
    const [first] = JSON.parse(await cli(li, 'list', '--json')) as Array<{
      id: string;
      title: string;
    }>;
    article = first!;
    const { blocks } = JSON.parse(await cli(li, 'show', article.id, '--json')) as {
      blocks: Array<{ text: string }>;
    };
    const quote = blocks.find((block) => block.text.length > 12)!.text.slice(2, 8);
    await cli(li, 'highlight', article.id, '--quote', quote, '--note', '这里写得好');
    // Debris: a member file cut off mid-write, and a sync tool's conflict copy of it.
    const truncated = '{"@context": ["http://www.w3.org/ns/anno.jsonld", {"yuedu": ';
    writeFileSync(path.join(folder, 'yuedu-member-x.json'), truncated);
    writeFileSync(
      path.join(folder, 'yuedu-member-x.sync-conflict-20261130-101500-ABCDEFG.json'),
      truncated,
    );
    packFile = path.join(root, 'pack.json');

    [teacher, student] = await Promise.all([startServe(), startServe()]);
    browser = await launchChromium();
    context = await browser.newContext({
      viewport: { width: 1280, height: 800 },
      acceptDownloads: true,
    });
    page = await context.newPage();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await Promise.all([teacher?.stop(), student?.stop()]);
    for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
  });

  it(
    'sets the name, joins the folder by typing its path, and lists each broken file with its reason',
    { timeout: 120_000 },
    async () => {
      await page.goto(teacher.url);
      const section = await studyGroupSection(page);
      await expect.poll(() => section.textContent(), POLL).toContain('Not in a study group');
      await section.getByLabel('Your name').fill('王老师');
      await section.getByRole('button', { name: 'Save name' }).click();
      await expect
        .poll(() => section.getByRole('status').textContent(), POLL)
        .toBe('Your name is now 王老师, on everything you wrote.');

      await section.getByLabel('Group folder').fill(folder);
      await section.getByRole('button', { name: 'Join' }).click();
      await expect
        .poll(() => section.getByRole('status').textContent(), POLL)
        .toContain(`Joined the group at ${folder}. Members: 2, you included. 2 files skipped`);
      expect((await callApi<{ name: string }>(page, 'member:whoami', {})).name).toBe('王老师');
      await shoot(page, 'group-01-settings-light');

      await section.getByRole('button', { name: 'Group status' }).click();
      const status = page.getByRole('dialog', { name: 'Group status' });
      await status.getByRole('rowheader', { name: '小李' }).waitFor();
      const rows = status.locator('.group-files tbody tr');
      await expect.poll(() => rows.count(), POLL).toBe(2);
      const files = await rows.evaluateAll((trs) =>
        trs.map((tr) => [...tr.querySelectorAll('th, td')].map((cell) => cell.textContent ?? '')),
      );
      expect(files.map(([file]) => file).sort()).toEqual([
        'yuedu-member-x.json',
        'yuedu-member-x.sync-conflict-20261130-101500-ABCDEFG.json',
      ]);
      for (const [, member, used, reason] of files) {
        expect(member).toBe('x');
        expect(used).toBe('Skipped');
        expect(reason).toMatch(/^Skipped: /);
      }
      await shoot(page, 'group-02-status-light');

      // The same view in the dark theme.
      await status.getByRole('button', { name: 'Close' }).click();
      await page.getByRole('button', { name: 'Settings', exact: true }).click();
      await page
        .getByRole('dialog', { name: 'Settings' })
        .getByLabel('Dark', { exact: true })
        .check();
      await page
        .getByRole('dialog', { name: 'Settings' })
        .getByRole('button', { name: 'Group status' })
        .click();
      await status.getByRole('rowheader', { name: '小李' }).waitFor();
      await expect
        .poll(() => page.evaluate(() => document.documentElement.dataset.theme), POLL)
        .toBe('dark');
      await shoot(page, 'group-03-status-dark');
      await status.getByRole('button', { name: 'Close' }).click();
      await page.getByRole('button', { name: 'Settings', exact: true }).click();
      const settings = page.getByRole('dialog', { name: 'Settings' });
      await settings.getByLabel('Light', { exact: true }).check();
      await settings.getByRole('button', { name: 'Close settings' }).click();
    },
  );

  it(
    'shares a pack of everyone’s highlights, which another install opens: new once, nothing new after',
    { timeout: 120_000 },
    async () => {
      const section = await studyGroupSection(page);
      await section.getByRole('button', { name: 'Share…' }).click();
      const share = page.getByRole('dialog', { name: 'Share a pack' });
      await share.getByLabel(article.title).check();
      await share.getByLabel("Chosen members'").check();
      const members = share.getByRole('group', { name: 'Members' });
      await members.getByLabel('小李').check();
      expect(await members.getByLabel('Me').isChecked()).toBe(true);
      await page.setViewportSize({ width: 800, height: 600 });
      await shoot(page, 'group-04-share-members-800x600');
      await page.setViewportSize({ width: 1280, height: 800 });
      await share.getByLabel("Everyone's").check();
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        share.getByRole('button', { name: 'Save pack' }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^yuedu-pack-.*\.json$/);
      await download.saveAs(packFile);
      expect(JSON.parse(readFileSync(packFile, 'utf8'))).toBeTruthy();
      await shoot(page, 'group-04-share-light');

      const other = await context.newPage();
      await other.goto(student.url);
      const otherSection = await studyGroupSection(other);
      await otherSection.getByRole('button', { name: 'Open pack…' }).click();
      const open = other.getByRole('dialog', { name: 'Open a pack' });
      await open.getByLabel('Choose pack file…').setInputFiles(packFile);
      const summary = open.getByRole('region', { name: 'What the pack holds' });
      await expect
        .poll(() => summary.textContent(), POLL)
        .toContain('Highlights: 1 new, 0 updated, 0 unchanged.');
      expect(await summary.textContent()).toContain('小李');
      await shoot(other, 'group-05-open-pack-light');
      await summary.getByRole('button', { name: 'Merge' }).click();
      await expect.poll(() => open.getByRole('status').textContent(), POLL).toBe('Merged.');

      await open.getByLabel('Choose pack file…').setInputFiles(packFile);
      await expect
        .poll(() => open.getByRole('status').textContent(), POLL)
        .toBe('Nothing new: everything in this pack is here already.');
      expect(await summary.textContent()).toContain('Highlights: 0 new, 0 updated, 1 unchanged.');
      expect(await open.getByRole('button', { name: 'Merge' }).count()).toBe(0);
      await shoot(other, 'group-06-open-pack-again-light');
    },
  );
});
