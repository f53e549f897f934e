import type { PreparedFile } from '../prepareImportFile';

/** One file for the import worker; its bytes are transferred, not copied. */
export interface PrepareRequest {
  id: number;
  name: string;
  bytes: Uint8Array;
}

/** The worker's answer; an exception in the worker comes back as `error`, never as a crash. */
export type PrepareReply =
  { id: number; ok: true; file: PreparedFile } | { id: number; ok: false; error: string };
