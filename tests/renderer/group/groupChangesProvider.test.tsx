import { act, fireEvent, render, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { GroupChangedEvent } from '../../../shared/ipc/contract';
import { ApiProvider } from '../../../renderer/api/ApiContext';
import {
  GroupChangesProvider,
  useGroupChanged,
} from '../../../renderer/group/GroupChangesProvider';
import { ANNA, memberNote } from '../fakeGroup';
import { createFakeYuedu, HARBOUR } from '../fakeYuedu';
import { fakePush } from './renderGroupApp';

function Listener({ onChanged }: { onChanged: () => void }) {
  useGroupChanged(onChanged);
  return null;
}

function mount(
  fake: ReturnType<typeof createFakeYuedu>,
  options: {
    push?: ReturnType<typeof fakePush<GroupChangedEvent>>;
    pollMs?: number;
    focusRefreshMs?: number;
  },
) {
  let heard = 0;
  render(
    <ApiProvider invoke={fake.invoke}>
      <GroupChangesProvider
        push={options.push?.subscribe}
        pollMs={options.pollMs ?? 60_000}
        focusRefreshMs={options.focusRefreshMs ?? 60_000}
      >
        <Listener onChanged={() => (heard += 1)} />
      </GroupChangesProvider>
    </ApiProvider>,
  );
  return { heard: () => heard };
}

describe('GroupChangesProvider', () => {
  it('in the desktop app hands each pushed group:changed to the subscribers, and does not poll', async () => {
    const fake = createFakeYuedu();
    const push = fakePush<GroupChangedEvent>();
    const { heard } = mount(fake, { push });
    expect(push.listening).toBe(1);
    push.send({ revision: 1 });
    push.send({ revision: 2 });
    expect(heard()).toBe(2);
    expect(fake.callsTo('group:revision')).toEqual([]);
  });

  it('under yuedu serve polls group:revision and tells the subscribers when it moved', async () => {
    const fake = createFakeYuedu();
    const { heard } = mount(fake, { pollMs: 20 });
    await waitFor(() => expect(fake.callsTo('group:revision').length).toBeGreaterThan(1));
    expect(heard()).toBe(0);
    fake.studyGroup.setFolder({ members: [] });
    await waitFor(() => expect(heard()).toBe(1), { timeout: 10_000 });
  });

  it('asks main to read the group folder again when the window regains focus, at most once a while', async () => {
    const fake = createFakeYuedu();
    mount(fake, { push: fakePush<GroupChangedEvent>(), focusRefreshMs: 60_000 });
    act(() => {
      fireEvent.focus(window);
      fireEvent.focus(window);
      fireEvent.focus(window);
    });
    expect(fake.callsTo('group:refresh')).toEqual([{}]);
  });

  it('under yuedu serve tells the subscribers at once when the focus read found a new member file', async () => {
    const fake = createFakeYuedu({ group: { others: [] } });
    const { heard } = mount(fake, { pollMs: 60_000 });
    await waitFor(() => expect(fake.callsTo('group:revision').length).toBe(1));
    fake.group!.addOther(memberNote(HARBOUR, 'anna-1', ANNA, '德国'));
    act(() => void fireEvent.focus(window));
    await waitFor(() => expect(heard()).toBe(1));
    expect(fake.callsTo('group:refresh')).toEqual([{}]);
  });
});
