import type { Result } from '../../shared/ipc/result';
import type { ArticleSummary } from '../../shared/model/article';
import type { ImportFile, ImportReport } from '../../shared/model/import';
import { encodeBase64 } from './encodeBase64';
import type { ChosenFile } from './importableFiles';
import { DEFAULT_BATCH_LIMITS, planBatches, type BatchLimits } from './planBatches';
import { yieldToBrowser } from './yieldToBrowser';

/** How far an import has come, in files. */
export interface ImportProgress {
  done: number;
  total: number;
}

/** Everything an import did, whether it ran to the end or was cancelled between batches. */
export interface ImportOutcome extends ImportProgress {
  added: ArticleSummary[];
  skipped: ImportReport['skipped'];
  cancelled: boolean;
}

export interface ImportOptions {
  /** One `library:import` call (carrying the import's id, so main can cancel it mid-file). */
  send: (files: ImportFile[]) => Promise<Result<ImportReport>>;
  onProgress: (progress: ImportProgress) => void;
  /** After each batch main accepted, so the library can show the new articles at once. */
  onBatch?: (report: ImportReport) => void;
  /** Asked before each batch; true stops the import there (earlier batches stay imported). */
  isCancelled: () => boolean;
  /** The reason shown for a file the browser could not read. */
  readFailedReason: string;
  limits?: BatchLimits;
}

/**
 * Imports files a batch at a time: each batch is read and base64-encoded in the renderer, sent as
 * one call, and followed by a yield, so the window stays responsive. A cancel stops before the
 * next batch; main stops the batch in progress (see `library:cancelImport`), which then adds
 * nothing. A failing batch skips its files and the import goes on.
 */
export async function importInBatches(
  files: readonly ChosenFile[],
  options: ImportOptions,
): Promise<ImportOutcome> {
  const batches = planBatches(
    files.map((chosen) => ({ chosen, size: chosen.file.size })),
    options.limits ?? DEFAULT_BATCH_LIMITS,
  );
  const outcome: ImportOutcome = {
    added: [],
    skipped: [],
    cancelled: false,
    done: 0,
    total: files.length,
  };
  options.onProgress({ done: 0, total: outcome.total });
  for (const batch of batches) {
    if (options.isCancelled()) {
      outcome.cancelled = true;
      break;
    }
    const payload: ImportFile[] = [];
    for (const { chosen } of batch) {
      try {
        const bytes = new Uint8Array(await chosen.file.arrayBuffer());
        payload.push({ name: chosen.path, base64: await encodeBase64(bytes) });
      } catch {
        outcome.skipped.push({ name: chosen.path, reason: options.readFailedReason });
      }
    }
    if (payload.length > 0) {
      const result = await options.send(payload);
      if (result.ok && result.value.cancelled) {
        outcome.cancelled = true;
        break;
      }
      if (result.ok) {
        outcome.added.push(...result.value.added);
        outcome.skipped.push(...result.value.skipped);
        options.onBatch?.(result.value);
      } else {
        for (const file of payload) {
          outcome.skipped.push({ name: file.name, reason: result.error.message });
        }
      }
    }
    outcome.done += batch.length;
    options.onProgress({ done: outcome.done, total: outcome.total });
    await yieldToBrowser();
  }
  return outcome;
}
