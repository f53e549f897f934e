import { useCallback, useEffect, useState } from 'react';

/** Below this width the notes panel is a drawer over the article instead of a column beside it. */
export const NOTES_COLUMN_QUERY = '(min-width: 62.5rem)';

const matchesWide = () =>
  typeof window.matchMedia === 'function' ? window.matchMedia(NOTES_COLUMN_QUERY).matches : true;

/**
 * Whether the notes panel is open, and whether it is a drawer (narrow window) or a column. A wide
 * window starts with it open, a narrow one closed; crossing the width starts over from that.
 */
export function useNotesDrawer() {
  const [wide, setWide] = useState(matchesWide);
  const [open, setOpen] = useState(wide);

  useEffect(() => {
    if (typeof window.matchMedia !== 'function') return;
    const query = window.matchMedia(NOTES_COLUMN_QUERY);
    const onChange = () => {
      setWide(query.matches);
      setOpen(query.matches);
    };
    query.addEventListener('change', onChange);
    return () => query.removeEventListener('change', onChange);
  }, []);

  const toggle = useCallback(() => setOpen((current) => !current), []);
  const close = useCallback(() => setOpen(false), []);
  return { open, drawer: !wide, toggle, close };
}
