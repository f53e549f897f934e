import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openForCommand, tempDir } from './commandHarness';
import { call, runAs as as } from '../../group/twoMembers';

const ARTICLE = 'greater-bay-area-friends';

interface Listed {
  quote: string;
  note: string;
  start: number;
  creator: { name: string };
}

describe('yuedu highlight --from: another tool’s W3C annotations onto an article', () => {
  it(
    'adds a Hypothesis export’s highlights and notes as mine, says what it skipped, and adds nothing a second time',
    { timeout: 120_000 },
    async () => {
      const { yuedu } = await openForCommand();
      const { text } = await call(yuedu, 'library:get', { id: ARTICLE });
      const second = text.indexOf('大湾区', text.indexOf('大湾区') + 1);
      expect(second).toBeGreaterThan(0);
      const file = path.join(tempDir('hypothesis'), 'hypothesis.json');
      writeFileSync(
        file,
        JSON.stringify({
          total: 3,
          rows: [
            {
              text: '第二处',
              target: [
                {
                  source: 'https://example.org/a',
                  selector: [
                    {
                      type: 'TextQuoteSelector',
                      exact: '大湾区',
                      prefix: text.slice(second - 6, second),
                      suffix: text.slice(second + 3, second + 9),
                    },
                  ],
                },
              ],
            },
            {
              text: '<b>不在这篇</b>',
              target: [{ selector: [{ type: 'TextQuoteSelector', exact: '这句话不在文章里' }] }],
            },
            { text: 'page note', target: [{ source: 'https://example.org/a' }] },
          ],
        }),
      );
      const me = tempDir('member');
      await as(me, ['config', 'name', '读者']);

      const first = (await as(me, ['highlight', ARTICLE, '--from', file, '--json'])).json();
      expect(first).toEqual({
        imported: 1,
        alreadyHere: 0,
        skipped: [
          { quote: '', reason: 'item 3 skipped: it has no TextQuoteSelector with text.' },
          { quote: '这句话不在文章里', reason: expect.stringContaining('its quote is not in') },
        ],
      });
      const notes = (await as(me, ['notes', '--article', ARTICLE, '--json'])).json() as Listed[];
      expect(notes).toEqual([
        expect.objectContaining({
          quote: '大湾区',
          note: '第二处',
          start: second,
          creator: expect.objectContaining({ name: '读者' }),
        }),
      ]);

      const again = (await as(me, ['highlight', ARTICLE, '--from', file, '--json'])).json();
      expect(again).toMatchObject({ imported: 0, alreadyHere: 1 });
      expect((await as(me, ['notes', '--article', ARTICLE, '--json'])).json()).toHaveLength(1);

      const unreadable = path.join(path.dirname(file), 'not-annotations.json');
      writeFileSync(unreadable, '{"title": "x"}');
      const refused = await as(me, ['highlight', ARTICLE, '--from', unreadable], 1);
      expect(refused.stderr).toContain('not a W3C annotation set');
    },
  );
});
