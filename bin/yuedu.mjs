#!/usr/bin/env node
// The `yuedu` command: runs the CLI compiled to out/cli/ by `npm run build:cli` (also run by
// `npm ci`'s prepare step and by `npm run build`).
import { existsSync } from 'node:fs';

const entry = new URL('../out/cli/yuedu.js', import.meta.url);
if (!existsSync(entry)) {
  process.stderr.write('yuedu: the command is not built yet; run "npm run build:cli" first.\n');
  process.exit(1);
}
await import(entry.href);
