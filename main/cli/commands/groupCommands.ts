import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { formatMegabytes, GROUP_FILE_MAX_BYTES } from '../../../shared/limits';
import type { GroupStatus, Member, MergeCounts, Sharing } from '../../../shared/model/group';
import type { Yuedu } from '../../api/yuedu';
import { writeFileDurably } from '../../store/writeFileDurably';
import { callService } from '../callService';
import { CommandError } from '../cliErrors';
import { printJson, type CliIo } from '../cliIo';
import { plural } from '../plural';
import { terminalText } from '../terminalText';

const reason = (error: unknown) => (error as NodeJS.ErrnoException).code ?? String(error);

function printMember(io: CliIo, json: boolean, member: Member): void {
  if (json) return printJson(io, member);
  const group = member.groupFolder
    ? `in the study group at ${terminalText(member.groupFolder)}`
    : 'not in a study group';
  io.stdout(
    `${terminalText(member.name)} (${member.id}), ${group}; new highlights are ${member.defaultSharing}.\n`,
  );
}

/** `yuedu whoami`: the member id, display name, group folder and default sharing. */
export async function whoamiCommand(yuedu: Yuedu, io: CliIo, json: boolean): Promise<void> {
  printMember(io, json, await callService(yuedu, 'member:whoami', {}));
}

/** `yuedu config name|sharing VALUE`. */
export async function configCommand(
  yuedu: Yuedu,
  io: CliIo,
  json: boolean,
  request: { name?: string; defaultSharing?: Sharing },
): Promise<void> {
  const args =
    request.name !== undefined
      ? { name: request.name }
      : { defaultSharing: request.defaultSharing! };
  printMember(io, json, await callService(yuedu, 'member:update', args));
}

function printStatus(io: CliIo, status: GroupStatus): void {
  if (status.folder === null) {
    io.stdout(`${terminalText(status.me.name)} is not in a study group.\n`);
    return;
  }
  const { published } = status;
  io.stdout(
    `Study group folder: ${terminalText(status.folder)}\nYou (${terminalText(status.me.name)}) share ${plural(published.annotations, 'highlight', 'highlights')} and ${plural(published.replies, 'reply', 'replies')}.\n`,
  );
  for (const m of status.members) {
    const orphans = m.orphans > 0 ? `, ${m.orphans} not found in your text` : '';
    io.stdout(
      `  ${terminalText(m.name)}: ${plural(m.annotations, 'highlight', 'highlights')}, ${plural(m.replies, 'reply', 'replies')}${orphans} (written ${m.written})\n`,
    );
  }
  for (const f of status.files) {
    io.stdout(`  ${terminalText(f.file)}: ${terminalText(f.reason)}\n`);
  }
}

/** `yuedu group use|status|refresh|leave`. */
export async function groupCommand(
  yuedu: Yuedu,
  io: CliIo,
  json: boolean,
  request: { action: 'use' | 'status' | 'refresh' | 'leave'; folder?: string },
): Promise<void> {
  let status: GroupStatus;
  if (request.action === 'use') {
    status = await callService(yuedu, 'group:use', {
      folder: path.resolve(io.cwd, request.folder!),
    });
  } else {
    status = await callService(yuedu, `group:${request.action}`, {});
  }
  if (json) printJson(io, status);
  else printStatus(io, status);
}

/** `yuedu reply ID --text TEXT`, `yuedu reply --edit REPLY_ID --text TEXT`, `yuedu reply --delete REPLY_ID`. */
export async function replyCommand(
  yuedu: Yuedu,
  io: CliIo,
  json: boolean,
  request:
    | { action: 'add'; annotationId: string; text: string }
    | { action: 'edit'; replyId: string; text: string }
    | { action: 'delete'; replyId: string },
): Promise<void> {
  if (request.action === 'delete') {
    const deleted = await callService(yuedu, 'group:replyDelete', { id: request.replyId });
    if (json) printJson(io, deleted);
    else io.stdout(`Deleted reply ${deleted.id}.\n`);
    return;
  }
  const reply =
    request.action === 'edit'
      ? await callService(yuedu, 'group:replyEdit', { id: request.replyId, text: request.text })
      : await callService(yuedu, 'group:reply', {
          annotationId: request.annotationId,
          text: request.text,
        });
  if (json) printJson(io, reply);
  else io.stdout(`${request.action === 'edit' ? 'Edited reply' : 'Replied'} (${reply.id}).\n`);
}

const counts = (what: string, c: MergeCounts) =>
  `${what}: ${c.new} new, ${c.updated} updated, ${c.unchanged} unchanged`;

/** `yuedu pack export … --out FILE` and `yuedu pack import FILE [--dry-run]`. */
export async function packCommand(
  yuedu: Yuedu,
  io: CliIo,
  json: boolean,
  request:
    | { action: 'export'; articleIds: string[]; members: 'all' | string[]; out: string }
    | { action: 'import'; file: string; dryRun: boolean },
): Promise<void> {
  if (request.action === 'export') {
    const pack = await callService(yuedu, 'pack:export', {
      articleIds: request.articleIds,
      members: request.members,
    });
    const target = path.resolve(io.cwd, request.out);
    try {
      await writeFileDurably(target, pack.json);
    } catch (error) {
      throw new CommandError(`Could not write ${target}: ${reason(error)}. Nothing was exported.`);
    }
    if (json) printJson(io, { path: target });
    else io.stdout(`Packed ${request.articleIds.length} articles into ${terminalText(target)}.\n`);
    return;
  }
  const source = path.resolve(io.cwd, request.file);
  let text: string;
  try {
    const info = await stat(source);
    // A pipe or device would make readFile wait or read forever.
    if (!info.isFile()) throw new CommandError(`${source} is not a file; a pack is a .json file.`);
    if (info.size > GROUP_FILE_MAX_BYTES) {
      throw new CommandError(
        `${source} is larger than ${formatMegabytes(GROUP_FILE_MAX_BYTES)}; it is not a pack Yuedu can import.`,
      );
    }
    text = await readFile(source, 'utf8');
  } catch (error) {
    if (error instanceof CommandError) throw error;
    throw new CommandError(`Could not read ${source}: ${reason(error)}.`);
  }
  const summary = await callService(yuedu, 'pack:import', { json: text, dryRun: request.dryRun });
  if (json) return printJson(io, summary);
  const names = summary.members.map((m) => terminalText(m.name)).join(', ') || 'nobody';
  const articles = summary.articles.map((a) => `${terminalText(a.title)} (${a.status})`).join(', ');
  io.stdout(
    `${summary.dryRun ? 'The pack holds' : 'Imported'} annotations by ${names} on ${articles || 'no articles'}.\n${counts('Highlights', summary.annotations)}; ${counts('replies', summary.replies)}.\n`,
  );
}
