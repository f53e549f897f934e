import { describe, expect, it } from 'vitest';
import { hitKeyAction } from '../../../renderer/reader/hitKeys';

const key = (name: string, modifiers: Partial<KeyboardEvent> = {}) => ({
  key: name,
  shiftKey: false,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...modifiers,
});

const element = (html: string) => {
  const holder = document.createElement('div');
  holder.innerHTML = html;
  document.body.append(holder);
  return holder.querySelector('[data-target]')!;
};

describe('hitKeyAction', () => {
  it('maps Enter and F3 to next, with Shift to previous, and Escape to clear', () => {
    const body = document.body;
    expect(hitKeyAction(key('Enter'), body)).toBe('next');
    expect(hitKeyAction(key('F3'), body)).toBe('next');
    expect(hitKeyAction(key('Enter', { shiftKey: true }), body)).toBe('previous');
    expect(hitKeyAction(key('F3', { shiftKey: true }), body)).toBe('previous');
    expect(hitKeyAction(key('Escape'), body)).toBe('clear');
    expect(hitKeyAction(key('a'), body)).toBeNull();
  });

  it('leaves every key to text fields, and Enter to buttons, links and highlights', () => {
    for (const html of [
      '<input data-target>',
      '<textarea data-target></textarea>',
      '<div contenteditable="true"><b data-target>x</b></div>',
    ]) {
      const target = element(html);
      expect(hitKeyAction(key('Enter'), target)).toBeNull();
      expect(hitKeyAction(key('F3'), target)).toBeNull();
      expect(hitKeyAction(key('Escape'), target)).toBeNull();
    }
    for (const html of [
      '<button data-target>x</button>',
      '<a href="#/" data-target>x</a>',
      '<mark data-annotation-id="a" data-target>x</mark>',
    ]) {
      const target = element(html);
      expect(hitKeyAction(key('Enter'), target)).toBeNull();
      expect(hitKeyAction(key('F3'), target)).toBe('next');
    }
    expect(hitKeyAction(key('Enter'), element('<p tabindex="0" data-target>段落</p>'))).toBe(
      'next',
    );
  });

  it('ignores keys with Ctrl, Alt or Meta', () => {
    expect(hitKeyAction(key('Enter', { ctrlKey: true }), document.body)).toBeNull();
    expect(hitKeyAction(key('F3', { altKey: true }), document.body)).toBeNull();
    expect(hitKeyAction(key('Enter', { metaKey: true }), document.body)).toBeNull();
  });
});
