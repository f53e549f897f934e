/**
 * The one set of size limits every front door enforces (the payload schemas, `yuedu serve`'s
 * request bodies, the importer, the CLI, the renderer's batching and messages) and the README
 * documents. Everything else is derived from the few numbers at the top, so they cannot drift.
 */

/** One megabyte as the messages count it (MiB, shown as "MB" like every file manager does). */
export const MB = 1024 * 1024;

/** The largest file that can be imported as an article. */
export const IMPORT_FILE_MAX_BYTES = 50 * MB;
/** The largest backup file that can be restored. */
export const BACKUP_FILE_MAX_BYTES = 200 * MB;

/** The largest study-group member file or pack Yuedu reads; bigger ones are skipped with a reason. */
export const GROUP_FILE_MAX_BYTES = 50 * MB;
/** The most annotations (replies and tombstones each counted apart) one member file or pack may hold. */
export const GROUP_FILE_MAX_ITEMS = 100_000;

/** How many files one `library:import` request may carry. */
export const IMPORT_REQUEST_MAX_FILES = 1_000;
/** The longest file name (with its folder path) an import reports. */
export const FILE_NAME_MAX_CHARS = 1_000;
/** The renderer sends imports in batches of at most this many files and bytes (one larger file goes alone). */
export const IMPORT_BATCH_MAX_FILES = 10;
export const IMPORT_BATCH_MAX_BYTES = 8 * MB;

export const ID_MAX_CHARS = 200;
export const QUERY_MAX_CHARS = 10_000;
export const NOTE_MAX_CHARS = 20_000;
/** Offsets into an article's text; an article comes from at most one imported file. */
export const OFFSET_MAX = IMPORT_FILE_MAX_BYTES;
/** How many results one search may ask for. */
export const SEARCH_LIMIT_MAX = 100;

/** How deeply a request's JSON may nest; real payloads nest five levels at most. */
export const JSON_MAX_DEPTH = 32;

/** Length of the base64 text for `bytes` bytes (4 characters per 3 bytes, padded). */
export const base64Length = (bytes: number): number => 4 * Math.ceil(bytes / 3);

// Inside a JSON string one character takes at most 6 bytes (`\u001f`); a file name is short.
const JSON_CHAR_MAX_BYTES = 6;
const JSON_FRAME_BYTES = 64 * 1024;

/**
 * The largest HTTP request body `yuedu serve` reads for each kind of request, derived from the
 * limits above: one maximal imported file (base64) plus a batch's names; a maximal backup, whose
 * quotes and backslashes double when it travels as a JSON string; an annotation quoting a whole
 * article; and small requests (searches, notes, settings) for everything else.
 */
export const REQUEST_BODY_MAX_BYTES = {
  import:
    base64Length(IMPORT_FILE_MAX_BYTES) +
    IMPORT_BATCH_MAX_FILES * FILE_NAME_MAX_CHARS * JSON_CHAR_MAX_BYTES +
    JSON_FRAME_BYTES,
  restore: 2 * BACKUP_FILE_MAX_BYTES + JSON_FRAME_BYTES,
  annotation: 2 * IMPORT_FILE_MAX_BYTES + JSON_FRAME_BYTES,
  other: 1 * MB,
} as const;

/** Says a byte count the way the limits are documented, e.g. "50 MB". */
export function formatMegabytes(bytes: number): string {
  const megabytes = bytes / MB;
  return `${Number.isInteger(megabytes) ? megabytes : megabytes.toFixed(1)} MB`;
}

/**
 * Bytes `text` takes as UTF-8, without Node's Buffer or the DOM's TextEncoder (shared code has
 * neither); a lone surrogate counts as the 3 bytes of U+FFFD it would be written as.
 */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff && isLowSurrogate(text.charCodeAt(i + 1))) {
      bytes += 4;
      i += 1;
    } else bytes += 3;
  }
  return bytes;
}

const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;

/** Whether `text` fits in `maxBytes` as UTF-8, deciding from its length alone when it can. */
export function fitsUtf8Bytes(text: string, maxBytes: number): boolean {
  if (text.length > maxBytes) return false;
  if (text.length * 3 <= maxBytes) return true;
  return utf8Length(text) <= maxBytes;
}
