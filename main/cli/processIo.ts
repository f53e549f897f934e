import type { CliIo } from './cliIo';

/** The CLI's outside world as this process has it: its streams, environment and signals. */
export function processCliIo(layout?: CliIo['layout']): CliIo {
  // A reader that stops early (`yuedu list | head`) closes the pipe: that ends the output, not in a crash.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE') throw error;
    process.exit(process.exitCode ?? 0);
  });
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    cwd: process.cwd(),
    onInterrupt: (stop) => {
      process.once('SIGINT', stop);
      return () => process.removeListener('SIGINT', stop);
    },
    stdoutIsTerminal: process.stdout.isTTY === true,
    untilInterrupted: () =>
      new Promise((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      }),
    ...(layout ? { layout } : {}),
  };
}
