import { expect } from 'vitest';
import type { Yuedu } from '../../../main/api/yuedu';
import type { ArgsOf, Channel, ResultOf } from '../../../shared/ipc/contract';
import { openForCommand, tempDir } from '../cli/commands/commandHarness';
import { runYuedu, type YueduRun } from '../cli/runYuedu';

/*
 * Two members of one study group, each with a data folder of their own, sharing one group folder:
 * on the real services (`twoMembers`) or through the CLI (`twoMembersCli`). There is no cleanup to
 * call: the command harness closes everything they open, and removes every folder, after each test.
 */

export interface TwoMembersOptions {
  /** A's and B's display names; Anna and 王小明 unless a test needs others. */
  names?: readonly [string, string];
  /** Who is in the group folder at the start: both (the default), only A, or nobody yet. */
  joined?: 'both' | 'a' | 'none';
}

const NAMES = ['Anna', '王小明'] as const;

/** Sends one request to a member's services; a refusal fails the test with main's message. */
export async function call<C extends Channel>(
  yuedu: Yuedu,
  channel: C,
  args: ArgsOf<C>,
): Promise<ResultOf<C>> {
  const result = await yuedu.dispatch(channel, args);
  if (!result.ok) throw new Error(`${channel}: ${result.error.message}`);
  return result.value as ResultOf<C>;
}

/** Makes a blue highlight on the first `quote` in the article, through the member's services. */
export async function highlight(yuedu: Yuedu, articleId: string, quote: string, note = '') {
  const article = await call(yuedu, 'library:get', { id: articleId });
  const start = article.text.indexOf(quote);
  return call(yuedu, 'annotations:create', {
    articleId,
    start,
    end: start + quote.length,
    color: 'blue',
    note,
  });
}

/** Two members on the real services, named and (by default) both in the group folder. */
export async function twoMembers(options: TwoMembersOptions = {}) {
  const [nameA, nameB] = options.names ?? NAMES;
  const folder = tempDir('group');
  const { yuedu: a } = await openForCommand(tempDir('member-a'));
  const { yuedu: b } = await openForCommand(tempDir('member-b'));
  await call(a, 'member:update', { name: nameA });
  await call(b, 'member:update', { name: nameB });
  const join = (member: Yuedu) => call(member, 'group:use', { folder });
  const joined = options.joined ?? 'both';
  if (joined !== 'none') await join(a);
  if (joined === 'both') await join(b);
  return { a, b, folder, join };
}

/** Reads the group folder and publishes the member's own file now, as the CLI does when it closes. */
export const publish = (member: Yuedu) => call(member, 'group:refresh', {});

/** Runs `yuedu` in-process on a member's data folder; an exit code other than `expectedCode` fails the test. */
export async function runAs(dataDir: string, argv: string[], expectedCode = 0): Promise<YueduRun> {
  const run = await runYuedu(dataDir, argv);
  expect(run.code, run.stderr).toBe(expectedCode);
  return run;
}

/** Two members driven through the CLI: `a` and `b` are their data folders. */
export async function twoMembersCli(options: TwoMembersOptions = {}) {
  const [nameA, nameB] = options.names ?? NAMES;
  const a = tempDir('member-a');
  const b = tempDir('member-b');
  const folder = tempDir('group');
  await runAs(a, ['config', 'name', nameA]);
  await runAs(b, ['config', 'name', nameB]);
  const join = (dataDir: string) => runAs(dataDir, ['group', 'use', folder]);
  const joined = options.joined ?? 'both';
  if (joined !== 'none') await join(a);
  if (joined === 'both') await join(b);
  return { a, b, folder, join };
}
