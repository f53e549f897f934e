import { detectAll } from 'jschardet';

/** The pre-Unicode East Asian encodings Yuedu reads, by their WHATWG `TextDecoder` labels. */
export type LegacyEncoding = 'gb18030' | 'big5' | 'shift_jis' | 'euc-jp' | 'euc-kr';

/** What the detector concluded: an encoding it is sure enough of, or why the file is refused. */
export type LegacyDetection =
  { ok: true; encoding: LegacyEncoding } | { ok: false; reason: string };

// The detector reads at most this much; its verdict does not improve on more, and it stays fast.
const SAMPLE_BYTES = 256 * 1024;
// jschardet 4 scores short but correct CJK samples low (0.05–0.3 for a few words), so the floor is
// low and the real guard is the margin over the best candidate of another encoding.
const MIN_CONFIDENCE = 0.05;
const MIN_MARGIN = 1.5;

// jschardet's names (chardet 7's spelling, compared lower-case) → the decoder Yuedu uses. Supersets
// map to the WHATWG decoder that covers them: GB2312/GBK → gb18030, Big5-HKSCS/CP950 → big5
// (WHATWG big5 is HKSCS), CP932 → shift_jis (WHATWG shift_jis is Windows-31J), CP949 → euc-kr.
const DECODERS: Record<string, LegacyEncoding> = {
  gb18030: 'gb18030',
  gb2312: 'gb18030',
  gbk: 'gb18030',
  big5: 'big5',
  big5hkscs: 'big5',
  'big5-hkscs': 'big5',
  cp950: 'big5',
  shift_jis: 'shift_jis',
  shift_jis_2004: 'shift_jis',
  cp932: 'shift_jis',
  'euc-jp': 'euc-jp',
  'euc-jis-2004': 'euc-jp',
  'euc-kr': 'euc-kr',
  cp949: 'euc-kr',
};

/** What a reader would call the encoding in a message. */
export const ENCODING_NAMES: Record<LegacyEncoding, string> = {
  gb18030: 'GB18030 (GBK)',
  big5: 'Big5',
  shift_jis: 'Shift-JIS',
  'euc-jp': 'EUC-JP',
  'euc-kr': 'EUC-KR',
};

/**
 * Names the legacy encoding of bytes that are not UTF-8, with a maintained statistical detector
 * (jschardet 4, a port of Python's chardet 7). GB18030 accepts almost any byte pair, so "it
 * decodes" proves nothing: Big5, Shift-JIS and EUC-KR files must be recognised as such, and a file
 * the detector cannot place with confidence is refused rather than guessed.
 */
export function detectLegacyEncoding(bytes: Uint8Array): LegacyDetection {
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const results = detectAll(sample, { minimumThreshold: 0 });
  const best = results[0];
  const encoding = best?.encoding ? DECODERS[best.encoding.toLowerCase()] : undefined;
  if (best === undefined || encoding === undefined) {
    return unknown(
      'its encoding is not one Yuedu reads (UTF-8, UTF-16, GB18030, Big5, Shift-JIS, EUC-JP, EUC-KR)',
    );
  }
  const rival = results.find(
    (result) => result.encoding && DECODERS[result.encoding.toLowerCase()] !== encoding,
  );
  if (
    best.confidence < MIN_CONFIDENCE ||
    (rival && rival.confidence * MIN_MARGIN > best.confidence)
  ) {
    return unknown(
      `Yuedu cannot tell its encoding with confidence (perhaps ${ENCODING_NAMES[encoding]})`,
    );
  }
  return { ok: true, encoding };
}

function unknown(why: string): LegacyDetection {
  return { ok: false, reason: `${why}; save it as UTF-8 and import it again` };
}
