import { createRef } from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { FloatingDialog } from '../../../renderer/reader/FloatingDialog';

const ANCHOR = { top: 10, bottom: 30, left: 40, right: 80 };

function open(initialFocus: string) {
  const onClose = vi.fn();
  const onOuterKey = vi.fn();
  render(
    <div onKeyDown={onOuterKey}>
      <FloatingDialog
        title="Anna’s highlight"
        className="member-popover"
        containerRef={createRef<HTMLElement>()}
        anchor={ANCHOR}
        initialFocus={initialFocus}
        onClose={onClose}
      >
        <input aria-label="Reply" />
      </FloatingDialog>
    </div>,
  );
  return { onClose, onOuterKey, dialog: screen.getByRole('dialog', { name: 'Anna’s highlight' }) };
}

describe('FloatingDialog', () => {
  it('is a dialog named by its title, with the popover classes and a Close button', () => {
    const { dialog, onClose } = open('button');
    expect(dialog.className).toBe('floating highlight-popover member-popover');
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('starts focus on the first control matching initialFocus', () => {
    open('input');
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Reply' }));
  });

  it('closes on Escape without letting the key reach the reader behind it', () => {
    const { dialog, onClose, onOuterKey } = open('button');
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'Reply' }), { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(onOuterKey).not.toHaveBeenCalled();
    fireEvent.keyDown(dialog, { key: 'a' });
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(onOuterKey).toHaveBeenCalledTimes(1);
  });
});
