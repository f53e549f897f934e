import { AppFailure } from '../appFailure';
import { CorruptDataError } from './corruptDataError';
import { CURRENT_SCHEMA_VERSION } from './storeData';

/** Upgrades a document of version N to version N + 1; it need not set `schemaVersion` itself. */
export type Migration = (document: Record<string, unknown>) => Record<string, unknown>;

/**
 * `MIGRATIONS[n]` upgrades version n to n + 1. Adding a version means a step here, bumping
 * CURRENT_SCHEMA_VERSION, updating schema.ts and committing a fixture of the released version.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  // v2 counts writes, so two processes sharing a folder can tell when the other has written.
  1: (v1) => ({ ...v1, revision: 0 }),
};

/** The user-facing refusal for a file from a newer Yuedu: opening it could destroy fields we don't know. */
export function newerSchemaFailure(version: number): AppFailure {
  return new AppFailure(
    'storage',
    `This data folder was written by a newer version of Yuedu (schema ${version}). Update Yuedu to open it; nothing was changed.`,
  );
}

/** The version-check-and-upgrade chain, parameterised so the chain itself can be tested with fake versions. */
export function migrateWith(
  raw: unknown,
  migrations: Readonly<Record<number, Migration>>,
  currentVersion: number,
): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new CorruptDataError('The data is not a JSON object.');
  }
  const version = (raw as Record<string, unknown>).schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new CorruptDataError(
      `The data has no valid schemaVersion (found ${JSON.stringify(version)}).`,
    );
  }
  if (version > currentVersion) throw newerSchemaFailure(version);

  let document = raw as Record<string, unknown>;
  for (let from = version; from < currentVersion; from++) {
    const step = migrations[from];
    if (!step) throw new Error(`No migration from schema ${from} to ${from + 1}`);
    document = { ...step(document), schemaVersion: from + 1 };
  }
  return document;
}

/** Brings a parsed data file up to the current schema, or refuses a file from a newer Yuedu. */
export function migrate(raw: unknown): unknown {
  return migrateWith(raw, MIGRATIONS, CURRENT_SCHEMA_VERSION);
}
