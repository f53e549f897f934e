import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Invoke } from '../../../shared/ipc/contract';
import { fail, ok } from '../../../shared/ipc/result';
import { pollRevision } from '../../../renderer/api/pollRevision';

const POLL_MS = 1_000;

/** A main process whose revision the test moves; `answer` can make the next asks fail. */
function fakeMain() {
  const state = {
    revision: 0,
    asks: 0,
    answer: 'ok' as 'ok' | 'error' | 'throw',
  };
  const invoke = (async (channel: string) => {
    expect(channel).toBe('group:revision');
    state.asks += 1;
    if (state.answer === 'throw') throw new Error('the connection dropped');
    if (state.answer === 'error') return fail('internal', 'main is busy');
    return ok({ revision: state.revision });
  }) as Invoke;
  return { state, invoke };
}

let visibility: DocumentVisibilityState = 'visible';

function setVisibility(next: DocumentVisibilityState) {
  visibility = next;
  document.dispatchEvent(new Event('visibilitychange'));
}

beforeEach(() => {
  vi.useFakeTimers();
  visibility = 'visible';
  Object.defineProperty(document, 'visibilityState', {
    configurable: true,
    get: () => visibility,
  });
});

afterEach(() => {
  vi.useRealTimers();
  Reflect.deleteProperty(document, 'visibilityState');
});

describe('pollRevision', () => {
  it('asks at once and every pollMs, and calls onChange only when the number moved', async () => {
    const main = fakeMain();
    const onChange = vi.fn();
    const poll = pollRevision(main.invoke, 'group:revision', POLL_MS, onChange);
    await vi.advanceTimersByTimeAsync(0);
    expect(main.state.asks).toBe(1);
    await vi.advanceTimersByTimeAsync(POLL_MS * 2);
    expect(main.state.asks).toBe(3);
    expect(onChange).not.toHaveBeenCalled();
    main.state.revision = 1;
    await vi.advanceTimersByTimeAsync(POLL_MS);
    expect(onChange).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(POLL_MS);
    expect(onChange).toHaveBeenCalledTimes(1);
    poll.stop();
  });

  it('asks again when the window regains focus or becomes visible, and not while hidden', async () => {
    const main = fakeMain();
    const onChange = vi.fn();
    const poll = pollRevision(main.invoke, 'group:revision', POLL_MS, onChange);
    await vi.advanceTimersByTimeAsync(0);
    main.state.revision = 1;
    window.dispatchEvent(new Event('focus'));
    await vi.advanceTimersByTimeAsync(0);
    expect(main.state.asks).toBe(2);
    expect(onChange).toHaveBeenCalledTimes(1);

    setVisibility('hidden');
    await vi.advanceTimersByTimeAsync(POLL_MS * 3);
    expect(main.state.asks).toBe(2);

    main.state.revision = 2;
    setVisibility('visible');
    await vi.advanceTimersByTimeAsync(0);
    expect(main.state.asks).toBe(3);
    expect(onChange).toHaveBeenCalledTimes(2);
    poll.stop();
  });

  it('check() asks at once, e.g. right after a refresh that may have moved the number', async () => {
    const main = fakeMain();
    const onChange = vi.fn();
    const poll = pollRevision(main.invoke, 'group:revision', 60_000, onChange);
    await vi.advanceTimersByTimeAsync(0);
    main.state.revision = 5;
    await poll.check();
    expect(onChange).toHaveBeenCalledTimes(1);
    poll.stop();
  });

  it('keeps polling after failed asks, whether main answers an error or the call throws', async () => {
    const main = fakeMain();
    const onChange = vi.fn();
    const poll = pollRevision(main.invoke, 'group:revision', POLL_MS, onChange);
    await vi.advanceTimersByTimeAsync(0);
    main.state.answer = 'error';
    main.state.revision = 1;
    await vi.advanceTimersByTimeAsync(POLL_MS);
    main.state.answer = 'throw';
    await vi.advanceTimersByTimeAsync(POLL_MS);
    expect(main.state.asks).toBe(3);
    expect(onChange).not.toHaveBeenCalled();
    main.state.answer = 'ok';
    await vi.advanceTimersByTimeAsync(POLL_MS);
    expect(main.state.asks).toBe(4);
    expect(onChange).toHaveBeenCalledTimes(1);
    poll.stop();
  });

  it('stop() ends the timer and the focus and visibility listeners, and drops answers in flight', async () => {
    const main = fakeMain();
    const onChange = vi.fn();
    const poll = pollRevision(main.invoke, 'group:revision', POLL_MS, onChange);
    await vi.advanceTimersByTimeAsync(0);
    main.state.revision = 1;
    window.dispatchEvent(new Event('focus'));
    poll.stop();
    await vi.advanceTimersByTimeAsync(0);
    expect(onChange).not.toHaveBeenCalled();
    const asked = main.state.asks;
    window.dispatchEvent(new Event('focus'));
    setVisibility('visible');
    await vi.advanceTimersByTimeAsync(POLL_MS * 5);
    expect(main.state.asks).toBe(asked);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('drops an answer older than one already heard, so the number never moves back', async () => {
    const answers: Array<(revision: number) => void> = [];
    const invoke = ((_channel: string) =>
      new Promise((resolve) => answers.push((revision) => resolve(ok({ revision }))))) as Invoke;
    const onChange = vi.fn();
    const poll = pollRevision(invoke, 'group:revision', 60_000, onChange);
    answers.shift()!(1);
    await vi.advanceTimersByTimeAsync(0);
    const slow = poll.check();
    const fast = poll.check();
    const [answerSlow, answerFast] = answers;
    answerFast!(2);
    await fast;
    answerSlow!(1);
    await slow;
    expect(onChange).toHaveBeenCalledTimes(1);
    poll.stop();
  });
});
