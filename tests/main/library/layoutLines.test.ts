import { describe, expect, it } from 'vitest';
import { readLayoutLines } from '../../../main/library/layoutLines';

describe('readLayoutLines', () => {
  it('measures full-width spaces as two columns, tabs as four and other spaces as one', () => {
    const lines = readLayoutLines('　　二\n　一\n\t四\n  二\n\u00a0一\n零');
    expect(lines.map((line) => line.indent)).toEqual([4, 2, 4, 2, 1, 0]);
  });

  it('drops blank and whitespace-only lines and trims each line', () => {
    const lines = readLayoutLines('\n　　甲。　\n\u3000\u3000\n \t \n乙。 ');
    expect(lines.map((line) => line.text)).toEqual(['甲。', '乙。']);
  });

  it('ignores a byte-order mark when measuring the first line', () => {
    expect(readLayoutLines('\ufeff第一行')).toEqual([{ text: '第一行', indent: 0 }]);
  });

  it('splits on LF, CRLF, CR and Unicode line separators', () => {
    const lines = readLayoutLines('一\r\n二\r三\n四\u2028五');
    expect(lines.map((line) => line.text)).toEqual(['一', '二', '三', '四', '五']);
  });

  it('keeps whitespace inside a line', () => {
    expect(readLayoutLines('　　本报记者 韩 硕')[0]!.text).toBe('本报记者 韩 硕');
  });
});
