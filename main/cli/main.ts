import { runCli } from './runCli';

// The process wiring for `bin/yuedu.mjs`; everything testable lives in runCli.
const exitCode = await runCli(process.argv.slice(2), {
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
});
process.exitCode = exitCode;
