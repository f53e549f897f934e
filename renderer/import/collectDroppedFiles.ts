import type { ChosenFile } from './importableFiles';

/**
 * Every file in a drop, walking dropped folders recursively through `webkitGetAsEntry()`. Entries
 * must be taken from the DataTransfer synchronously, before the first await, or they are gone.
 */
export async function collectDroppedFiles(data: DataTransfer): Promise<ChosenFile[]> {
  const entries = Array.from(data.items ?? [])
    .filter((item) => item.kind === 'file')
    .map((item) => item.webkitGetAsEntry?.() ?? null);
  if (entries.length === 0 || entries.some((entry) => entry === null)) {
    return Array.from(data.files ?? [], (file) => ({ file, path: file.name }));
  }
  const files: ChosenFile[] = [];
  for (const entry of entries as FileSystemEntry[]) await collectEntry(entry, '', files);
  return files;
}

async function collectEntry(entry: FileSystemEntry, folder: string, into: ChosenFile[]) {
  const path = folder ? `${folder}/${entry.name}` : entry.name;
  if (entry.isFile) {
    const file = await new Promise<File>((resolve, reject) =>
      (entry as FileSystemFileEntry).file(resolve, reject),
    );
    into.push({ file, path });
    return;
  }
  if (!entry.isDirectory) return;
  for (const child of await readAllEntries(entry as FileSystemDirectoryEntry)) {
    await collectEntry(child, path, into);
  }
}

/** A folder's entries; `readEntries` answers in pages (100 in Chromium) until it answers empty. */
async function readAllEntries(directory: FileSystemDirectoryEntry): Promise<FileSystemEntry[]> {
  const reader = directory.createReader();
  const all: FileSystemEntry[] = [];
  for (;;) {
    const page = await new Promise<FileSystemEntry[]>((resolve, reject) =>
      reader.readEntries(resolve, reject),
    );
    if (page.length === 0) return all;
    all.push(...page);
  }
}
