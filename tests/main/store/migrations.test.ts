import { describe, expect, it } from 'vitest';
import { AppFailure } from '../../../main/appFailure';
import { CorruptDataError } from '../../../main/store/corruptDataError';
import { createFreshData } from '../../../main/store/freshData';
import { migrate, migrateWith, type Migration } from '../../../main/store/migrations';

describe('migrate', () => {
  it('passes a current-version document through unchanged', () => {
    const data = createFreshData();
    expect(migrate(structuredClone(data))).toEqual(data);
  });

  it('refuses a document from a newer version with a storage failure the user can act on', () => {
    let thrown: unknown;
    try {
      migrate({ schemaVersion: 3 });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(AppFailure);
    expect(thrown).toMatchObject({
      code: 'storage',
      message:
        'This data folder was written by a newer version of Yuedu (schema 3). Update Yuedu to open it; nothing was changed.',
    });
  });

  it.each([
    ['an array', []],
    ['null', null],
    ['a string', 'yuedu'],
    ['an object without version', {}],
    ['a string version', { schemaVersion: '1' }],
    ['a fractional version', { schemaVersion: 1.5 }],
    ['version zero', { schemaVersion: 0 }],
  ])('treats %s as corrupt data', (_, raw) => {
    expect(() => migrate(raw)).toThrow(CorruptDataError);
  });
});

describe('migrateWith', () => {
  const registry: Record<number, Migration> = {
    1: (doc) => ({ ...doc, notes: [] }),
    2: ({ notes, ...doc }) => ({ ...doc, annotations: notes }),
  };

  it('applies each step from the document version up to the current one, stamping versions', () => {
    expect(migrateWith({ schemaVersion: 1, user: 'u' }, registry, 3)).toEqual({
      schemaVersion: 3,
      user: 'u',
      annotations: [],
    });
    expect(migrateWith({ schemaVersion: 2, user: 'u', notes: ['n'] }, registry, 3)).toEqual({
      schemaVersion: 3,
      user: 'u',
      annotations: ['n'],
    });
  });

  it('fails loudly when a step of the chain is missing', () => {
    expect(() => migrateWith({ schemaVersion: 1 }, {}, 2)).toThrow(
      'No migration from schema 1 to 2',
    );
  });
});
