import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Yuedu } from '../../api/yuedu';
import { callService } from '../callService';
import { CommandError } from '../cliErrors';
import { printJson, type CliIo } from '../cliIo';
import type { CommandRequest } from '../specs';
import { terminalText } from '../terminalText';

type VocabRequest = Extract<CommandRequest, { command: 'vocab' }>;

/** `yuedu vocab add|list|export|remove`. */
export async function vocabCommand(
  yuedu: Yuedu,
  io: CliIo,
  json: boolean,
  request: VocabRequest,
): Promise<void> {
  switch (request.action) {
    case 'add': {
      const entry = await callService(yuedu, 'vocabulary:add', {
        word: request.word,
        articleId: request.articleId,
      });
      if (json) printJson(io, entry);
      else io.stdout(`Saved ${terminalText(entry.word)} ${terminalText(entry.pinyin)}.\n`);
      return;
    }
    case 'list': {
      const entries = await callService(yuedu, 'vocabulary:list', {});
      if (json) {
        printJson(io, entries);
        return;
      }
      if (entries.length === 0) io.stdout('No words saved yet.\n');
      for (const entry of entries) {
        io.stdout(
          `${terminalText(entry.id)}\t${terminalText(entry.word)}\t${terminalText(entry.pinyin)}\t${terminalText(entry.definitions.join('; '))}\n`,
        );
      }
      return;
    }
    case 'remove': {
      await callService(yuedu, 'vocabulary:remove', { id: request.id });
      if (json) printJson(io, { id: request.id });
      else io.stdout('Removed.\n');
      return;
    }
    case 'export': {
      const { text } = await callService(yuedu, 'vocabulary:export', { format: request.format });
      if (request.out === undefined) {
        io.stdout(text);
        return;
      }
      const target = path.resolve(io.cwd, request.out);
      try {
        await writeFile(target, text, 'utf8');
      } catch (error) {
        throw new CommandError(
          `Could not write ${target}: ${(error as NodeJS.ErrnoException).code ?? error}. Nothing was exported.`,
        );
      }
      io.stderr(`Exported to ${terminalText(target)}.\n`);
    }
  }
}
