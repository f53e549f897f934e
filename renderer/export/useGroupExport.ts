import { useEffect, useState } from 'react';
import type { Creator } from '../../shared/model/annotation';
import { useInvoke } from '../api/ApiContext';

/** Whose highlights the group export covers; `chosen` uses the members ticked in the list. */
export type GroupExportChoice = 'me' | 'all' | 'chosen';

export type GroupExportOutcome =
  | { kind: 'done'; filename: string; text: string; highlights: number }
  | { kind: 'empty' }
  | { kind: 'error'; message: string };

/**
 * The state behind the group export: whether this install is in a study group (the control shows
 * only then), the other members to choose from, the choice, and running the export.
 */
export function useGroupExport(articleId: string | undefined) {
  const invoke = useInvoke();
  const [me, setMe] = useState<Creator | null>(null);
  const [others, setOthers] = useState<Creator[] | null>(null);
  const [choice, setChoice] = useState<GroupExportChoice>('all');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void invoke('member:whoami', {}).then((who) => {
      if (live && who.ok && who.value.groupFolder !== null)
        setMe({ id: who.value.id, name: who.value.name });
    });
    return () => {
      live = false;
    };
  }, [invoke]);

  // The other members are listed only for choosing: reading the group's status (the whole folder)
  // waits until then, rather than competing with the article while it opens.
  useEffect(() => {
    if (choice !== 'chosen' || me === null || others !== null) return;
    let live = true;
    void invoke('group:status', {}).then((status) => {
      if (live)
        setOthers(status.ok ? status.value.members.map(({ id, name }) => ({ id, name })) : []);
    });
    return () => {
      live = false;
    };
  }, [invoke, choice, me, others]);

  const toggle = (id: string) =>
    setChosen((previous) => {
      const next = new Set(previous);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });

  const run = async (): Promise<GroupExportOutcome> => {
    const whose = choice === 'chosen' ? [...chosen] : choice;
    if (Array.isArray(whose) && whose.length === 0) return { kind: 'empty' };
    setBusy(true);
    const result = await invoke('group:export', {
      ...(articleId === undefined ? {} : { articleId }),
      members: whose,
    });
    setBusy(false);
    if (result.ok) return { kind: 'done', ...result.value };
    if (result.error.code === 'nothing-to-export') return { kind: 'empty' };
    return { kind: 'error', message: result.error.message };
  };

  return {
    inGroup: me !== null,
    members: me ? [me, ...(others ?? [])] : [],
    choice,
    setChoice,
    chosen,
    toggle,
    busy,
    run,
  };
}
