import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../../main/library/import/decodeText';

const ENCODINGS = path.resolve(import.meta.dirname, '../../../fixtures/encodings');
const fixture = (name: string) => new Uint8Array(readFileSync(path.join(ENCODINGS, name)));
const fixtureText = (encoding: string) =>
  readFileSync(path.join(ENCODINGS, `${encoding}.utf8.txt`), 'utf8');
const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...values: number[]) => Uint8Array.from(values);

function iconvToGb18030(text: string): Uint8Array | null {
  try {
    return new Uint8Array(execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GB18030'], { input: text }));
  } catch {
    return null;
  }
}

describe('decodeText', () => {
  it('reads UTF-8 Chinese text as it is', () => {
    expect(decodeText(utf8('中文阅读，粤港澳大湾区。\n'))).toEqual({
      ok: true,
      text: '中文阅读，粤港澳大湾区。\n',
      encoding: 'utf-8',
    });
  });

  it('strips a UTF-8 byte-order mark', () => {
    const result = decodeText(bytes(0xef, 0xbb, 0xbf, ...utf8('春天')));
    expect(result).toEqual({ ok: true, text: '春天', encoding: 'utf-8' });
  });

  it('reads GB18030 (GBK) bytes written by hand: 中文 is D6 D0 CE C4', () => {
    expect(decodeText(bytes(0xd6, 0xd0, 0xce, 0xc4, 0x0a))).toEqual({
      ok: true,
      text: '中文\n',
      encoding: 'gb18030',
    });
  });

  it('reads a GB18030 file made by iconv, including a four-byte character', () => {
    const text = '冬至吃饺子，𠀀字也在。ABC 123\n';
    const encoded = iconvToGb18030(text);
    if (encoded === null) return; // iconv is Debian's; the hand-written bytes above still run
    expect(encoded).not.toEqual(utf8(text));
    expect(decodeText(encoded)).toEqual({ ok: true, text, encoding: 'gb18030' });
  });

  it('reads UTF-16 little- and big-endian files that start with a byte-order mark', () => {
    expect(decodeText(bytes(0xff, 0xfe, 0x2d, 0x4e, 0x87, 0x65))).toEqual({
      ok: true,
      text: '中文',
      encoding: 'utf-16le',
    });
    expect(decodeText(bytes(0xfe, 0xff, 0x4e, 0x2d, 0x65, 0x87))).toEqual({
      ok: true,
      text: '中文',
      encoding: 'utf-16be',
    });
  });

  it('refuses an empty file and a file of only whitespace', () => {
    expect(decodeText(new Uint8Array())).toEqual({ ok: false, reason: 'the file is empty' });
    expect(decodeText(utf8(' \n\u3000\r\n'))).toEqual({
      ok: false,
      reason: 'the file holds no text',
    });
    expect(decodeText(bytes(0xef, 0xbb, 0xbf))).toEqual({
      ok: false,
      reason: 'the file holds no text',
    });
  });

  it('refuses binary data: NUL bytes, or control characters text never holds', () => {
    const png = bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d);
    expect(decodeText(png)).toEqual({
      ok: false,
      reason: 'not a text file: it contains binary data (NUL bytes)',
    });
    expect(decodeText(utf8('标题\u001b[31m红色'))).toEqual({
      ok: false,
      reason: 'not a text file: it contains the control character U+001B, which text files do not',
    });
  });

  it('keeps tabs, form feeds and CRLF, and drops a DOS end-of-file mark', () => {
    expect(decodeText(utf8('第一段\t内容\r\n\f第二段\u001a'))).toEqual({
      ok: true,
      text: '第一段\t内容\r\n\f第二段',
      encoding: 'utf-8',
    });
  });

  it.each(['big5', 'gb18030', 'shift_jis', 'euc-jp', 'euc-kr', 'utf-16le', 'utf-16be', 'utf-8'])(
    'reads the real %s file (made by iconv) as exactly its text',
    (encoding) => {
      const encoded = fixture(`${encoding}.txt`);
      const text = fixtureText(encoding);
      if (encoding !== 'utf-8') expect(Buffer.from(encoded).equals(Buffer.from(text))).toBe(false);
      expect(decodeText(encoded)).toEqual({ ok: true, text, encoding });
    },
  );

  it('reads Big5 as Traditional Chinese, never as the GB18030 mojibake it also decodes to', () => {
    const encoded = fixture('big5.txt');
    const mojibake = new TextDecoder('gb18030').decode(encoded);
    const result = decodeText(encoded);
    expect(result.ok && result.text).toContain('香港的維多利亞港夜景非常美麗');
    expect(result.ok && result.text).not.toBe(mojibake);
  });

  it('refuses bytes whose encoding it cannot recognise with confidence, saying what to do', () => {
    for (const unknown of [
      bytes(0x61, 0xff, 0xff, 0x62),
      Uint8Array.from(Buffer.from('Le café est une boisson très populaire.', 'latin1')),
    ]) {
      const result = decodeText(unknown);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.reason).toMatch(
        /^not a text file: .*; save it as UTF-8 and import it again$/u,
      );
    }
  });

  it('refuses a legacy-encoded file whose bytes break off in the middle', () => {
    const encoded = fixture('big5.txt');
    const broken = Uint8Array.from([...encoded, 0xa4]);
    expect(decodeText(broken)).toEqual({
      ok: false,
      reason: 'not a text file: it looks like Big5 but its bytes are not valid Big5 throughout',
    });
  });

  it('does not guess when a byte-order mark promises UTF-8 the bytes do not keep', () => {
    expect(decodeText(bytes(0xef, 0xbb, 0xbf, 0xd6, 0xd0))).toEqual({
      ok: false,
      reason: 'not a text file: it starts with a UTF-8 byte-order mark but is not valid UTF-8',
    });
  });
});
