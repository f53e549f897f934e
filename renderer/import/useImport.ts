import { useCallback, useRef, useState } from 'react';
import { formatMegabytes, IMPORT_FILE_MAX_BYTES } from '../../shared/limits';
import { fail } from '../../shared/ipc/result';
import type { LibraryChangedEvent } from '../api/bridge';
import { useInvoke } from '../api/ApiContext';
import { useI18n } from '../i18n/I18nContext';
import { sortImportable, type ChosenFile } from './importableFiles';
import { importInBatches, type ImportOutcome } from './importInBatches';
import { setAsideTooLarge } from './planBatches';

/** What the import area shows: nothing, a running import, or the summary of the last one. */
export type ImportState =
  | { phase: 'idle' }
  | {
      phase: 'running';
      done: number;
      total: number;
      /** False for a menu import from a main process too old to name its import. */
      cancellable: boolean;
      cancelling: boolean;
    }
  | { phase: 'finished'; outcome: ImportOutcome };

export interface ImportController {
  state: ImportState;
  /** Imports what the user chose or dropped; ignored while an import is running. */
  start: (files: readonly ChosenFile[]) => void;
  /** Stops the import now, even in the middle of a file; what earlier batches added stays. */
  cancel: () => void;
  dismiss: () => void;
  /** Follows an import that main runs itself (File → Import Articles…) and other changes. */
  onLibraryChanged: (event: LibraryChangedEvent) => void;
}

/** A fresh id for one import, so main can tell its batches apart and cancel exactly them. */
function newImportId(): string {
  return (
    globalThis.crypto?.randomUUID?.() ?? `${Date.now()}-${Math.random().toString(36).slice(2)}`
  );
}

/**
 * Runs imports from the file pickers and drops in batches, with progress, cancel and a summary;
 * `onChanged` runs whenever articles were added (or main says the library changed), so the library
 * and the index status refresh; `onFinished` gets the outcome, so the library can show the new
 * articles.
 */
export function useImport(
  onChanged: () => void,
  onFinished?: (outcome: ImportOutcome) => void,
): ImportController {
  const invoke = useInvoke();
  const { t } = useI18n();
  const [state, setState] = useState<ImportState>({ phase: 'idle' });
  const running = useRef(false);
  const cancelled = useRef(false);
  // The import the Cancel button stops: this window's own, or one main runs for the menu.
  const currentImportId = useRef<string | null>(null);
  // How far the menu import main runs had come, for its summary.
  const menuProgress = useRef<{ done: number; total: number } | null>(null);

  const finish = useCallback(
    (outcome: ImportOutcome) => {
      setState({ phase: 'finished', outcome });
      onFinished?.(outcome);
    },
    [onFinished],
  );

  const start = useCallback(
    (files: readonly ChosenFile[]) => {
      if (running.current) return;
      const { importable, ignored } = sortImportable(files);
      if (importable.length === 0 && ignored.length === 0) return;
      const sizes = setAsideTooLarge(
        importable.map((chosen) => ({ chosen, size: chosen.file.size })),
      );
      const tooLargeReason = t('import.tooLarge', {
        limit: formatMegabytes(IMPORT_FILE_MAX_BYTES),
      });
      running.current = true;
      cancelled.current = false;
      const importId = newImportId();
      currentImportId.current = importId;
      const run = async () => {
        const fitting = sizes.fitting.map(({ chosen }) => chosen);
        const outcome = await importInBatches(fitting, {
          send: async (batch) => {
            const result = await invoke('library:import', { files: batch, importId });
            // yuedu serve refuses an oversized request itself; say so in the UI's language.
            return !result.ok && result.error.code === 'too-large'
              ? fail('too-large', tooLargeReason)
              : result;
          },
          onProgress: ({ done, total }) =>
            setState((last) => ({
              phase: 'running',
              done,
              total,
              cancellable: true,
              cancelling: last.phase === 'running' && last.cancelling,
            })),
          onBatch: (report) => {
            if (report.added.length > 0) onChanged();
          },
          isCancelled: () => cancelled.current,
          readFailedReason: t('import.readFailed'),
        });
        outcome.skipped.unshift(
          ...ignored.map(({ path }) => ({ name: path, reason: t('import.notImportable') })),
          ...sizes.tooLarge.map(({ chosen }) => ({ name: chosen.path, reason: tooLargeReason })),
        );
        running.current = false;
        currentImportId.current = null;
        finish(outcome);
      };
      void run();
    },
    [invoke, onChanged, t, finish],
  );

  const cancel = useCallback(() => {
    cancelled.current = true;
    const importId = currentImportId.current;
    if (importId !== null) void invoke('library:cancelImport', { importId });
    setState((last) => (last.phase === 'running' ? { ...last, cancelling: true } : last));
  }, [invoke]);

  const dismiss = useCallback(() => {
    setState((last) => (last.phase === 'finished' ? { phase: 'idle' } : last));
  }, []);

  const onLibraryChanged = useCallback(
    (event: LibraryChangedEvent) => {
      if (event.kind !== 'import-progress') onChanged();
      // The renderer's own import keeps the import area; the list still refreshes above.
      if (running.current || event.kind === 'changed') return;
      if (event.kind === 'import-progress') {
        currentImportId.current = event.importId ?? null;
        menuProgress.current = { done: event.done, total: event.total };
        setState((last) => ({
          phase: 'running',
          done: event.done,
          total: event.total,
          cancellable: event.importId !== undefined,
          cancelling: last.phase === 'running' && last.cancelling,
        }));
        return;
      }
      currentImportId.current = null;
      const { added, skipped, cancelled: wasCancelled = false } = event.report;
      const progress = menuProgress.current;
      menuProgress.current = null;
      const total = progress?.total ?? added.length + skipped.length;
      const done = progress && wasCancelled ? progress.done : total;
      finish({ added, skipped, cancelled: wasCancelled, done, total });
    },
    [onChanged, finish],
  );

  return { state, start, cancel, dismiss, onLibraryChanged };
}
