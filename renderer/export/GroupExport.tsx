import { useId, useState } from 'react';
import { useI18n } from '../i18n/I18nContext';
import { saveTextFile } from './saveTextFile';
import { useGroupExport, type GroupExportChoice } from './useGroupExport';

const CHOICES: readonly GroupExportChoice[] = ['me', 'all', 'chosen'];

/**
 * In a study group, exports the group's discussion (highlights by member, replies nested) as
 * Markdown: Mine, Everyone, or the members ticked. Outside a group it renders nothing.
 */
export function GroupExport({ articleId }: { articleId?: string }) {
  const { t } = useI18n();
  const state = useGroupExport(articleId);
  const [message, setMessage] = useState<{ error: boolean; text: string } | null>(null);
  const choiceId = useId();
  if (!state.inGroup) return null;

  const exportGroup = async () => {
    setMessage(null);
    const outcome = await state.run();
    if (outcome.kind === 'done') {
      saveTextFile(outcome.filename, outcome.text);
      setMessage({
        error: false,
        text: t(outcome.highlights === 1 ? 'export.doneOne' : 'export.done', {
          count: outcome.highlights,
          file: outcome.filename,
        }),
      });
    } else {
      setMessage({
        error: true,
        text: outcome.kind === 'empty' ? t('groupExport.empty') : outcome.message,
      });
    }
  };

  return (
    <span className="export group-export">
      <label htmlFor={choiceId}>{t('groupExport.whose')}</label>
      <select
        id={choiceId}
        value={state.choice}
        onChange={(event) => state.setChoice(event.target.value as GroupExportChoice)}
      >
        {CHOICES.map((choice) => (
          <option key={choice} value={choice}>
            {t(`groupExport.${choice}`)}
          </option>
        ))}
      </select>
      {/* Shown below the controls, the member list above the outcome so neither covers the other;
          before the button in the tab order, so members are ticked before exporting. */}
      <span className="group-export-below">
        {state.choice === 'chosen' && (
          <fieldset className="group-export-members">
            <legend>{t('groupExport.members')}</legend>
            {state.members.map((member) => (
              <label key={member.id}>
                <input
                  type="checkbox"
                  checked={state.chosen.has(member.id)}
                  onChange={() => state.toggle(member.id)}
                />
                <bdi>{member.name}</bdi>
              </label>
            ))}
          </fieldset>
        )}
        <span className="export-outcome" role={message?.error ? 'alert' : 'status'}>
          {message && (
            <span className={`export-message export-${message.error ? 'error' : 'done'}`}>
              <span className="export-text">{message.text}</span>
              <button
                type="button"
                className="button subtle"
                aria-label={t('app.dismiss')}
                title={t('app.dismiss')}
                onClick={() => setMessage(null)}
              >
                <span aria-hidden="true">×</span>
              </button>
            </span>
          )}
        </span>
      </span>
      <button
        type="button"
        className="button"
        aria-busy={state.busy}
        onClick={() => void exportGroup()}
      >
        {t('groupExport.button')}
      </button>
    </span>
  );
}
