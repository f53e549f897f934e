/**
 * Control characters in user or file-provided text (notes, titles, file names) are made visible
 * wherever that text leaves Yuedu for a terminal or a Markdown file, or is shown as a name in the
 * UI, so an ESC cannot drive a terminal, a BEL cannot ring, and a right-to-left override cannot
 * reverse what follows it.
 */

// C0, DEL, C1, and the bidirectional embeddings, overrides and isolates that reorder text.
// eslint-disable-next-line no-control-regex -- matching control characters is this module's job
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

export interface RevealOptions {
  /** Control characters to leave as they are, such as "\n\t" for multi-line text. */
  keep?: string;
  /**
   * How C0 controls and DEL are shown: by their Control Pictures (ESC → ␛, the default, short and
   * familiar in terminals and text files), or by code point like the others (`⟨U+001B⟩`), for the
   * UI, whose bundled fonts have no Control Pictures.
   */
  c0As?: 'pictures' | 'codes';
}

const codePoint = (code: number) => `⟨U+${code.toString(16).toUpperCase().padStart(4, '0')}⟩`;

/**
 * Replaces each control character by a visible stand-in: C0 controls and DEL by their Control
 * Pictures (ESC → ␛, BEL → ␇, NUL → ␀) or code points, C1 controls and bidirectional formatting
 * characters by their code point, `⟨U+202E⟩`. Chinese text, emoji and every other character are
 * left exactly as they are.
 */
export function revealControls(text: string, options: RevealOptions = {}): string {
  const { keep = '', c0As = 'pictures' } = options;
  return text.replace(CONTROLS, (c) => {
    if (keep.includes(c)) return c;
    const code = c.charCodeAt(0);
    if (c0As === 'pictures' && code < 0x20) return String.fromCharCode(0x2400 + code);
    if (c0As === 'pictures' && code === 0x7f) return '\u2421';
    return codePoint(code);
  });
}
