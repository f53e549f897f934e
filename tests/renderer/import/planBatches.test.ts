import { describe, expect, it } from 'vitest';
import { IMPORT_FILE_MAX_BYTES } from '../../../shared/limits';
import { planBatches, setAsideTooLarge } from '../../../renderer/import/planBatches';

const sized = (...sizes: number[]) => sizes.map((size, index) => ({ index, size }));
const indexes = (batches: Array<Array<{ index: number }>>) =>
  batches.map((batch) => batch.map((file) => file.index));

describe('planBatches', () => {
  it('cuts after the file limit, keeping the order', () => {
    const batches = planBatches(sized(...Array(23).fill(1)), { maxFiles: 10, maxBytes: 1000 });
    expect(batches.map((batch) => batch.length)).toEqual([10, 10, 3]);
    expect(batches.flat().map((file) => file.index)).toEqual([...Array(23).keys()]);
  });

  it('cuts before the byte limit would be passed', () => {
    expect(indexes(planBatches(sized(4, 4, 3, 5), { maxFiles: 10, maxBytes: 10 }))).toEqual([
      [0, 1],
      [2, 3],
    ]);
  });

  it('puts a file larger than the byte limit in a batch of its own', () => {
    expect(indexes(planBatches(sized(2, 50, 2), { maxFiles: 10, maxBytes: 10 }))).toEqual([
      [0],
      [1],
      [2],
    ]);
  });

  it('has no batches for no files', () => {
    expect(planBatches([])).toEqual([]);
  });
});

describe('setAsideTooLarge', () => {
  it('sets aside exactly the files over the shared import limit, keeping the order', () => {
    const files = sized(1, IMPORT_FILE_MAX_BYTES, IMPORT_FILE_MAX_BYTES + 1, 5);
    const { fitting, tooLarge } = setAsideTooLarge(files);
    expect(fitting.map((file) => file.index)).toEqual([0, 1, 3]);
    expect(tooLarge.map((file) => file.index)).toEqual([2]);
  });
});
