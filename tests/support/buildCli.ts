import { execFileSync } from 'node:child_process';
import path from 'node:path';

/**
 * Vitest global setup: compiles the CLI before any test runs, so the tests that spawn
 * `bin/yuedu.mjs` (which runs out/cli/) always exercise the current sources.
 */
export default function buildCli(): void {
  const root = path.resolve(import.meta.dirname, '../..');
  execFileSync(process.execPath, [path.join(root, 'bin/build-cli.mjs')], {
    cwd: root,
    stdio: 'inherit',
  });
}
