import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY_META } from './main/security/contentSecurityPolicy';

const root = import.meta.dirname;

/**
 * Fontsource's CSS lists a .woff fallback after each .woff2 file; Chromium (and so Electron) always
 * takes the woff2, so dropping the fallback halves the bundled fonts without changing what renders.
 */
const woff2Only = (): Plugin => ({
  name: 'yuedu-woff2-only',
  enforce: 'pre',
  transform(code, id) {
    if (!/@fontsource[\\/].+\.css$/.test(id)) return null;
    return code.replace(/,\s*url\([^)]*\.woff\)\s*format\(["']woff["']\)/g, '');
  },
});

/**
 * Writes the renderer's CSP into the built index.html as the first thing in <head>, before any
 * script. Build only: the dev server's hot reload needs an inline script the policy forbids.
 */
export const cspMeta = (): Plugin => ({
  name: 'yuedu-csp-meta',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY_META },
      injectTo: 'head-prepend',
    },
  ],
});

// Builds the three Electron bundles into out/: ESM main, a single CommonJS sandboxed preload, and
// the renderer with relative asset URLs so it loads both from app://yuedu/ and from `yuedu serve`.
export default defineConfig({
  main: {
    build: {
      outDir: resolve(root, 'out/main'),
      rolldownOptions: {
        // The search index and the reading of imported files live in worker threads, which need
        // entry files of their own.
        input: {
          index: resolve(root, 'main/electron/main.ts'),
          searchWorker: resolve(root, 'main/search/worker/searchWorker.ts'),
          importWorker: resolve(root, 'main/library/import/worker/importWorker.ts'),
          dictionaryWorker: resolve(root, 'main/dictionary/worker/dictionaryWorker.ts'),
        },
        output: { format: 'es', entryFileNames: '[name].js' },
      },
    },
  },
  preload: {
    build: {
      outDir: resolve(root, 'out/preload'),
      // A sandboxed preload may require('electron') and nothing else: bundle everything it imports.
      externalizeDeps: false,
      rolldownOptions: {
        input: { index: resolve(root, 'preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve(root, 'renderer'),
    base: './',
    plugins: [react(), woff2Only(), cspMeta()],
    build: {
      // The CSP allows fonts from 'self' only, so small font subsets must not be inlined as data: URLs.
      assetsInlineLimit: 0,
      outDir: resolve(root, 'out/renderer'),
      emptyOutDir: true,
      rolldownOptions: {
        input: resolve(root, 'renderer/index.html'),
      },
    },
  },
});
