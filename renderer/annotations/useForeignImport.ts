import { useCallback, useRef, useState } from 'react';
import { formatMegabytes, IMPORT_FILE_MAX_BYTES } from '../../shared/limits';
import type { ForeignImport, HighlightColor } from '../../shared/model/annotation';
import { useInvoke } from '../api/ApiContext';
import { useI18n } from '../i18n/I18nContext';

/** What the last chosen file did: its counts and skipped items, or why nothing was imported. */
export type ForeignImportOutcome =
  | { kind: 'done'; fileName: string; result: ForeignImport }
  | { kind: 'error'; fileName: string; message: string };

/** The state behind "Import annotations…": the colour to give, the file's outcome, busy while it runs. */
export interface ForeignImportState {
  color: HighlightColor;
  setColor: (color: HighlightColor) => void;
  busy: boolean;
  outcome: ForeignImportOutcome | null;
  importFile: (file: File) => Promise<void>;
}

/**
 * Imports another tool's W3C annotation file (Hypothesis, Thorium) onto one article through
 * `annotations:importW3c`. A file too large, unreadable or refused comes back as an error outcome
 * and changes nothing; `onImported` runs only when highlights were added, so the reader reloads them.
 */
export function useForeignImport(
  articleId: string,
  initialColor: HighlightColor,
  onImported: () => void,
): ForeignImportState {
  const invoke = useInvoke();
  const { t } = useI18n();
  const [color, setColor] = useState(initialColor);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ForeignImportOutcome | null>(null);
  const running = useRef(false);

  const importFile = useCallback(
    async (file: File) => {
      // One file at a time: a choice made while one is importing (the button says so) is ignored.
      if (running.current) return;
      const fileName = file.name;
      const refuse = (message: string) => setOutcome({ kind: 'error', fileName, message });
      const tooLarge = t('foreignImport.tooLarge', {
        name: fileName,
        limit: formatMegabytes(IMPORT_FILE_MAX_BYTES),
      });
      setOutcome(null);
      // Refused before reading: the limit the API enforces, said in the user's language.
      if (file.size > IMPORT_FILE_MAX_BYTES) return refuse(tooLarge);
      if (file.size === 0) return refuse(t('foreignImport.empty', { name: fileName }));
      running.current = true;
      setBusy(true);
      try {
        let json: string;
        try {
          json = await file.text();
        } catch {
          return refuse(t('foreignImport.readFailed', { name: fileName }));
        }
        const result = await invoke('annotations:importW3c', { articleId, json, color });
        if (!result.ok) {
          if (result.error.code === 'too-large') return refuse(tooLarge);
          const hint = result.error.code === 'invalid-payload' ? ` ${t('foreignImport.hint')}` : '';
          const failed = t('foreignImport.failed', { name: fileName });
          return refuse(`${failed} ${result.error.message}${hint}`);
        }
        setOutcome({ kind: 'done', fileName, result: result.value });
        if (result.value.imported > 0) onImported();
      } finally {
        running.current = false;
        setBusy(false);
      }
    },
    [invoke, t, articleId, color, onImported],
  );

  return { color, setColor, busy, outcome, importFile };
}
