import { detectLegacyEncoding, ENCODING_NAMES, type LegacyEncoding } from './detectLegacyEncoding';

/** The text of an imported file, or why it could not be read as text. */
export type DecodedText =
  { ok: true; text: string; encoding: TextEncoding } | { ok: false; reason: string };

export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | LegacyEncoding;

// What text in each legacy encoding must contain to be believed: a "Shift-JIS" file without kana,
// or a "Big5" one without a single Chinese character, is a wrong guess that would import garbage.
const EXPECTED_SCRIPT: Record<LegacyEncoding, RegExp> = {
  gb18030: /\p{Script=Han}/u,
  big5: /\p{Script=Han}/u,
  shift_jis: /[\p{Script=Hiragana}\p{Script=Katakana}]/u,
  'euc-jp': /[\p{Script=Hiragana}\p{Script=Katakana}]/u,
  'euc-kr': /\p{Script=Hangul}/u,
};

// Tab, line feed, vertical tab, form feed and carriage return are layout; other C0 controls and
// DEL never occur in real text. SUB is the end-of-file mark old DOS editors appended.
const LAYOUT_CONTROLS = new Set([0x09, 0x0a, 0x0b, 0x0c, 0x0d]);
const DOS_EOF = 0x1a;

/**
 * Reads a file's bytes as text the way East Asian users' files come: UTF-8 (with or without BOM),
 * UTF-16 with a BOM, or a legacy encoding the detector recognises with confidence: GB18030 (which
 * covers GBK and GB2312), Big5 (Traditional Chinese, with HKSCS), Shift-JIS, EUC-JP or EUC-KR.
 * Anything else (binary data, an encoding not recognised, an empty file) is refused with a reason
 * a user can act on; nothing is ever decoded by guesswork.
 */
export function decodeText(bytes: Uint8Array): DecodedText {
  if (bytes.length === 0) return { ok: false, reason: 'the file is empty' };
  const withBom = decodeByBom(bytes);
  if (withBom !== undefined) return withBom;
  if (bytes.includes(0)) return notText('it contains binary data (NUL bytes)');
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== undefined) return checkText(utf8, 'utf-8');
  return decodeLegacy(bytes);
}

/** Bytes that are not UTF-8: decoded only in an encoding the detector names and the text confirms. */
function decodeLegacy(bytes: Uint8Array): DecodedText {
  const detected = detectLegacyEncoding(bytes);
  if (!detected.ok) return notText(detected.reason);
  const { encoding } = detected;
  const name = ENCODING_NAMES[encoding];
  const text = tryDecode(encoding, bytes);
  if (text === undefined) {
    return notText(`it looks like ${name} but its bytes are not valid ${name} throughout`);
  }
  if (!EXPECTED_SCRIPT[encoding].test(text)) {
    return notText(
      `Yuedu cannot tell its encoding with confidence (perhaps ${name}); save it as UTF-8 and import it again`,
    );
  }
  return checkText(text, encoding);
}

/** A byte-order mark settles the encoding; bytes that then fail to decode are not guessed at. */
function decodeByBom(bytes: Uint8Array): DecodedText | undefined {
  const [a, b, c] = bytes;
  const attempt = (encoding: TextEncoding, bomLength: number): DecodedText => {
    const text = tryDecode(encoding, bytes.subarray(bomLength));
    if (text === undefined) {
      return notText(
        `it starts with a ${encoding.toUpperCase()} byte-order mark but is not valid ${encoding.toUpperCase()}`,
      );
    }
    return checkText(text, encoding);
  };
  if (a === 0xef && b === 0xbb && c === 0xbf) return attempt('utf-8', 3);
  if (a === 0xff && b === 0xfe) return attempt('utf-16le', 2);
  if (a === 0xfe && b === 0xff) return attempt('utf-16be', 2);
  return undefined;
}

/** Strict decoding: undefined for invalid bytes, or when this runtime's ICU lacks the encoding. */
function tryDecode(encoding: TextEncoding, bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

function checkText(decoded: string, encoding: TextEncoding): DecodedText {
  let end = decoded.length;
  while (end > 0 && decoded.charCodeAt(end - 1) === DOS_EOF) end -= 1;
  const text = decoded.slice(0, end);
  const control = findForeignControl(text);
  if (control !== undefined) {
    const code = control.toString(16).toUpperCase().padStart(4, '0');
    return notText(`it contains the control character U+${code}, which text files do not`);
  }
  if (text.trim() === '') return { ok: false, reason: 'the file holds no text' };
  return { ok: true, text, encoding };
}

function findForeignControl(text: string): number | undefined {
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && !LAYOUT_CONTROLS.has(code)) || code === 0x7f) return code;
  }
  return undefined;
}

function notText(why: string): DecodedText {
  return { ok: false, reason: `not a text file: ${why}` };
}
