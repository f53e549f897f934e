// Small helpers the benchmark scripts share: percentiles and a Markdown table.

/** The value below which `p` (0..1) of the samples fall. */
export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? NaN;
}

/** Renders rows as a GitHub Markdown table with the given column headings. */
export function markdownTable(
  headings: readonly string[],
  rows: ReadonlyArray<readonly string[]>,
): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(headings), line(headings.map(() => '---')), ...rows.map(line)].join('\n');
}

export const ms = (value: number) => `${value.toFixed(1)} ms`;
