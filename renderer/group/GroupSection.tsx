import { useId, useState } from 'react';
import { SHARING } from '../../shared/model/group';
import { ErrorMessage } from '../app/ErrorMessage';
import { useI18n } from '../i18n/I18nContext';
import { useFolderChooser } from './GroupChangesProvider';
import { useStudyGroup, type StudyGroupState } from './useStudyGroup';

/** Which of the group's dialogs a button asks the app to open. */
export type GroupDialog = 'status' | 'share' | 'open';

/**
 * Settings → Study group: the display name, the group folder (the desktop app's folder chooser, or
 * a typed path in a browser), joining, refreshing and leaving, the default sharing of new
 * highlights, and the way to Group status and packs.
 */
export function GroupSection({ onOpen }: { onOpen: (dialog: GroupDialog) => void }) {
  const { t } = useI18n();
  const group = useStudyGroup();
  const chooseFolder = useFolderChooser();
  const folderId = useId();
  const [folder, setFolder] = useState('');
  const [chooserError, setChooserError] = useState<string | null>(null);
  const { member } = group;
  const inGroup = member?.groupFolder != null;

  const choose = async () => {
    if (!chooseFolder) return;
    setChooserError(null);
    const chosen = await chooseFolder();
    if (!chosen.ok) setChooserError(chosen.error.message);
    else if (chosen.value !== null) await group.join(chosen.value);
  };

  if (!member) {
    return (
      <fieldset className="settings-group study-group">
        <legend>{t('group.heading')}</legend>
        <ErrorMessage message={group.error} />
      </fieldset>
    );
  }

  return (
    <fieldset className="settings-group study-group">
      <legend>{t('group.heading')}</legend>
      <p className="muted">{t('group.explain')}</p>

      <NameForm key={member.name} saved={member.name} group={group} />

      <p className="group-folder">
        {inGroup ? (
          <>
            {t('group.inFolder')} <code className="group-folder-path">{member.groupFolder}</code>
          </>
        ) : (
          t('group.notInGroup')
        )}
      </p>

      {chooseFolder ? (
        <div className="choice-row">
          <button
            type="button"
            className="button"
            disabled={group.busy !== null}
            onClick={() => void choose()}
          >
            {inGroup ? t('group.changeFolder') : t('group.chooseFolder')}
          </button>
          {inGroup && <GroupActions group={group} />}
        </div>
      ) : (
        <>
          <form
            className="group-row"
            onSubmit={(event) => {
              event.preventDefault();
              void group.join(folder);
            }}
          >
            <label htmlFor={folderId}>{t('group.folderPath')}</label>
            <input
              id={folderId}
              type="text"
              value={folder}
              placeholder={t('group.folderPlaceholder')}
              spellCheck={false}
              onChange={(event) => setFolder(event.target.value)}
            />
            <button type="submit" className="button" disabled={group.busy !== null}>
              {inGroup ? t('group.changeFolder') : t('group.join')}
            </button>
          </form>
          {inGroup && (
            <div className="choice-row">
              <GroupActions group={group} />
            </div>
          )}
        </>
      )}

      <div className="choice-row" role="radiogroup" aria-label={t('group.defaultSharing')}>
        <span>{t('group.defaultSharing')}</span>
        {SHARING.map((sharing) => (
          <label key={sharing}>
            <input
              type="radio"
              name="default-sharing"
              value={sharing}
              checked={member.defaultSharing === sharing}
              disabled={group.busy !== null}
              onChange={() => void group.setDefaultSharing(sharing)}
            />
            {t(sharing === 'shared' ? 'group.sharing.shared' : 'group.sharing.private')}
          </label>
        ))}
      </div>

      <div className="choice-row">
        <button type="button" className="button" onClick={() => onOpen('status')}>
          {t('group.status')}
        </button>
        <button type="button" className="button" onClick={() => onOpen('share')}>
          {t('pack.share')}
        </button>
        <button type="button" className="button" onClick={() => onOpen('open')}>
          {t('pack.open')}
        </button>
      </div>

      <p className="group-message" role="status">
        {group.message}
      </p>
      <ErrorMessage message={group.error ?? chooserError} />
    </fieldset>
  );
}

function GroupActions({ group }: { group: StudyGroupState }) {
  const { t } = useI18n();
  return (
    <>
      <button
        type="button"
        className="button"
        aria-busy={group.busy === 'refresh'}
        disabled={group.busy !== null}
        onClick={() => void group.refresh()}
      >
        {t('group.refresh')}
      </button>
      <button
        type="button"
        className="button"
        disabled={group.busy !== null}
        onClick={() => void group.leave()}
      >
        {t('group.leave')}
      </button>
    </>
  );
}

/** The display name field, starting from the saved name (and again whenever that changes). */
function NameForm({ saved, group }: { saved: string; group: StudyGroupState }) {
  const { t } = useI18n();
  const nameId = useId();
  const [name, setName] = useState(saved);
  return (
    <form
      className="group-row"
      onSubmit={(event) => {
        event.preventDefault();
        void group.saveName(name);
      }}
    >
      <label htmlFor={nameId}>{t('group.name')}</label>
      <input
        id={nameId}
        type="text"
        value={name}
        maxLength={120}
        autoComplete="name"
        onChange={(event) => setName(event.target.value)}
      />
      <button
        type="submit"
        className="button"
        disabled={group.busy !== null || name.trim() === saved}
      >
        {t('group.saveName')}
      </button>
    </form>
  );
}
