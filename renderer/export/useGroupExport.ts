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
  const [members, setMembers] = useState<Creator[] | null>(null);
  const [choice, setChoice] = useState<GroupExportChoice>('all');
  const [chosen, setChosen] = useState<ReadonlySet<string>>(new Set());
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void (async () => {
      const who = await invoke('member:whoami', {});
      if (!who.ok || who.value.groupFolder === null) return;
      const status = await invoke('group:status', {});
      const others = status.ok ? status.value.members.map(({ id, name }) => ({ id, name })) : [];
      if (live) setMembers([{ id: who.value.id, name: who.value.name }, ...others]);
    })();
    return () => {
      live = false;
    };
  }, [invoke]);

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
    inGroup: members !== null,
    members: members ?? [],
    choice,
    setChoice,
    chosen,
    toggle,
    busy,
    run,
  };
}
