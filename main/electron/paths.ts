import path from 'node:path';

/** Where the app finds its read-only inputs and build outputs at run time. */
export interface AppPaths {
  seedsDir: string;
  generatedDir: string;
  /** The built renderer served at `app://yuedu/`. */
  rendererRoot: string;
  /** The sandboxed preload script, a single CommonJS file. */
  preloadPath: string;
}

export interface AppPathsInput {
  isPackaged: boolean;
  /** `process.resourcesPath`: where electron-builder's extraResources land. */
  resourcesPath: string;
  /** The project root in development (the folder holding package.json). */
  appRoot: string;
  /** The folder of the built main script, out/main, inside the asar when packaged. */
  mainDir: string;
}

/**
 * Resolves every run-time path from a few facts, so packaged and development layouts are one
 * tested function: seeds and generated data are extraResources when packaged, project folders in dev.
 */
export function resolveAppPaths(input: AppPathsInput): AppPaths {
  const dataRoot = input.isPackaged ? input.resourcesPath : input.appRoot;
  return {
    seedsDir: path.join(dataRoot, 'seeds'),
    generatedDir: path.join(dataRoot, 'generated'),
    rendererRoot: path.join(input.mainDir, '..', 'renderer'),
    preloadPath: path.join(input.mainDir, '..', 'preload', 'index.cjs'),
  };
}

/**
 * The corpus folder the user asked for: `--seeds-dir=DIR` or `--seeds-dir DIR` on the command line
 * (the last one wins), else YUEDU_SEEDS_DIR, resolved against `cwd`; undefined means the bundled seeds.
 */
export function seedsDirOverride(
  argv: readonly string[],
  env: Readonly<Record<string, string | undefined>>,
  cwd: string,
): string | undefined {
  let chosen: string | undefined;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--') break;
    if (arg.startsWith('--seeds-dir=')) chosen = arg.slice('--seeds-dir='.length);
    else if (arg === '--seeds-dir' && argv[i + 1] !== undefined) {
      chosen = argv[i + 1];
      i += 1;
    }
  }
  const dir = chosen || env.YUEDU_SEEDS_DIR || undefined;
  return dir === undefined ? undefined : path.resolve(cwd, dir);
}
