import { describe, expect, it } from 'vitest';
import { mergeBackup, mergeChangedSomething } from '../../../main/backup/mergeBackup';
import type { ParsedBackup } from '../../../main/backup/parseBackup';
import { createFreshData } from '../../../main/store/freshData';
import { buildFixtureData, fixtureArticleText } from './backupFixture';

const data = buildFixtureData(fixtureArticleText());
const backupOf = (source = data): ParsedBackup =>
  structuredClone({
    user: source.user,
    settings: source.settings,
    readingPositions: Object.values(source.reading),
    annotations: source.annotations,
    vocabulary: source.vocabulary,
    replies: [],
    tombstones: [],
  });

describe('mergeBackup', () => {
  it('adds everything to empty data, in the backup order', () => {
    const target = createFreshData();
    const summary = mergeBackup(target, backupOf());
    expect(summary).toEqual({
      annotationsAdded: 6,
      annotationsUpdated: 0,
      annotationsUnchanged: 0,
      readingPositions: 2,
      settingsRestored: true,
    });
    expect(target.annotations).toEqual(data.annotations);
    expect(target.reading).toEqual(data.reading);
    expect(target.settings).toEqual(data.settings);
    expect(target.user).toEqual(data.user);
  });

  it('changes nothing when merging the same backup again', () => {
    const target = structuredClone(data);
    const summary = mergeBackup(target, backupOf());
    expect(summary).toEqual({
      annotationsAdded: 0,
      annotationsUpdated: 0,
      annotationsUnchanged: 6,
      readingPositions: 0,
      settingsRestored: false,
    });
    expect(mergeChangedSomething(summary)).toBe(false);
    expect(target).toEqual(data);
  });

  it('lets the later modified date win for an annotation edited on both sides', () => {
    const target = structuredClone(data);
    target.annotations[1] = {
      ...target.annotations[1]!,
      note: '本机较新',
      modified: '2026-05-01T00:00:00.000Z',
    };
    target.annotations[2] = {
      ...target.annotations[2]!,
      note: 'local, older',
      modified: '2025-01-01T00:00:00.000Z',
    };
    const summary = mergeBackup(target, backupOf());
    expect(summary.annotationsUpdated).toBe(1);
    expect(summary.annotationsUnchanged).toBe(5);
    expect(target.annotations[1]!.note).toBe('本机较新');
    expect(target.annotations[2]).toEqual(data.annotations[2]);
  });

  it('keeps local annotations the backup lacks and the later reading position', () => {
    const target = structuredClone(data);
    const localOnly = { ...data.annotations[0]!, id: 'only-here' };
    target.annotations.push(localOnly);
    const [firstId, secondId] = Object.keys(data.reading) as [string, string];
    target.reading[firstId] = {
      ...target.reading[firstId]!,
      offset: 999,
      updated: '2027-01-01T00:00:00.000Z',
    };
    target.reading[secondId] = {
      ...target.reading[secondId]!,
      offset: 5,
      updated: '2020-01-01T00:00:00.000Z',
    };
    const summary = mergeBackup(target, backupOf());
    expect(target.annotations.at(-1)).toEqual(localOnly);
    expect(target.reading[firstId]!.offset).toBe(999);
    expect(target.reading[secondId]).toEqual(data.reading[secondId]);
    expect(summary.readingPositions).toBe(1);
  });

  it('adds vocabulary words the data lacks, once', () => {
    const word = {
      id: 'v1',
      word: '湾区',
      traditional: '灣區',
      pinyin: 'wān qū',
      definitions: ['bay area'],
      sentence: '大湾区的发展。',
      articleId: 'a',
      offset: 1,
      added: '2026-01-01T00:00:00.000Z',
    };
    const target = createFreshData();
    const backup = { ...backupOf(), vocabulary: [word] };
    expect(mergeBackup(target, backup).vocabularyAdded).toBe(1);
    expect(target.vocabulary).toEqual([word]);
    const again = mergeBackup(target, backup);
    expect(again.vocabularyAdded).toBeUndefined();
    expect(target.vocabulary).toHaveLength(1);
  });
});
