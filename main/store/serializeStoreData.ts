import type { StoreData } from './storeData';

// Frozen annotations never change, so their bytes are computed once and reused by every later write.
const annotationBytes = new WeakMap<object, Buffer>();
const SEPARATOR = Buffer.from(',\n');

const indent = (text: string, spaces: string) => text.replaceAll('\n', `\n${spaces}`);

function bytesOf(annotation: object): Buffer {
  const cached = annotationBytes.get(annotation);
  if (cached) return cached;
  const bytes = Buffer.from(`    ${indent(JSON.stringify(annotation, null, 2), '    ')}`);
  if (Object.isFrozen(annotation)) annotationBytes.set(annotation, bytes);
  return bytes;
}

/**
 * The file content of the data, as UTF-8: exactly `JSON.stringify(data, null, 2)` plus a newline
 * (readable, Chinese kept as written), but assembled from per-annotation bytes cached across
 * writes, so saving one change to 10,000 highlights neither re-serialises nor re-encodes the rest.
 */
export function serializeStoreData(data: StoreData): Buffer {
  const parts: Buffer[] = [];
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
