import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../shared/ipc/contract';
import type { Result } from '../../../shared/ipc/result';
import { registerIpcHandlers, type IpcHandlerRegistry } from '../../../main/electron/ipc';
import type { SenderEvent } from '../../../main/electron/senderTrust';

type Listener = Parameters<IpcHandlerRegistry['handle']>[1];

function setUp(trusted: boolean) {
  const listeners = new Map<string, Listener>();
  const ipcMain: IpcHandlerRegistry = {
    handle: (channel, listener) => {
      if (listeners.has(channel)) throw new Error(`second handler for ${channel}`);
      listeners.set(channel, listener);
    },
  };
  const dispatch = vi.fn(async (channel: unknown, payload: unknown): Promise<Result<unknown>> => ({
    ok: true,
    value: { channel, payload },
  }));
  const isTrustedSender = vi.fn(() => trusted);
  registerIpcHandlers(ipcMain, { dispatch }, isTrustedSender);
  return { listeners, dispatch, isTrustedSender };
}

const event = { sender: { mainFrame: { url: 'app://yuedu/' } }, senderFrame: null } as SenderEvent;

describe('registerIpcHandlers', () => {
  it('registers exactly one handler per contract channel', () => {
    const { listeners } = setUp(true);
    expect([...listeners.keys()].sort()).toEqual([...CHANNELS].sort());
  });

  it('passes a trusted call through to dispatch with its channel and payload', async () => {
    const { listeners, dispatch, isTrustedSender } = setUp(true);
    const result = await listeners.get('search:query')!(event, { query: '粤港澳大湾区' });
    expect(isTrustedSender).toHaveBeenCalledWith(event);
    expect(dispatch).toHaveBeenCalledWith('search:query', { query: '粤港澳大湾区' });
    expect(result).toEqual({
      ok: true,
      value: { channel: 'search:query', payload: { query: '粤港澳大湾区' } },
    });
  });

  it('answers an untrusted sender with forbidden on every channel without dispatching', async () => {
    const { listeners, dispatch } = setUp(false);
    for (const channel of CHANNELS) {
      const result = await listeners.get(channel)!(event, {});
      expect(result.ok, channel).toBe(false);
      if (!result.ok) expect(result.error.code).toBe('forbidden');
    }
    expect(dispatch).not.toHaveBeenCalled();
  });
});
