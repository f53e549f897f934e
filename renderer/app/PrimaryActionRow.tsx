/** A panel's one main button, shown busy and disabled while its work runs (the pack panels). */
export function PrimaryActionRow({
  label,
  busy,
  onAction,
}: {
  label: string;
  busy: boolean;
  onAction: () => void;
}) {
  return (
    <div className="choice-row">
      <button
        type="button"
        className="button primary"
        aria-busy={busy}
        disabled={busy}
        onClick={onAction}
      >
        {label}
      </button>
    </div>
  );
}
