import { DialogPanel } from '../app/DialogPanel';
import { ErrorMessage } from '../app/ErrorMessage';
import { useI18n } from '../i18n/I18nContext';
import { formatDateTime } from './formatDateTime';
import { useGroupStatus } from './useGroupStatus';

/**
 * Group status: who is in the group (their file, when it was last written, their highlights,
 * replies and the highlights that found no place in this machine's text), and every file in the
 * folder that was skipped or needed care, with the reason.
 */
export function GroupStatusPanel({ onClose }: { onClose: () => void }) {
  const { t, language } = useI18n();
  const { status, error, refreshing, refresh } = useGroupStatus();

  return (
    <DialogPanel
      heading={t('group.status')}
      closeLabel={t('group.close')}
      className="group-status-panel"
      onClose={onClose}
    >
      <div className="choice-row">
        <button
          type="button"
          className="button"
          aria-busy={refreshing}
          disabled={refreshing || status?.folder == null}
          onClick={() => void refresh()}
        >
          {t('group.refresh')}
        </button>
      </div>
      {status && status.folder === null && <p className="muted">{t('group.notInGroup')}</p>}
      {status && status.folder !== null && (
        <>
          <p>
            {t('group.inFolder')} <code className="group-folder-path">{status.folder}</code>
          </p>
          <p className="muted">
            {t('group.published', {
              annotations: status.published.annotations,
              replies: status.published.replies,
            })}
          </p>
          <h3>{t('group.membersHeading')}</h3>
          {status.members.length === 0 ? (
            <p className="muted">{t('group.noMembers')}</p>
          ) : (
            <div className="table-scroll">
              <table className="group-table">
                <thead>
                  <tr>
                    <th scope="col">{t('group.col.name')}</th>
                    <th scope="col">{t('group.col.file')}</th>
                    <th scope="col">{t('group.col.written')}</th>
                    <th scope="col">{t('group.col.annotations')}</th>
                    <th scope="col">{t('group.col.replies')}</th>
                    <th scope="col">{t('group.col.orphans')}</th>
                  </tr>
                </thead>
                <tbody>
                  {status.members.map((member) => (
                    <tr key={member.id}>
                      <th scope="row">{member.name}</th>
                      <td>
                        <code>{member.file}</code>
                      </td>
                      <td>{formatDateTime(member.written, language)}</td>
                      <td>{member.annotations}</td>
                      <td>{member.replies}</td>
                      <td>{member.orphans}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <h3>{t('group.filesHeading')}</h3>
          {status.files.length === 0 ? (
            <p className="muted">{t('group.noProblemFiles')}</p>
          ) : (
            <div className="table-scroll">
              <table className="group-table group-files">
                <thead>
                  <tr>
                    <th scope="col">{t('group.col.file')}</th>
                    <th scope="col">{t('group.col.member')}</th>
                    <th scope="col">{t('group.col.used')}</th>
                    <th scope="col">{t('group.col.reason')}</th>
                  </tr>
                </thead>
                <tbody>
                  {status.files.map((file, index) => (
                    <tr key={`${file.file}:${index}`}>
                      <th scope="row">
                        <code>{file.file}</code>
                      </th>
                      <td>{nameOf(file.member, status)}</td>
                      <td>{file.used ? t('group.used') : t('group.skipped')}</td>
                      <td>{file.reason}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      )}
      <ErrorMessage message={error} />
    </DialogPanel>
  );
}

/** A member's name when the group knows it, else the id the file named, else nothing. */
function nameOf(
  id: string | undefined,
  status: { members: Array<{ id: string; name: string }>; me: { id: string; name: string } },
): string {
  if (id === undefined) return '—';
  if (id === status.me.id) return status.me.name;
  return status.members.find((m) => m.id === id)?.name ?? id;
}
