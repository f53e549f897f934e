import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DialogPanel } from '../../../renderer/app/DialogPanel';

function open(initialFocus?: string) {
  const onClose = vi.fn();
  const onOuterKey = vi.fn();
  render(
    <div onKeyDown={onOuterKey}>
      <DialogPanel
        heading="Import annotations"
        closeLabel="Close"
        className="foreign-import-panel"
        onClose={onClose}
        {...(initialFocus ? { initialFocus } : {})}
      >
        <input aria-label="File" />
      </DialogPanel>
    </div>,
  );
  return {
    onClose,
    onOuterKey,
    dialog: screen.getByRole('dialog', { name: 'Import annotations' }),
  };
}

describe('DialogPanel', () => {
  it('is a side panel named by its heading, focusing its Close button unless told otherwise', () => {
    const { dialog, onClose } = open();
    expect(dialog.className).toBe('settings-panel foreign-import-panel');
    const close = screen.getByRole('button', { name: 'Close' });
    expect(document.activeElement).toBe(close);
    fireEvent.click(close);
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('starts focus where initialFocus says', () => {
    open('input');
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'File' }));
  });

  it('closes on Escape without letting the key reach what is behind it', () => {
    const { onClose, onOuterKey } = open('input');
    fireEvent.keyDown(screen.getByRole('textbox', { name: 'File' }), { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(onOuterKey).not.toHaveBeenCalled();
  });
});
