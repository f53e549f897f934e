import path from 'node:path';
import type { CliIo } from '../../../main/cli/cliIo';
import { runCli } from '../../../main/cli/runCli';

/** What one in-process `yuedu` run printed, and how it exited. */
export interface YueduRun {
  code: number;
  stdout: string;
  stderr: string;
  json: <T = unknown>() => T;
}

/**
 * Runs `yuedu --data-dir <dataDir> …argv` in-process and keeps what it printed; `cwd` (by default the
 * folder holding `dataDir`) is where relative output paths land. Kept free of test hooks so that
 * unit and e2e tests can both drive the CLI through it.
 */
export async function runYuedu(
  dataDir: string,
  argv: readonly string[],
  cwd = path.dirname(dataDir),
): Promise<YueduRun> {
  let stdout = '';
  let stderr = '';
  const io: CliIo = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    env: {},
    cwd,
    untilInterrupted: async () => {},
  };
  const code = await runCli(['--data-dir', dataDir, ...argv], io);
  return { code, stdout, stderr, json: <T>() => JSON.parse(stdout) as T };
}
