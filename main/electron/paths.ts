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
