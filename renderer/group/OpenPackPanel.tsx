import { useId, useRef, useState, type ChangeEvent } from 'react';
import { GROUP_FILE_MAX_BYTES, formatMegabytes } from '../../shared/limits';
import type { MergeCounts, PackImportSummary } from '../../shared/model/group';
import { useInvoke } from '../api/ApiContext';
import { DialogPanel } from '../app/DialogPanel';
import { ErrorMessage } from '../app/ErrorMessage';
import { PrimaryActionRow } from '../app/PrimaryActionRow';
import { useI18n } from '../i18n/I18nContext';

/**
 * Open pack…: reads the chosen file, shows what merging it would do (a dry run: who wrote it,
 * which articles are new here, the same or different, and the highlights and replies that are new,
 * updated or unchanged), and merges only when asked. A pack merged before brings nothing new.
 */
export function OpenPackPanel({
  onClose,
  onMerged,
}: {
  onClose: () => void;
  onMerged: () => void;
}) {
  const { t } = useI18n();
  const invoke = useInvoke();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [pack, setPack] = useState<{ name: string; json: string } | null>(null);
  const [summary, setSummary] = useState<PackImportSummary | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const inspect = async (file: File) => {
    setSummary(null);
    setPack(null);
    if (file.size > GROUP_FILE_MAX_BYTES) {
      setError(
        t('pack.tooLarge', { name: file.name, limit: formatMegabytes(GROUP_FILE_MAX_BYTES) }),
      );
      return;
    }
    setBusy(true);
    setError(null);
    let json: string;
    try {
      json = await file.text();
    } catch {
      setBusy(false);
      setError(t('pack.readFailed', { name: file.name }));
      return;
    }
    const result = await invoke('pack:import', { json, dryRun: true });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setPack({ name: file.name, json });
    setSummary(result.value);
  };

  const merge = async () => {
    if (!pack) return;
    setBusy(true);
    const result = await invoke('pack:import', { json: pack.json, dryRun: false });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setError(null);
    setSummary(result.value);
    if (bringsAnything(result.value)) onMerged();
  };

  const onFileChosen = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Clearing the input lets the same pack be chosen again (to see that nothing is new).
    if (input.current) input.current.value = '';
    if (file) void inspect(file);
  };

  const nothingNew = summary !== null && !bringsAnything(summary);

  return (
    <DialogPanel
      heading={t('pack.openHeading')}
      closeLabel={t('group.close')}
      className="pack-panel"
      onClose={onClose}
    >
      <p className="muted">{t('pack.openExplain')}</p>
      <div className="choice-row">
        <input
          ref={input}
          id={inputId}
          className="file-input visually-hidden"
          type="file"
          accept=".json,application/json,application/ld+json"
          disabled={busy}
          onChange={onFileChosen}
        />
        <label className="button file-button" htmlFor={inputId} aria-busy={busy && !summary}>
          {t('pack.chooseFile')}
        </label>
      </div>
      {summary && pack && (
        <section className="pack-summary" aria-label={t('pack.summary')}>
          <h3>
            {summary.dryRun
              ? t('pack.holds', { name: pack.name })
              : t('pack.merged', { name: pack.name })}
          </h3>
          <p>
            {t('pack.members')} {summary.members.map((m) => m.name).join(', ') || '—'}
          </p>
          <ul className="pack-article-status">
            {summary.articles.map((article) => (
              <li key={article.id}>
                <span lang="zh-CN">{article.title}</span> — {t(`pack.article.${article.status}`)}
              </li>
            ))}
          </ul>
          <p>{t('pack.annotations', countsOf(summary.annotations))}</p>
          <p>{t('pack.replies', countsOf(summary.replies))}</p>
          <p className="group-message" role="status">
            {nothingNew
              ? t('pack.nothingNew')
              : summary.dryRun
                ? t('pack.mergeHint')
                : t('pack.mergedDone')}
          </p>
          {summary.dryRun && !nothingNew && (
            <PrimaryActionRow label={t('pack.merge')} busy={busy} onAction={() => void merge()} />
          )}
        </section>
      )}
      <ErrorMessage message={error} />
    </DialogPanel>
  );
}

function countsOf(counts: MergeCounts) {
  return { new: counts.new, updated: counts.updated, unchanged: counts.unchanged };
}

/** Whether merging would add or change anything here. */
function bringsAnything(summary: PackImportSummary): boolean {
  const { annotations: a, replies: r } = summary;
  return (
    a.new + a.updated + a.deleted + r.new + r.updated + r.deleted > 0 ||
    summary.articles.some((article) => article.status === 'new')
  );
}
