import { readFile } from 'node:fs/promises';
import { afterEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, FONT_SIZE_RANGE } from '../../../shared/model/settings';
import type { Settings } from '../../../shared/model/settings';
import { updateSettings } from '../../../main/store/settings';
import { openStore } from '../../../main/store/store';
import { makeTempDir, removeTempDirs } from './helpers';

afterEach(removeTempDirs);

describe('updateSettings', () => {
  it('merges a partial change, saves it and returns the full settings', async () => {
    const store = await openStore(await makeTempDir());
    const result = await updateSettings(store, { fontSize: 28, theme: 'dark' });
    expect(result).toEqual({
      ...DEFAULT_SETTINGS,
      fontSize: 28,
      theme: 'dark',
      language: 'system',
    });
    expect(JSON.parse(await readFile(store.path, 'utf8')).settings).toEqual(result);
  });

  it('accepts both ends of the font size range', async () => {
    const store = await openStore(await makeTempDir());
    await updateSettings(store, { fontSize: FONT_SIZE_RANGE.min });
    expect((await updateSettings(store, { fontSize: FONT_SIZE_RANGE.max })).fontSize).toBe(32);
  });

  it('ignores keys whose value is undefined', async () => {
    const store = await openStore(await makeTempDir());
    expect(await updateSettings(store, { theme: undefined, language: 'zh' })).toEqual({
      ...DEFAULT_SETTINGS,
      fontSize: 20,
      theme: 'light',
      language: 'zh',
    });
  });

  it.each([
    [
      'a font size above the range',
      { fontSize: 33 },
      /Font size must be a whole number from 14 to 32/,
    ],
    ['a font size below the range', { fontSize: 8 }, /Font size/],
    ['a fractional font size', { fontSize: 20.5 }, /Font size/],
    ['an unknown theme', { theme: 'neon' }, /theme/],
    ['an unknown language', { language: 'fr' }, /language/],
    ['an unknown key', { lineHeight: 2 }, /lineHeight/],
    ['an empty notes filter', { notesFilter: '' }, /notesFilter/],
    ['a hidden member that is not an id', { hiddenMembers: [42] }, /hiddenMembers/],
  ])('rejects %s and changes nothing', async (_, patch, message) => {
    const store = await openStore(await makeTempDir());
    const before = await readFile(store.path);
    await expect(updateSettings(store, patch as Partial<Settings>)).rejects.toMatchObject({
      code: 'invalid-payload',
      message: expect.stringMatching(message),
    });
    expect(store.read().settings).toEqual({
      ...DEFAULT_SETTINGS,
      fontSize: 20,
      theme: 'light',
      language: 'system',
    });
    expect(await readFile(store.path)).toEqual(before);
  });

  it('saves the notes filter and the hidden study-group members, which default to everyone and none', async () => {
    const store = await openStore(await makeTempDir());
    expect(store.read().settings).toMatchObject({ notesFilter: 'all', hiddenMembers: [] });
    const saved = await updateSettings(store, {
      notesFilter: 'member-b',
      hiddenMembers: ['member-c'],
    });
    expect(saved).toMatchObject({ notesFilter: 'member-b', hiddenMembers: ['member-c'] });
    expect(JSON.parse(await readFile(store.path, 'utf8')).settings).toMatchObject(saved);
  });

  it('keeps the reading aids when another setting changes', async () => {
    const store = await openStore(await makeTempDir());
    await updateSettings(store, { pinyin: 'above-level', toneColours: 'pinyin', level: 2000 });
    expect(await updateSettings(store, { fontSize: 24 })).toMatchObject({
      pinyin: 'above-level',
      toneColours: 'pinyin',
      level: 2000,
    });
  });
});
