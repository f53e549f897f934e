/**
 * Control characters in user or file-provided text (notes, titles, file names) are made visible
 * wherever that text leaves Yuedu for a terminal or a Markdown file, so an ESC cannot drive a
 * terminal, a BEL cannot ring, and a right-to-left override cannot reverse what follows it.
 */

// C0, DEL, C1, and the bidirectional embeddings, overrides and isolates that reorder text.
// eslint-disable-next-line no-control-regex -- matching control characters is this module's job
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Replaces each control character by a visible stand-in, except those listed in `keep` (such as
 * "\n" for multi-line text): C0 controls and DEL by their Control Pictures (ESC → ␛, BEL → ␇,
 * NUL → ␀), C1 controls and bidirectional formatting characters by their code point, `⟨U+202E⟩`.
 * Chinese text, emoji and every other character are left exactly as they are.
 */
export function revealControls(text: string, keep = ''): string {
  return text.replace(CONTROLS, (c) => {
    if (keep.includes(c)) return c;
    const code = c.charCodeAt(0);
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return '\u2421';
    return `⟨U+${code.toString(16).toUpperCase().padStart(4, '0')}⟩`;
  });
}
