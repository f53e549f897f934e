import { describe, expect, it } from 'vitest';
import { PAYLOAD_SCHEMAS } from '../../main/api/payloadSchemas';
import { MAX_IMPORT_FILE_BYTES } from '../../main/library/import/importFromPaths';
import { bodyLimitFor } from '../../main/serve/requestLimits';
import {
  BACKUP_FILE_MAX_BYTES,
  base64Length,
  FILE_NAME_MAX_CHARS,
  fitsUtf8Bytes,
  formatMegabytes,
  IMPORT_BATCH_MAX_BYTES,
  IMPORT_BATCH_MAX_FILES,
  IMPORT_FILE_MAX_BYTES,
  utf8Length,
} from '../../shared/limits';
import { DEFAULT_BATCH_LIMITS } from '../../renderer/import/planBatches';

/**
 * The request body a batch of files becomes, with worst-case names (every character escaped):
 * the JSON of the batch with empty contents, plus the base64 of each file (which JSON never escapes).
 */
function importBodyBytes(fileBytes: number[]): number {
  const name = '\u0001'.repeat(FILE_NAME_MAX_CHARS);
  const frame = Buffer.byteLength(
    JSON.stringify({ files: fileBytes.map(() => ({ name, base64: '' })) }),
  );
  return fileBytes.reduce((total, bytes) => total + base64Length(bytes), frame);
}

describe('the shared limits', () => {
  it('are the numbers the README documents', () => {
    expect(formatMegabytes(IMPORT_FILE_MAX_BYTES)).toBe('50 MB');
    expect(formatMegabytes(BACKUP_FILE_MAX_BYTES)).toBe('200 MB');
  });

  it('are the importer’s and the renderer’s batching limits', () => {
    expect(MAX_IMPORT_FILE_BYTES).toBe(IMPORT_FILE_MAX_BYTES);
    expect(DEFAULT_BATCH_LIMITS).toEqual({
      maxFiles: IMPORT_BATCH_MAX_FILES,
      maxBytes: IMPORT_BATCH_MAX_BYTES,
    });
  });

  it('let every import request the renderer sends through yuedu serve’s body limit', () => {
    const limit = bodyLimitFor('library:import').maxBytes;
    // A full batch of small files, or one file as large as may be imported, alone.
    const perFile = Math.floor(IMPORT_BATCH_MAX_BYTES / IMPORT_BATCH_MAX_FILES);
    expect(importBodyBytes(Array(IMPORT_BATCH_MAX_FILES).fill(perFile))).toBeLessThanOrEqual(limit);
    expect(importBodyBytes([IMPORT_FILE_MAX_BYTES])).toBeLessThanOrEqual(limit);
  });

  it('let a backup of the largest size through yuedu serve, even when every character is escaped', () => {
    const limit = bodyLimitFor('backup:import').maxBytes;
    // Quotes and backslashes double when a backup travels as a JSON string.
    expect(2 * BACKUP_FILE_MAX_BYTES + '{"json":""}'.length).toBeLessThanOrEqual(limit);
  });

  it('are what the payload schemas enforce on every door', () => {
    const file = (base64: string) => ({ files: [{ name: 'a.txt', base64 }] });
    const largest = 'A'.repeat(base64Length(IMPORT_FILE_MAX_BYTES));
    expect(PAYLOAD_SCHEMAS['library:import'].safeParse(file(largest)).success).toBe(true);
    const over = PAYLOAD_SCHEMAS['library:import'].safeParse(file(`${largest}AAAA`));
    expect(over.error?.issues[0]?.message).toBe('a file may be at most 50 MB');
  });

  it('measure a backup in UTF-8 bytes, as its file size is measured', () => {
    const restore = PAYLOAD_SCHEMAS['backup:import'];
    const han = '汉'.repeat(Math.floor(BACKUP_FILE_MAX_BYTES / 3));
    expect(restore.safeParse({ json: han }).success).toBe(true);
    const over = restore.safeParse({ json: `${han}汉汉` });
    expect(over.error?.issues[0]?.message).toBe('a backup may be at most 200 MB');
  });
});

describe('utf8Length', () => {
  it.each(['', 'abc', 'é', '汉字', '😀', 'a\ud800b', '\udc00', '大湾区 APEC 😀𠮷'])(
    'agrees with Buffer.byteLength on %j',
    (text) => {
      expect(utf8Length(text)).toBe(Buffer.byteLength(text, 'utf8'));
      expect(fitsUtf8Bytes(text, utf8Length(text))).toBe(true);
      if (text) expect(fitsUtf8Bytes(text, utf8Length(text) - 1)).toBe(false);
    },
  );
});
