/** A count with its noun in the right number ("1 highlight", "2 highlights") for the CLI's sentences. */
export function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}
