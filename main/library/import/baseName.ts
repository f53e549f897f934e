/** A file's name without its folders, whichever separator the picker or the CLI used. */
export function baseName(name: string): string {
  return name.split(/[/\\]/u).pop() || name;
}
