/** Limits on one `library:import` call: few enough files and bytes that each answer comes back quickly. */
export interface BatchLimits {
  maxFiles: number;
  maxBytes: number;
}

// 8 MB of file bytes is ~10.7 MB of base64, under `yuedu serve`'s 12 MB request limit.
export const DEFAULT_BATCH_LIMITS: BatchLimits = { maxFiles: 10, maxBytes: 8 * 1024 * 1024 };

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
