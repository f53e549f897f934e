import { describe, expect, it, vi } from 'vitest';
import { CHANNELS, type Channel } from '../../shared/ipc/contract';
import { createBridge } from '../../preload/bridge';

function setUp(reply: (channel: string, args: unknown) => Promise<unknown>) {
  const invoke = vi.fn(reply);
  return { bridge: createBridge({ invoke }), invoke };
}

describe('createBridge', () => {
  it('forwards every contract channel to ipcRenderer.invoke with its arguments', async () => {
    const { bridge, invoke } = setUp(async (channel, args) => ({
      ok: true,
      value: { channel, args },
    }));
    for (const channel of CHANNELS) {
      const args = { articleId: '粤港澳' } as never;
      await expect(bridge.invoke(channel, args)).resolves.toEqual({
        ok: true,
        value: { channel, args },
      });
      expect(invoke).toHaveBeenLastCalledWith(channel, args);
    }
    expect(invoke).toHaveBeenCalledTimes(CHANNELS.length);
  });

  it('answers forbidden for channels outside the contract without touching IPC', async () => {
    const { bridge, invoke } = setUp(async () => ({ ok: true, value: null }));
    for (const channel of ['fs:read', 'ELECTRON_BROWSER_REQUIRE', '__proto__', 'toString', '']) {
      const result = await bridge.invoke(channel as Channel, {} as never);
      expect(result, channel).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    const notAString = await bridge.invoke(42 as unknown as Channel, {} as never);
    expect(notAString).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    expect(invoke).not.toHaveBeenCalled();
  });

  it('turns a rejected IPC call into an internal error result instead of throwing', async () => {
    const { bridge } = setUp(() =>
      Promise.reject(new Error("No handler registered for 'app:info'")),
    );
    await expect(bridge.invoke('app:info', {})).resolves.toEqual({
      ok: false,
      error: { code: 'internal', message: "No handler registered for 'app:info'" },
    });
  });

  it('exposes only invoke', () => {
    const { bridge } = setUp(async () => null);
    expect(Object.keys(bridge)).toEqual(['invoke']);
  });
});
