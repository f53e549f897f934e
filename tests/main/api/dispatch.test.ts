import { describe, expect, it, vi } from 'vitest';
import { CHANNELS } from '../../../shared/ipc/contract';
import { createDispatcher } from '../../../main/api/dispatch';
import { AppFailure } from '../../../main/appFailure';
import type { Handlers } from '../../../main/api/handlers';

function fakeHandlers(): Handlers {
  const handlers = Object.fromEntries(CHANNELS.map((c) => [c, vi.fn(async () => `ran ${c}`)]));
  return handlers as unknown as Handlers;
}

describe('createDispatcher', () => {
  it('runs the handler with the validated arguments and wraps the value', async () => {
    const handlers = fakeHandlers();
    const dispatch = createDispatcher(handlers);
    const result = await dispatch('annotations:create', {
      articleId: 'a',
      start: 1,
      end: 4,
      color: 'pink',
    });
    expect(result).toEqual({ ok: true, value: 'ran annotations:create' });
    expect(handlers['annotations:create']).toHaveBeenCalledWith({
      articleId: 'a',
      start: 1,
      end: 4,
      color: 'pink',
    });
  });

  it('refuses unknown channels without running anything', async () => {
    const handlers = fakeHandlers();
    const result = await createDispatcher(handlers)('fs:delete', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-payload' } });
    for (const c of CHANNELS) expect(handlers[c]).not.toHaveBeenCalled();
  });

  const badPayloads: Array<[string, unknown]> = [
    ['library:get', { id: 42 }],
    ['library:get', {}],
    ['library:get', 'a string'],
    ['library:get', { id: 'x'.repeat(10_000) }],
    ['search:query', { query: 'x'.repeat(10_001) }],
    ['search:query', { query: 'ok', limit: -1 }],
    ['annotations:create', { articleId: 'a', start: -1, end: 3, color: 'yellow' }],
    ['annotations:create', { articleId: 'a', start: 5, end: 3, color: 'yellow' }],
    ['annotations:create', { articleId: 'a', start: 1.5, end: 3, color: 'yellow' }],
    ['annotations:create', { articleId: 'a', start: 1, end: 3, color: 'red' }],
    [
      'annotations:create',
      JSON.parse('{"articleId":"a","start":1,"end":3,"color":"yellow","__proto__":{"x":1}}'),
    ],
    ['annotations:update', { id: 'x' }],
    ['annotations:update', { id: 'x', note: 'n'.repeat(20_001) }],
    ['settings:update', { fontSize: 500 }],
    ['settings:update', { theme: 'neon' }],
    ['reading:set', { articleId: 'a', offset: 0, progress: 2 }],
    ['app:info', { extra: true }],
  ];

  it.each(badPayloads)(
    'refuses a malformed %s payload with a typed error and runs nothing',
    async (channel, payload) => {
      const handlers = fakeHandlers();
      const result = await createDispatcher(handlers)(channel, payload);
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.code).toBe('invalid-payload');
        expect(result.error.message).toContain(channel);
      }
      for (const c of CHANNELS) expect(handlers[c]).not.toHaveBeenCalled();
    },
  );

  it('turns an AppFailure into an error value with its code and message', async () => {
    const handlers = fakeHandlers();
    handlers['library:get'] = async () => {
      throw new AppFailure('not-found', 'No article with id "zz".');
    };
    expect(await createDispatcher(handlers)('library:get', { id: 'zz' })).toEqual({
      ok: false,
      error: { code: 'not-found', message: 'No article with id "zz".' },
    });
  });

  it('hides unexpected exceptions behind a generic internal error and logs them', async () => {
    const handlers = fakeHandlers();
    handlers['library:list'] = async () => {
      throw new TypeError('boom');
    };
    const log = vi.fn();
    const result = await createDispatcher(handlers, log)('library:list', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(log).toHaveBeenCalledWith(expect.any(TypeError));
  });
});
