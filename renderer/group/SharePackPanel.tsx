import { useEffect, useId, useState } from 'react';
import type { ArticleSummary } from '../../shared/model/article';
import type { GroupMemberStatus } from '../../shared/model/group';
import { useInvoke } from '../api/ApiContext';
import { DialogPanel } from '../app/DialogPanel';
import { ErrorMessage } from '../app/ErrorMessage';
import { saveTextFile } from '../export/saveTextFile';
import { useI18n } from '../i18n/I18nContext';

type Whose = 'me' | 'all' | 'one';

/**
 * Share…: one pack file with the chosen articles' text and the chosen members' shared highlights
 * and replies, e.g. a teacher's reading with model notes. The open article comes preselected.
 */
export function SharePackPanel({
  articleId,
  onClose,
}: {
  articleId?: string;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const invoke = useInvoke();
  const memberId = useId();
  const [articles, setArticles] = useState<ArticleSummary[]>([]);
  const [members, setMembers] = useState<GroupMemberStatus[]>([]);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(
    () => new Set(articleId ? [articleId] : []),
  );
  const [whose, setWhose] = useState<Whose>('me');
  const [one, setOne] = useState('');
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void invoke('library:list', {}).then((result) => {
      if (!live) return;
      if (result.ok) setArticles(result.value);
      else setError(result.error.message);
    });
    void invoke('group:status', {}).then((result) => {
      if (live && result.ok) setMembers(result.value.members);
    });
    return () => {
      live = false;
    };
  }, [invoke]);

  const toggle = (id: string) =>
    setChosen((current) => {
      const next = new Set(current);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const share = async () => {
    setMessage(null);
    if (chosen.size === 0) {
      setError(t('pack.chooseArticle'));
      return;
    }
    const member = whose === 'one' ? one : whose;
    if (member === '') {
      setError(t('pack.chooseMember'));
      return;
    }
    setBusy(true);
    // In library order, so the pack reads like the library.
    const articleIds = articles.filter((a) => chosen.has(a.id)).map((a) => a.id);
    const result = await invoke('pack:export', { articleIds, member });
    setBusy(false);
    if (!result.ok) {
      setError(result.error.message);
      return;
    }
    setError(null);
    saveTextFile(result.value.filename, result.value.json, 'application/json;charset=utf-8');
    setMessage(t('pack.saved', { file: result.value.filename }));
  };

  return (
    <DialogPanel
      heading={t('pack.shareHeading')}
      closeLabel={t('group.close')}
      className="pack-panel"
      onClose={onClose}
    >
      <p className="muted">{t('pack.shareExplain')}</p>
      <fieldset className="settings-group">
        <legend>{t('pack.articles', { count: chosen.size })}</legend>
        <ul className="pack-articles">
          {articles.map((article) => (
            <li key={article.id}>
              <label>
                <input
                  type="checkbox"
                  checked={chosen.has(article.id)}
                  onChange={() => toggle(article.id)}
                />
                <span lang="zh-CN">{article.title}</span>
              </label>
            </li>
          ))}
        </ul>
      </fieldset>
      <fieldset className="settings-group">
        <legend>{t('pack.whose')}</legend>
        <div className="choice-row">
          {(['me', 'all', 'one'] as const).map((choice) => (
            <label key={choice}>
              <input
                type="radio"
                name="pack-whose"
                value={choice}
                checked={whose === choice}
                disabled={choice === 'one' && members.length === 0}
                onChange={() => setWhose(choice)}
              />
              {t(`pack.whose.${choice}`)}
            </label>
          ))}
          {whose === 'one' && (
            <>
              <label htmlFor={memberId} className="visually-hidden">
                {t('pack.member')}
              </label>
              <select id={memberId} value={one} onChange={(event) => setOne(event.target.value)}>
                <option value="">{t('pack.member')}</option>
                {members.map((member) => (
                  <option key={member.id} value={member.id}>
                    {member.name}
                  </option>
                ))}
              </select>
            </>
          )}
        </div>
      </fieldset>
      <div className="choice-row">
        <button
          type="button"
          className="button primary"
          aria-busy={busy}
          disabled={busy}
          onClick={() => void share()}
        >
          {t('pack.save')}
        </button>
      </div>
      <p className="group-message" role="status">
        {message}
      </p>
      <ErrorMessage message={error} />
    </DialogPanel>
  );
}
