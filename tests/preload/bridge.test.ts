import { describe, expect, it, vi } from 'vitest';
import {
  CHANNELS,
  CHOOSE_GROUP_FOLDER_CHANNEL,
  GROUP_CHANGED_CHANNEL,
  LIBRARY_CHANGED_CHANNEL,
  MENU_COMMAND_CHANNEL,
  type Channel,
} from '../../shared/ipc/contract';
import { createBridge } from '../../preload/bridge';

type Listener = (event: unknown, payload: unknown) => void;

function setUp(reply: (channel: string, args: unknown) => Promise<unknown>) {
  const invoke = vi.fn(reply);
  const listeners = new Map<string, Set<Listener>>();
  const on = vi.fn((channel: string, listener: Listener) => {
    listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener));
  });
  const removeListener = vi.fn((channel: string, listener: Listener) => {
    listeners.get(channel)?.delete(listener);
  });
  const emit = (channel: string, event: unknown, payload: unknown) => {
    for (const listener of listeners.get(channel) ?? []) listener(event, payload);
  };
  return { bridge: createBridge({ invoke, on, removeListener }), invoke, on, emit, listeners };
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

  it('exposes only invoke, the three main → renderer subscriptions and the folder chooser', () => {
    const { bridge } = setUp(async () => null);
    expect(Object.keys(bridge)).toEqual([
      'invoke',
      'onLibraryChanged',
      'onMenuCommand',
      'onGroupChanged',
      'chooseGroupFolder',
    ]);
  });
});

describe('onLibraryChanged', () => {
  it('passes library:changed payloads to the callback without the IPC event', () => {
    const { bridge, emit } = setUp(async () => null);
    const callback = vi.fn();
    bridge.onLibraryChanged(callback);
    const sender = { send: vi.fn() };
    emit(LIBRARY_CHANGED_CHANNEL, { sender }, { kind: 'import-progress', done: 50, total: 120 });
    expect(callback).toHaveBeenCalledExactlyOnceWith({
      kind: 'import-progress',
      done: 50,
      total: 120,
    });
  });

  it('listens on library:changed only, and stops when unsubscribed', () => {
    const { bridge, on, emit, listeners } = setUp(async () => null);
    const callback = vi.fn();
    const unsubscribe = bridge.onLibraryChanged(callback);
    expect(on.mock.calls.map(([channel]) => channel)).toEqual(['library:changed']);
    emit('library:import', {}, { kind: 'imported' });
    expect(callback).not.toHaveBeenCalled();
    unsubscribe();
    emit(LIBRARY_CHANGED_CHANNEL, {}, { kind: 'imported', report: { added: [], skipped: [] } });
    expect(callback).not.toHaveBeenCalled();
    expect(listeners.get(LIBRARY_CHANGED_CHANNEL)?.size).toBe(0);
  });

  it('refuses something that is not a function instead of failing later in the preload', () => {
    const { bridge, on } = setUp(async () => null);
    expect(() => bridge.onLibraryChanged('alert(1)' as never)).toThrow(TypeError);
    expect(on).not.toHaveBeenCalled();
  });
});

describe('onMenuCommand', () => {
  it('passes menu:command payloads only, without the IPC event, until unsubscribed', () => {
    const { bridge, on, emit, listeners } = setUp(async () => null);
    const callback = vi.fn();
    const unsubscribe = bridge.onMenuCommand(callback);
    expect(on.mock.calls.map(([channel]) => channel)).toEqual([MENU_COMMAND_CHANNEL]);
    emit(LIBRARY_CHANGED_CHANNEL, {}, { kind: 'changed', revision: 1 });
    emit(MENU_COMMAND_CHANNEL, { sender: {} }, { kind: 'set-theme', theme: 'dark' });
    expect(callback).toHaveBeenCalledExactlyOnceWith({ kind: 'set-theme', theme: 'dark' });
    unsubscribe();
    emit(MENU_COMMAND_CHANNEL, {}, { kind: 'toggle-notes-panel' });
    expect(callback).toHaveBeenCalledTimes(1);
    expect(listeners.get(MENU_COMMAND_CHANNEL)?.size).toBe(0);
  });

  it('refuses something that is not a function', () => {
    const { bridge, on } = setUp(async () => null);
    expect(() => bridge.onMenuCommand(42 as never)).toThrow(TypeError);
    expect(on).not.toHaveBeenCalled();
  });

  it('hands group:changed events to the subscriber without the IPC event, until unsubscribed', () => {
    const { bridge, emit } = setUp(async () => null);
    const heard: unknown[] = [];
    const stop = bridge.onGroupChanged((event) => heard.push(event));
    emit(GROUP_CHANGED_CHANNEL, { sender: 'ipc' }, { revision: 3 });
    stop();
    emit(GROUP_CHANGED_CHANNEL, { sender: 'ipc' }, { revision: 4 });
    expect(heard).toEqual([{ revision: 3 }]);
  });

  it('asks main for the native group folder chooser and turns a failure into a value', async () => {
    const chosen = setUp(async () => ({ ok: true, value: '/media/usb/读书会' }));
    await expect(chosen.bridge.chooseGroupFolder()).resolves.toEqual({
      ok: true,
      value: '/media/usb/读书会',
    });
    expect(chosen.invoke).toHaveBeenCalledWith(CHOOSE_GROUP_FOLDER_CHANNEL);
    const broken = setUp(async () => {
      throw new Error('no handler');
    });
    await expect(broken.bridge.chooseGroupFolder()).resolves.toMatchObject({
      ok: false,
      error: { code: 'internal', message: 'no handler' },
    });
  });
});
