import { useId, type ReactNode } from 'react';

/**
 * A labelled note field with its buttons in a row below: the highlight popover's note (Save,
 * Delete) and a group reply being written or edited (Send; Save, Cancel) share it.
 */
export function NoteEditor({
  label,
  value,
  onChange,
  rows,
  id,
  autoFocus,
  rowClassName,
  children,
}: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  rows: number;
  /** The field's id, when the caller focuses it by id; otherwise one of its own. */
  id?: string;
  autoFocus?: boolean;
  rowClassName?: string;
  /** The buttons. */
  children: ReactNode;
}) {
  const ownId = useId();
  const fieldId = id ?? ownId;
  return (
    <>
      <label className="field-label" htmlFor={fieldId}>
        {label}
      </label>
      <textarea
        id={fieldId}
        className="note-input"
        rows={rows}
        value={value}
        autoFocus={autoFocus}
        onChange={(event) => onChange(event.target.value)}
      />
      <div className={rowClassName}>{children}</div>
    </>
  );
}
