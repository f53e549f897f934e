import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';

/**
 * Starts a worker thread from its file. The built app runs the bundled `.js` directly; from source
 * (CLI, `yuedu serve`, tests) the `.ts` file needs tsx inside the thread, because loader hooks
 * registered in the main thread do not reach workers on Node 20.
 */
export function spawnWorker(
  file: URL,
  workerData: unknown,
  options: Pick<WorkerOptions, 'resourceLimits'> = {},
): Worker {
  if (!file.pathname.endsWith('.ts')) return new Worker(file, { ...options, workerData });
  const bootstrap = [
    `import(${JSON.stringify(tsxApiUrl())})`,
    `.then(({ register }) => { register(); return import(${JSON.stringify(file.href)}); })`,
  ].join('');
  return new Worker(bootstrap, { ...options, eval: true, workerData });
}

/** tsx's ESM API entry, found through its package exports. */
function tsxApiUrl(): string {
  const require = createRequire(import.meta.url);
  const manifestPath = require.resolve('tsx/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    exports: { './esm/api': { import: { default: string } } };
  };
  return pathToFileURL(join(dirname(manifestPath), manifest.exports['./esm/api'].import.default))
    .href;
}
