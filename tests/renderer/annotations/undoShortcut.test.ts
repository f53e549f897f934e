import { describe, expect, it } from 'vitest';
import { isTextField, undoShortcut } from '../../../renderer/annotations/undoShortcut';

const chord = (key: string, mods: Partial<Record<'ctrl' | 'meta' | 'shift' | 'alt', boolean>>) => ({
  key,
  ctrlKey: mods.ctrl ?? false,
  metaKey: mods.meta ?? false,
  shiftKey: mods.shift ?? false,
  altKey: mods.alt ?? false,
});

describe('undoShortcut', () => {
  it('reads Ctrl+Z, Shift+Ctrl+Z and Ctrl+Y on Windows and Linux', () => {
    expect(undoShortcut(chord('z', { ctrl: true }), false)).toBe('undo');
    expect(undoShortcut(chord('Z', { ctrl: true, shift: true }), false)).toBe('redo');
    expect(undoShortcut(chord('y', { ctrl: true }), false)).toBe('redo');
    expect(undoShortcut(chord('z', { meta: true }), false)).toBeNull();
  });

  it('reads Cmd+Z and Shift+Cmd+Z on macOS, where Ctrl+Y means nothing', () => {
    expect(undoShortcut(chord('z', { meta: true }), true)).toBe('undo');
    expect(undoShortcut(chord('z', { meta: true, shift: true }), true)).toBe('redo');
    expect(undoShortcut(chord('y', { ctrl: true }), true)).toBeNull();
    expect(undoShortcut(chord('z', { ctrl: true }), true)).toBeNull();
  });

  it('ignores plain letters and Alt chords', () => {
    expect(undoShortcut(chord('z', {}), false)).toBeNull();
    expect(undoShortcut(chord('z', { ctrl: true, alt: true }), false)).toBeNull();
    expect(undoShortcut(chord('x', { ctrl: true }), false)).toBeNull();
  });
});

describe('isTextField', () => {
  it('treats text inputs, textareas and editable content as text fields, buttons and ranges not', () => {
    const make = (html: string) => {
      const host = document.createElement('div');
      host.innerHTML = html;
      return host.firstElementChild;
    };
    expect(isTextField(make('<textarea></textarea>'))).toBe(true);
    expect(isTextField(make('<input type="text">'))).toBe(true);
    expect(isTextField(make('<input type="search">'))).toBe(true);
    expect(isTextField(make('<input type="range">'))).toBe(false);
    expect(isTextField(make('<button>Undo</button>'))).toBe(false);
    expect(isTextField(document.body)).toBe(false);
    expect(isTextField(null)).toBe(false);
  });
});
