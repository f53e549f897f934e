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
      /** False for an import started from the app menu, which main runs to the end. */
      cancellable: boolean;
      cancelling: boolean;
    }
  | { phase: 'finished'; outcome: ImportOutcome };

export interface ImportController {
  state: ImportState;
  /** Imports what the user chose or dropped; ignored while an import is running. */
  start: (files: readonly ChosenFile[]) => void;
  /** Stops before the next batch; what was already imported stays. */
  cancel: () => void;
  dismiss: () => void;
  /** Follows an import that main runs itself (File → Import Articles…). */
  onLibraryChanged: (event: LibraryChangedEvent) => void;
}

/**
 * Runs imports from the file pickers and drops in batches, with progress, cancel and a summary;
 * `onChanged` runs whenever articles were added, so the library and the index status refresh.
 */
export function useImport(onChanged: () => void): ImportController {
  const invoke = useInvoke();
  const { t } = useI18n();
  const [state, setState] = useState<ImportState>({ phase: 'idle' });
  const running = useRef(false);
  const cancelled = useRef(false);

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
      const run = async () => {
        const fitting = sizes.fitting.map(({ chosen }) => chosen);
        const outcome = await importInBatches(fitting, {
          send: async (batch) => {
            const result = await invoke('library:import', { files: batch });
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
        setState({ phase: 'finished', outcome });
      };
      void run();
    },
    [invoke, onChanged, t],
  );

  const cancel = useCallback(() => {
    cancelled.current = true;
    setState((last) => (last.phase === 'running' ? { ...last, cancelling: true } : last));
  }, []);

  const dismiss = useCallback(() => {
    setState((last) => (last.phase === 'finished' ? { phase: 'idle' } : last));
  }, []);

  const onLibraryChanged = useCallback(
    (event: LibraryChangedEvent) => {
      if (event.kind === 'imported') onChanged();
      // The renderer's own import keeps the import area; the list still refreshes above.
      if (running.current) return;
      if (event.kind === 'import-progress') {
        setState({
          phase: 'running',
          done: event.done,
          total: event.total,
          cancellable: false,
          cancelling: false,
        });
        return;
      }
      const { added, skipped } = event.report;
      setState((last) => {
        const total = last.phase === 'running' ? last.total : added.length + skipped.length;
        return {
          phase: 'finished',
          outcome: { added, skipped, cancelled: false, done: total, total },
        };
      });
    },
    [onChanged],
  );

  return { state, start, cancel, dismiss, onLibraryChanged };
}
