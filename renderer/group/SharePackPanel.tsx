import { useEffect, useState } from 'react';
import type { ArticleSummary } from '../../shared/model/article';
import type { GroupMemberStatus } from '../../shared/model/group';
import { useInvoke } from '../api/ApiContext';
import { DialogPanel } from '../app/DialogPanel';
import { ErrorMessage } from '../app/ErrorMessage';
import { PrimaryActionRow } from '../app/PrimaryActionRow';
import { saveTextFile } from '../export/saveTextFile';
import { useI18n } from '../i18n/I18nContext';
import { PackMemberChoice, packMembers, type PackWhose } from './PackMemberChoice';

/**
 * Share…: one pack file with the chosen articles' text and the chosen members' shared highlights
 * and replies, e.g. a teacher's reading with model notes, or a few classmates' notes together.
 * The open article comes preselected.
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
  const [articles, setArticles] = useState<ArticleSummary[]>([]);
  const [members, setMembers] = useState<GroupMemberStatus[]>([]);
  const [chosen, setChosen] = useState<ReadonlySet<string>>(
    () => new Set(articleId ? [articleId] : []),
  );
  const [whose, setWhose] = useState<PackWhose>('me');
  const [ticked, setTicked] = useState<ReadonlySet<string>>(() => new Set(['me']));
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

  const toggle = (id: string) => setChosen((current) => flipped(current, id));

  const share = async () => {
    setMessage(null);
    if (chosen.size === 0) {
      setError(t('pack.chooseArticle'));
      return;
    }
    const chosenMembers = packMembers(whose, ticked, members);
    if (chosenMembers === null) {
      setError(t('pack.chooseMember'));
      return;
    }
    setBusy(true);
    // In library order, so the pack reads like the library.
    const articleIds = articles.filter((a) => chosen.has(a.id)).map((a) => a.id);
    const result = await invoke('pack:export', { articleIds, members: chosenMembers });
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
      <PackMemberChoice
        whose={whose}
        onWhose={setWhose}
        members={members}
        ticked={ticked}
        onToggle={(id) => setTicked((current) => flipped(current, id))}
      />
      <PrimaryActionRow label={t('pack.save')} busy={busy} onAction={() => void share()} />
      <p className="group-message" role="status">
        {message}
      </p>
      <ErrorMessage message={error} />
    </DialogPanel>
  );
}

function flipped(set: ReadonlySet<string>, id: string): ReadonlySet<string> {
  const next = new Set(set);
  if (next.has(id)) next.delete(id);
  else next.add(id);
  return next;
}
