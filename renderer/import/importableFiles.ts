const IMPORTABLE_NAME = /\.(txt|md|markdown)$/iu;
const PATH_ORDER = new Intl.Collator('zh', { numeric: true });

/** A file the user chose, with the path inside a chosen or dropped folder when there is one. */
export interface ChosenFile {
  file: File;
  /** `folder/sub/name.txt` for files from a folder, else the file's name; shown in messages. */
  path: string;
}

/**
 * Splits what the user chose into the files to import (.txt and .md) and the others, which are
 * reported rather than sent, in path order. Hidden files (`.DS_Store`, files in `.git/`) are left
 * out silently.
 */
export function sortImportable(files: readonly ChosenFile[]): {
  importable: ChosenFile[];
  ignored: ChosenFile[];
} {
  const importable: ChosenFile[] = [];
  const ignored: ChosenFile[] = [];
  for (const chosen of files) {
    if (chosen.path.split('/').some((part) => part.startsWith('.'))) continue;
    (IMPORTABLE_NAME.test(chosen.path) ? importable : ignored).push(chosen);
  }
  // In path order (第2篇 before 第10篇): the browser lists a folder in any order.
  importable.sort((a, b) => PATH_ORDER.compare(a.path, b.path));
  return { importable, ignored };
}

/** The files of an `<input type="file">`, with their folder paths when a folder was chosen. */
export function chosenFromInput(files: FileList | readonly File[]): ChosenFile[] {
  return Array.from(files, (file) => ({ file, path: file.webkitRelativePath || file.name }));
}
