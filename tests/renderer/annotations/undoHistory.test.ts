import { describe, expect, it } from 'vitest';
import {
  describeUpdate,
  EMPTY_HISTORY,
  HISTORY_LIMIT,
  inverse,
  labelOf,
  record,
  redoStep,
  storedAnnotation,
  undoStep,
  type AnnotationChange,
} from '../../../renderer/annotations/undoHistory';
import { HARBOUR, makeAnnotation } from '../fakeYuedu';

const A = makeAnnotation(HARBOUR, 'a', 22, 24, 'yellow', '笔记');
const created: AnnotationChange = { kind: 'create', annotation: storedAnnotation(A) };
const deleted: AnnotationChange = { kind: 'delete', annotation: storedAnnotation(A) };
const recoloured: AnnotationChange = {
  kind: 'update',
  id: 'a',
  before: { color: 'yellow' },
  after: { color: 'pink' },
};

describe('undoHistory', () => {
  it('inverts create into delete, delete into create (a restore), and swaps an update', () => {
    expect(inverse(created)).toEqual(deleted);
    expect(inverse(deleted)).toEqual(created);
    expect(inverse(recoloured)).toEqual({
      kind: 'update',
      id: 'a',
      before: { color: 'pink' },
      after: { color: 'yellow' },
    });
    expect(inverse(inverse(recoloured))).toEqual(recoloured);
  });

  it('undoes the newest change first, and redo replays it as it was', () => {
    const history = record(record(EMPTY_HISTORY, created), recoloured);
    const undo = undoStep(history)!;
    expect(undo.apply).toEqual(inverse(recoloured));
    expect(undo.original).toBe(recoloured);
    expect(undo.history).toEqual({ past: [created], future: [recoloured] });

    const undoAgain = undoStep(undo.history)!;
    expect(undoAgain.apply).toEqual(deleted);
    expect(undoAgain.history).toEqual({ past: [], future: [recoloured, created] });
    expect(undoStep(undoAgain.history)).toBeNull();

    const redo = redoStep(undoAgain.history)!;
    expect(redo.apply).toBe(created);
    expect(redo.history).toEqual({ past: [created], future: [recoloured] });
    expect(redoStep(redo.history)!.apply).toBe(recoloured);
  });

  it('forgets what could be redone when a new change is recorded', () => {
    const undone = undoStep(record(EMPTY_HISTORY, created))!.history;
    expect(undone.future).toHaveLength(1);
    expect(record(undone, deleted)).toEqual({ past: [deleted], future: [] });
    expect(redoStep(EMPTY_HISTORY)).toBeNull();
  });

  it('drops a step that could not be applied without touching the others', () => {
    const history = record(record(EMPTY_HISTORY, created), recoloured);
    expect(undoStep(history)!.skipped).toEqual({ past: [created], future: [] });
    const undone = undoStep(undoStep(history)!.history)!.history;
    expect(redoStep(undone)!.skipped).toEqual({ past: [], future: [recoloured] });
  });

  it(`keeps at most ${HISTORY_LIMIT} steps, dropping the oldest`, () => {
    let history = EMPTY_HISTORY;
    for (let i = 0; i < HISTORY_LIMIT + 5; i += 1) {
      history = record(history, { kind: 'update', id: `n${i}`, before: {}, after: { note: 'x' } });
    }
    expect(history.past).toHaveLength(HISTORY_LIMIT);
    expect(history.past[0]).toMatchObject({ id: 'n5' });
  });

  it('describes an update by the fields it really changes, or not at all', () => {
    expect(describeUpdate(A, { color: 'pink' })).toEqual(recoloured);
    expect(describeUpdate(A, { note: '新的' })).toEqual({
      kind: 'update',
      id: 'a',
      before: { note: '笔记' },
      after: { note: '新的' },
    });
    expect(describeUpdate(A, { color: 'yellow', note: '笔记' })).toBeNull();
  });

  it('names each change for the announcement', () => {
    expect([created, deleted, recoloured].map(labelOf)).toEqual([
      'created',
      'deleted',
      'recoloured',
    ]);
    expect(labelOf({ kind: 'update', id: 'a', before: { note: '' }, after: { note: 'x' } })).toBe(
      'noteEdited',
    );
  });

  it('strips the anchoring state so a snapshot is exactly what annotations:restore accepts', () => {
    const snapshot = storedAnnotation(A);
    expect(snapshot).not.toHaveProperty('state');
    expect(Object.keys(snapshot).sort()).toEqual(
      ['articleId', 'color', 'created', 'creator', 'id', 'modified', 'note', 'target'].sort(),
    );
    expect(snapshot.target).toEqual(A.target);
  });
});
