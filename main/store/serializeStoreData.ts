import type { StoreData } from './storeData';

// Frozen annotations never change, so their bytes are computed (or taken from the file they were
// read from) once and reused by every later write.
const annotationBytes = new WeakMap<object, Uint8Array>();
const NEWLINE = 0x0a;
const LINE_INDENT = '    ';
const SEPARATOR = Buffer.from(',\n');
const ANNOTATIONS_OPENING = Buffer.from('\n  "annotations": [\n');
const ANNOTATIONS_CLOSING = Buffer.from('  ]');

const indent = (text: string, spaces: string) => text.replaceAll('\n', `\n${spaces}`);

/** The file a set of annotations was read from, until its lines are taken at the first write. */
interface FileSource {
  file: Buffer;
  annotations: readonly object[];
  taken: boolean;
}
const fileSources = new WeakMap<object, FileSource>();

/**
 * Notes that `annotations` were read from `file`: the first write that needs one of them takes
 * all their lines from it (reuseAnnotationBytes), so opening only to read costs nothing more.
 */
export function rememberFileOf(file: Buffer, annotations: readonly object[]): void {
  const source: FileSource = { file, annotations, taken: false };
  for (const annotation of annotations) fileSources.set(annotation, source);
}

function cachedBytes(annotation: object): Uint8Array | undefined {
  if (!Object.isFrozen(annotation)) return undefined;
  const cached = annotationBytes.get(annotation);
  const source = cached ? undefined : fileSources.get(annotation);
  if (!source || source.taken) return cached;
  source.taken = true;
  reuseAnnotationBytes(source.file, source.annotations);
  return annotationBytes.get(annotation);
}

function bytesOf(annotation: object): Uint8Array {
  const cached = cachedBytes(annotation);
  if (cached) return cached;
  const bytes = Buffer.from(`${LINE_INDENT}${JSON.stringify(annotation)}`);
  if (Object.isFrozen(annotation)) annotationBytes.set(annotation, bytes);
  return bytes;
}

/**
 * The file content of the data, as UTF-8: `JSON.stringify(data, null, 2)` (readable, Chinese kept
 * as written) except that each annotation is one line, so a change to one highlight is one changed
 * line and the file is a quarter smaller. Assembled from per-annotation bytes cached across writes,
 * so saving one change among 25,000 highlights neither re-serialises nor re-encodes the rest.
 */
export function serializeStoreData(data: StoreData): Buffer {
  const parts: Uint8Array[] = [];
  let text = '{\n';
  Object.entries(data).forEach(([key, value], index) => {
    text += `${index > 0 ? ',\n' : ''}  ${JSON.stringify(key)}: `;
    if (key === 'annotations' && Array.isArray(value) && value.length > 0) {
      parts.push(Buffer.from(`${text}[\n`));
      value.forEach((annotation: object, i) => {
        if (i > 0) parts.push(SEPARATOR);
        parts.push(bytesOf(annotation));
      });
      text = '\n  ]';
    } else {
      text += indent(JSON.stringify(value, null, 2), '  ');
    }
  });
  parts.push(Buffer.from(`${text}\n}\n`));
  return Buffer.concat(parts);
}

function startsWithAt(file: Uint8Array, at: number, expected: Uint8Array): boolean {
  if (at + expected.length > file.length) return false;
  for (let i = 0; i < expected.length; i++) if (file[at + i] !== expected[i]) return false;
  return true;
}

/**
 * After `file` parsed (and validated) into `annotations`, takes each annotation's bytes from its
 * line in the file, so the first write after opening does not serialise 25,000 highlights again.
 * Only a file laid out as serializeStoreData writes it qualifies: the last `"annotations": [` key
 * (the one JSON.parse keeps), then exactly one line per annotation, each `{"id":<its id>,` … `}`
 * followed by `,` or, for the last, by `  ]`. Since a validated annotation holds no arrays and a
 * JSON string no raw line break, every such line is then exactly its element's text, which parses
 * to that very annotation. Anything else caches nothing (the write serialises as usual); the
 * annotations must be frozen, as cached bytes are trusted only for objects that cannot change.
 * Returns whether the bytes were taken.
 */
export function reuseAnnotationBytes(file: Buffer, annotations: readonly object[]): boolean {
  if (annotations.length === 0) return false;
  const opening = file.lastIndexOf(ANNOTATIONS_OPENING);
  if (opening < 0) return false;
  const lines: Uint8Array[] = [];
  let start = opening + ANNOTATIONS_OPENING.length;
  for (const [i, annotation] of annotations.entries()) {
    if (!Object.isFrozen(annotation)) return false;
    const id = (annotation as { id?: unknown }).id;
    if (typeof id !== 'string') return false;
    const prefix = Buffer.from(`${LINE_INDENT}{"id":${JSON.stringify(id)},`);
    if (!startsWithAt(file, start, prefix)) return false;
    const end = file.indexOf(NEWLINE, start);
    if (end < 0) return false;
    const last = i === annotations.length - 1;
    const bodyEnd = last ? end : end - 1;
    if (!last && file[bodyEnd] !== SEPARATOR[0]) return false;
    if (file[bodyEnd - 1] !== 0x7d /* } */) return false;
    lines.push(file.subarray(start, bodyEnd));
    start = end + 1;
  }
  if (!startsWithAt(file, start, ANNOTATIONS_CLOSING)) return false;
  annotations.forEach((annotation, i) => annotationBytes.set(annotation, lines[i]!));
  return true;
}
