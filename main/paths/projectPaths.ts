import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root when running from source (CLI, serve, tests), found from this file's place. */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Where the CLI and `yuedu serve` find the corpus and the built renderer when run from a clone. */
export const SOURCE_LAYOUT = {
  seedsDir: path.join(PROJECT_ROOT, 'seeds'),
  generatedDir: path.join(PROJECT_ROOT, 'generated'),
  rendererDir: path.join(PROJECT_ROOT, 'out', 'renderer'),
} as const;
