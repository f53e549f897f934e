import {
  BACKUP_FILE_MAX_BYTES,
  formatMegabytes,
  GROUP_FILE_MAX_BYTES,
  IMPORT_FILE_MAX_BYTES,
  REQUEST_BODY_MAX_BYTES,
} from '../../shared/limits';

/** The largest body `yuedu serve` reads for a request, and what to say when one is larger. */
export interface BodyLimit {
  maxBytes: number;
  tooLarge: string;
}

/**
 * Each channel's body limit, from the shared limits: imports and restores carry whole files, an
 * undone delete may quote a whole article, and everything else is small. A hostile search body is
 * refused at 1 MB, not at the size of the largest backup.
 */
export function bodyLimitFor(channel: string): BodyLimit {
  switch (channel) {
    case 'library:import':
      return {
        maxBytes: REQUEST_BODY_MAX_BYTES.import,
        tooLarge: `That import is too large: a file may be at most ${formatMegabytes(IMPORT_FILE_MAX_BYTES)}.`,
      };
    case 'backup:import':
      return {
        maxBytes: REQUEST_BODY_MAX_BYTES.restore,
        tooLarge: `That backup is too large: a backup may be at most ${formatMegabytes(BACKUP_FILE_MAX_BYTES)}.`,
      };
    case 'pack:import':
      // A pack travels as a JSON string like a backup; the payload schema then holds it to GROUP_FILE_MAX_BYTES.
      return {
        maxBytes: REQUEST_BODY_MAX_BYTES.restore,
        tooLarge: `That pack is too large: a pack may be at most ${formatMegabytes(GROUP_FILE_MAX_BYTES)}.`,
      };
    case 'annotations:restore':
      return {
        maxBytes: REQUEST_BODY_MAX_BYTES.annotation,
        tooLarge: 'That highlight is too large to restore.',
      };
    default:
      return {
        maxBytes: REQUEST_BODY_MAX_BYTES.other,
        tooLarge: `That request is too large: at most ${formatMegabytes(REQUEST_BODY_MAX_BYTES.other)}.`,
      };
  }
}
