import { useCallback, useEffect, useState } from 'react';
import type { GroupStatus, Member, Sharing } from '../../shared/model/group';
import { useInvoke } from '../api/ApiContext';
import { useI18n } from '../i18n/I18nContext';

export type StudyGroupAction = 'name' | 'sharing' | 'join' | 'leave' | 'refresh';

/** The outcome of the last action, in words: `message` when it worked, `error` when it did not. */
export interface StudyGroupState {
  member: Member | null;
  busy: StudyGroupAction | null;
  message: string | null;
  error: string | null;
  saveName: (name: string) => Promise<boolean>;
  setDefaultSharing: (sharing: Sharing) => Promise<void>;
  join: (folder: string) => Promise<void>;
  leave: () => Promise<void>;
  refresh: () => Promise<void>;
}

/** Who this install is in the study group and its folder: the Settings section's state and actions. */
export function useStudyGroup(): StudyGroupState {
  const invoke = useInvoke();
  const { t } = useI18n();
  const [member, setMember] = useState<Member | null>(null);
  const [busy, setBusy] = useState<StudyGroupAction | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);

  const reload = useCallback(async () => {
    const result = await invoke('member:whoami', {});
    if (result.ok) setMember(result.value);
    else setError(result.error.message);
  }, [invoke]);

  useEffect(() => {
    void reload();
  }, [reload]);

  const run = async <T>(
    action: StudyGroupAction,
    call: () => Promise<{ ok: true; value: T } | { ok: false; error: { message: string } }>,
    done: (value: T) => string | null,
  ): Promise<boolean> => {
    setBusy(action);
    setMessage(null);
    setError(null);
    const result = await call();
    setBusy(null);
    if (!result.ok) {
      setError(result.error.message);
      return false;
    }
    setMessage(done(result.value));
    return true;
  };

  const described = (status: GroupStatus) =>
    t('group.members', { count: status.members.length + 1 }) +
    (status.files.length > 0 ? ` ${t('group.filesNeedCare', { count: status.files.length })}` : '');

  return {
    member,
    busy,
    message,
    error,
    saveName: async (raw) => {
      const name = raw.trim();
      if (name === '') {
        setMessage(null);
        setError(t('group.nameEmpty'));
        return false;
      }
      return run(
        'name',
        () => invoke('member:update', { name }),
        (next) => {
          setMember(next);
          return t('group.nameSaved', { name: next.name });
        },
      );
    },
    setDefaultSharing: async (sharing) => {
      await run(
        'sharing',
        () => invoke('member:update', { defaultSharing: sharing }),
        (next) => {
          setMember(next);
          return null;
        },
      );
    },
    join: async (raw) => {
      const folder = raw.trim();
      if (folder === '') {
        setMessage(null);
        setError(t('group.folderEmpty'));
        return;
      }
      const joined = await run(
        'join',
        () => invoke('group:use', { folder }),
        (status) =>
          `${t('group.joined', { folder: status.folder ?? folder })} ${described(status)}`,
      );
      if (joined) await reload();
    },
    leave: async () => {
      const left = await run(
        'leave',
        () => invoke('group:leave', {}),
        () => t('group.left'),
      );
      if (left) await reload();
    },
    refresh: async () => {
      await run(
        'refresh',
        () => invoke('group:refresh', {}),
        (status) => `${t('group.refreshed')} ${described(status)}`,
      );
    },
  };
}
