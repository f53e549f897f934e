import { describe, expect, it } from 'vitest';
import { AppFailure } from '../../../main/appFailure';
import { exportBackup } from '../../../main/backup/exportBackup';
import { parseBackup } from '../../../main/backup/parseBackup';
import { buildFixtureData, fixtureArticleText } from './backupFixture';

const articleText = fixtureArticleText();
const data = buildFixtureData(articleText);
const json = exportBackup({
  data,
  appVersion: '0.1.0',
  now: new Date('2026-03-01T12:00:00.000Z'),
  articleText,
});

function refusal(input: string): string {
  try {
    parseBackup(input, articleText);
  } catch (error) {
    expect(error).toBeInstanceOf(AppFailure);
    expect((error as AppFailure).code).toBe('invalid-payload');
    return (error as Error).message;
  }
  throw new Error('expected the backup to be refused');
}

/** The exported document, loosely typed so a test can break any part of it. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a deliberately malformed document
type Editable = Record<string, any>;

/** The exported document with one change applied. */
function edited(change: (document: Editable) => void): string {
  const document = JSON.parse(json) as Editable;
  change(document);
  return JSON.stringify(document);
}

describe('parseBackup', () => {
  it('reads a backup into the store shapes', () => {
    const parsed = parseBackup(json, articleText);
    expect(parsed.user).toEqual(data.user);
    expect(parsed.settings).toEqual(data.settings);
    expect(parsed.annotations).toEqual(data.annotations);
    expect(new Set(parsed.readingPositions)).toEqual(new Set(Object.values(data.reading)));
  });

  it('accepts a byte-order mark, as Windows editors add on save', () => {
    expect(parseBackup(`\uFEFF${json}`, articleText).annotations).toHaveLength(6);
  });

  it('says a file that is not a Yuedu backup is not one', () => {
    expect(refusal('not json {')).toBe('This file is not a Yuedu backup. It is not valid JSON.');
    for (const other of ['[]', '{}', '"backup"', '{"yuedu":"data","version":1}']) {
      expect(refusal(other)).toBe('This file is not a Yuedu backup.');
    }
    const dataFile = JSON.stringify({ ...data, schemaVersion: 2 });
    expect(refusal(dataFile)).toBe('This file is not a Yuedu backup.');
  });

  it('refuses a backup from a newer Yuedu, naming its version', () => {
    expect(
      refusal(
        edited((d) => {
          d.version = 2;
          d.app.version = '3.0.0';
        }),
      ),
    ).toBe(
      'This backup was made by a newer Yuedu (version 3.0.0). Update Yuedu to restore it; nothing was changed.',
    );
  });

  it('names the annotation or reading position that is wrong', () => {
    expect(
      refusal(
        edited((d) => {
          d.annotations.first.items[2].target.styleClass = 'yuedu-highlight-blue';
          d.annotations.first.items[2].target['yuedu:position'].end += 1;
        }),
      ),
    ).toBe(
      'Annotation 3: target.quote.exact: quote.exact must be exactly end - start UTF-16 units long. Nothing was changed.',
    );
    expect(
      refusal(
        edited((d) => {
          d.annotations.first.items[4].id = d.annotations.first.items[1].id;
        }),
      ),
    ).toBe('Annotation 5: it has the same id as annotation 2. Nothing was changed.');
    expect(
      refusal(
        edited((d) => {
          d.readingPositions[1].progress = 7;
        }),
      ),
    ).toMatch(/^Reading position 2: progress: .+ Nothing was changed\.$/);
    expect(
      refusal(
        edited((d) => {
          d.settings.fontSize = 99;
        }),
      ),
    ).toMatch(/^This Yuedu backup is damaged \(settings\.fontSize: .+\)\. Nothing was changed\.$/);
  });
});
