import { act, render, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Invoke } from '../../../shared/ipc/contract';
import { ApiProvider } from '../../../renderer/api/ApiContext';
import { useArticleReadings } from '../../../renderer/aids/useArticleReadings';

function Probe({ wanted }: { wanted: boolean }) {
  const { readings } = useArticleReadings('harbour', wanted);
  return <p data-testid="readings">{readings ? readings.size : 'none'}</p>;
}

function mount(ui: ReactNode) {
  const asked: string[] = [];
  const invoke = (async (channel: string) => {
    asked.push(channel);
    return { ok: true, value: [{ offset: 0, pinyin: 'xué' }] };
  }) as unknown as Invoke;
  const view = render(<ApiProvider invoke={invoke}>{ui}</ApiProvider>);
  const rerender = (next: ReactNode) =>
    view.rerender(<ApiProvider invoke={invoke}>{next}</ApiProvider>);
  return { asked, view, rerender };
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe("the article's pinyin", () => {
  it('is asked for at once when the reader shows ruby', async () => {
    const { asked, view } = mount(<Probe wanted />);
    expect(asked).toEqual(['dictionary:articlePinyin']);
    await waitFor(() => expect(view.getByTestId('readings').textContent).toBe('1'));
  });

  it('waits until after the opening, then for an idle moment, when ruby is off', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const idle: Array<() => void> = [];
    vi.stubGlobal('requestIdleCallback', (step: () => void) => idle.push(step));
    vi.stubGlobal('cancelIdleCallback', () => {});
    const { asked, view, rerender } = mount(<Probe wanted={false} />);
    act(() => vi.advanceTimersByTime(500));
    expect(idle).toEqual([]);
    act(() => vi.advanceTimersByTime(600));
    expect(asked).toEqual([]);
    act(() => idle.forEach((step) => step()));
    expect(asked).toEqual(['dictionary:articlePinyin']);
    vi.useRealTimers();
    // Kept for later, though not shown while ruby is off.
    rerender(<Probe wanted />);
    await waitFor(() => expect(view.getByTestId('readings').textContent).toBe('1'));
  });
});
