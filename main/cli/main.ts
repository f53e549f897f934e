import { processCliIo } from './processIo';
import { runCli } from './runCli';

// The process wiring for `bin/yuedu.mjs`; everything testable lives in runCli.
process.exitCode = await runCli(process.argv.slice(2), processCliIo());
