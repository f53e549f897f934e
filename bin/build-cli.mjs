#!/usr/bin/env node
// Compiles the `yuedu` command to JavaScript in out/cli/ (part of `npm run build` and of `npm ci`'s
// prepare step), so the command starts without compiling TypeScript and needs no dev tools to run.
// Dependencies are bundled and everything is minified, so a start reads a few files instead of
// resolving hundreds in node_modules; commands import what they need on demand, which esbuild keeps
// as separate chunks beside the entry. The worker entries sit beside it as well, where
// defaultSearchWorkerFile, defaultImportWorkerFile and defaultDictionaryWorkerFile look for them.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '..');
const outdir = path.join(root, 'out', 'cli');

rmSync(outdir, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: {
    yuedu: 'main/cli/main.ts',
    searchWorker: 'main/search/worker/searchWorker.ts',
    importWorker: 'main/library/import/worker/importWorker.ts',
    dictionaryWorker: 'main/dictionary/worker/dictionaryWorker.ts',
  },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  chunkNames: '[name]-[hash]',
  minify: true,
  // Error and class names stay readable in messages.
  keepNames: true,
  legalComments: 'linked',
  logLevel: 'warning',
});
