import type { CliIo } from './cliIo';

/** The CLI's outside world as this process has it: its streams, environment and signals. */
export function processCliIo(layout?: CliIo['layout']): CliIo {
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
