import {
  IMPORT_BATCH_MAX_BYTES,
  IMPORT_BATCH_MAX_FILES,
  IMPORT_FILE_MAX_BYTES,
} from '../../shared/limits';

/** Limits on one `library:import` call: few enough files and bytes that each answer comes back quickly. */
export interface BatchLimits {
  maxFiles: number;
  maxBytes: number;
}

// From the shared limits, which size `yuedu serve`'s import body limit so every batch fits.
export const DEFAULT_BATCH_LIMITS: BatchLimits = {
  maxFiles: IMPORT_BATCH_MAX_FILES,
  maxBytes: IMPORT_BATCH_MAX_BYTES,
};

/**
 * Groups files, in order, into batches of at most `maxFiles` files and `maxBytes` bytes. A file
 * larger than `maxBytes` goes in a batch of its own rather than being dropped.
 */
export function planBatches<T extends { size: number }>(
  files: readonly T[],
  limits: BatchLimits = DEFAULT_BATCH_LIMITS,
): T[][] {
  const batches: T[][] = [];
  let current: T[] = [];
  let bytes = 0;
  for (const file of files) {
    const full = current.length >= limits.maxFiles || bytes + file.size > limits.maxBytes;
    if (current.length > 0 && full) {
      batches.push(current);
      current = [];
      bytes = 0;
    }
    current.push(file);
    bytes += file.size;
  }
  if (current.length > 0) batches.push(current);
  return batches;
}

/**
 * Sets aside the files larger than an import may be (the shared limit every door enforces), so
 * they are reported at once instead of being read, encoded and sent only to be refused.
 */
export function setAsideTooLarge<T extends { size: number }>(
  files: readonly T[],
  maxBytes = IMPORT_FILE_MAX_BYTES,
): { fitting: T[]; tooLarge: T[] } {
  const fitting: T[] = [];
  const tooLarge: T[] = [];
  for (const file of files) (file.size > maxBytes ? tooLarge : fitting).push(file);
  return { fitting, tooLarge };
}
