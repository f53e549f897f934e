import { act, render, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiProvider } from '../../../renderer/api/ApiContext';
import type { Invoke } from '../../../shared/ipc/contract';
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

afterEach(() => vi.unstubAllGlobals());

describe("the article's pinyin", () => {
  it('is asked for at once when the reader shows ruby', async () => {
    const { asked, view } = mount(<Probe wanted />);
    expect(asked).toEqual(['dictionary:articlePinyin']);
    await waitFor(() => expect(view.getByTestId('readings').textContent).toBe('1'));
  });

  it('waits for the page to be idle when ruby is off, so the opening is not slowed', async () => {
    const idle: Array<() => void> = [];
    vi.stubGlobal('requestIdleCallback', (step: () => void) => idle.push(step));
    vi.stubGlobal('cancelIdleCallback', () => {});
    const { asked, view, rerender } = mount(<Probe wanted={false} />);
    expect(asked).toEqual([]);
    act(() => idle.forEach((step) => step()));
    expect(asked).toEqual(['dictionary:articlePinyin']);
    // Kept for later, though not shown while ruby is off.
    rerender(<Probe wanted />);
    await waitFor(() => expect(view.getByTestId('readings').textContent).toBe('1'));
  });
});
