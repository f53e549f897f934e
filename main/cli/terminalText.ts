import { revealControls } from '../../shared/text/revealControls';

/**
 * Makes user or file-provided text (titles, notes, file names, ids echoed in errors) safe to print
 * on a terminal: every control character, line break and bidirectional override is shown visibly
 * (ESC as ␛, U+202E as ⟨U+202E⟩), so printed text cannot move the cursor, recolour the terminal,
 * ring the bell or reverse what follows. Every human-readable CLI printer passes values through it.
 */
export const terminalText = (text: string): string => revealControls(text);

/** Multi-line user text (a note): each line made safe, continuation lines indented by `indent`. */
export const terminalLines = (text: string, indent: string): string =>
  text.replace(/\r\n?/g, '\n').split('\n').map(terminalText).join(`\n${indent}`);

// JSON.stringify escapes C0 controls itself; these it leaves raw inside strings.
const RAW_IN_JSON = /[\u007f-\u009f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

/**
 * JSON for `--json` that is also safe to view on a terminal: DEL, C1 controls, bidirectional
 * formatting and line separators are written as \u escapes, which parse back to the same strings.
 */
export function terminalJson(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(
    RAW_IN_JSON,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
