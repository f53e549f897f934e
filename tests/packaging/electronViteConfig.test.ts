import { once } from 'node:events';
import {
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runInNewContext } from 'node:vm';
import { Worker } from 'node:worker_threads';
import { resolveConfig } from 'electron-vite';
import { build, type InlineConfig, type Rolldown } from 'vite';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Window } from 'happy-dom';
import {
  CONTENT_SECURITY_POLICY_META,
  SECURITY_HEADERS,
} from '../../main/security/contentSecurityPolicy';
import { CHANNELS } from '../../shared/ipc/contract';
import type { PrepareReply } from '../../main/library/import/worker/protocol';
import type { WorkerMessage } from '../../main/search/worker/protocol';
import { seedLibrary } from '../main/search/seedLibrary';

const projectDir = path.resolve(import.meta.dirname, '../..');
const outDir = mkdtempSync(path.join(tmpdir(), 'yuedu-vite-'));
let resolved: { main: InlineConfig; preload: InlineConfig; renderer: InlineConfig };

beforeAll(async () => {
  // electron-vite's resolveConfig sets NODE_ENV for the whole process; keep it local to this file.
  const nodeEnv = process.env['NODE_ENV'];
  try {
    const { config } = await resolveConfig(
      { root: projectDir, build: { outDir }, logLevel: 'silent' },
      'build',
      'production',
    );
    resolved = config as typeof resolved;
  } finally {
    process.env['NODE_ENV'] = nodeEnv;
  }
}, 30_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

function outputOf(config: InlineConfig): Rolldown.OutputOptions {
  const output = config.build?.rolldownOptions?.output;
  return (Array.isArray(output) ? output[0] : output) ?? {};
}

describe('electron.vite.config.ts', () => {
  it('builds main from main/electron/main.ts as ESM index.js, with the workers beside it', () => {
    expect(resolved.main.build?.rolldownOptions?.input).toEqual({
      index: path.join(projectDir, 'main/electron/main.ts'),
      searchWorker: path.join(projectDir, 'main/search/worker/searchWorker.ts'),
      importWorker: path.join(projectDir, 'main/library/import/worker/importWorker.ts'),
      dictionaryWorker: path.join(projectDir, 'main/dictionary/worker/dictionaryWorker.ts'),
    });
    expect(outputOf(resolved.main)).toMatchObject({ format: 'es', entryFileNames: '[name].js' });
  });

  it('builds the renderer from renderer/index.html with relative asset URLs', () => {
    expect(resolved.renderer.root).toBe(path.join(projectDir, 'renderer'));
    expect(resolved.renderer.base).toBe('./');
    expect(resolved.renderer.build?.rolldownOptions?.input).toBe(
      path.join(projectDir, 'renderer/index.html'),
    );
  });

  it(
    "writes the CSP header's policy, minus header-only directives, as the first <meta> of the built page",
    { timeout: 60_000 },
    async () => {
      const plugin = resolved.renderer.plugins
        ?.flat()
        .find((p) => p && typeof p === 'object' && 'name' in p && p.name === 'yuedu-csp-meta');
      expect(plugin, 'the renderer build uses the CSP meta plugin').toBeDefined();
      const root = mkdtempSync(path.join(tmpdir(), 'yuedu-csp-'));
      try {
        writeFileSync(
          path.join(root, 'index.html'),
          '<!doctype html><html><head><title>t</title></head>' +
            '<body><script type="module" src="./main.js"></script></body></html>',
        );
        writeFileSync(path.join(root, 'main.js'), 'document.title = "built";');
        await build({
          root,
          logLevel: 'silent',
          plugins: [plugin as never],
          build: { outDir: path.join(root, 'out') },
        });
        const html = readFileSync(path.join(root, 'out/index.html'), 'utf8');
        const document = new Window().document;
        document.write(html);
        const first = document.head.firstElementChild;
        expect(first?.getAttribute('http-equiv')).toBe('Content-Security-Policy');
        const meta = first?.getAttribute('content') ?? '';
        expect(meta).toBe(CONTENT_SECURITY_POLICY_META);
        const header = SECURITY_HEADERS['Content-Security-Policy']!.split('; ');
        expect(header.filter((d) => !meta.split('; ').includes(d))).toEqual([
          "frame-ancestors 'none'",
        ]);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
  );

  it(
    'emits out/main/searchWorker.js, which runs under plain node and answers searches',
    { timeout: 60_000 },
    async () => {
      await build({ ...resolved.main, logLevel: 'silent' });
      const mainDir = path.join(outDir, 'main');
      expect(readdirSync(mainDir)).toEqual(expect.arrayContaining(['index.js', 'searchWorker.js']));
      // The main bundle finds the worker beside itself (see defaultSearchWorkerFile).
      expect(readFileSync(path.join(mainDir, 'index.js'), 'utf8')).toContain('./searchWorker.js');

      // Dependencies stay external, as in the app: let the bundle resolve them from this clone.
      symlinkSync(path.join(projectDir, 'node_modules'), path.join(outDir, 'node_modules'), 'dir');
      writeFileSync(path.join(outDir, 'package.json'), '{ "type": "module" }');
      const worker = new Worker(path.join(mainDir, 'searchWorker.js'), {
        workerData: { bundledIndexPath: null, persistPath: null, persistDelayMs: 1000 },
      });
      try {
        const messages: WorkerMessage[] = [];
        worker.on('message', (message: WorkerMessage) => messages.push(message));
        worker.postMessage({
          id: 1,
          type: 'start',
          args: { bundled: seedLibrary(5), imported: [] },
        });
        worker.postMessage({ id: 2, type: 'search', args: { query: '发展', limit: 1 } });
        const answered = () => messages.find((m) => m.kind === 'reply' && m.id === 2);
        while (!answered()) await once(worker, 'message');
        expect(answered()).toMatchObject({ ok: true, value: [{ articleId: expect.any(String) }] });
      } finally {
        await worker.terminate();
      }

      // The import worker too: it decodes a Big5 file and parses it there.
      expect(readFileSync(path.join(mainDir, 'index.js'), 'utf8')).toContain('./importWorker.js');
      const importWorker = new Worker(path.join(mainDir, 'importWorker.js'));
      try {
        const bytes = new Uint8Array(
          readFileSync(path.join(projectDir, 'tests/fixtures/encodings/big5.txt')),
        );
        importWorker.postMessage({ id: 1, name: 'big5.txt', bytes });
        const [reply] = (await once(importWorker, 'message')) as [PrepareReply];
        expect(reply).toMatchObject({
          id: 1,
          ok: true,
          file: { ok: true, articles: [{ title: '維港夜色' }] },
        });
      } finally {
        await importWorker.terminate();
      }

      // And the dictionary worker: it loads generated/dictionary.bin and answers a lookup.
      expect(readFileSync(path.join(mainDir, 'index.js'), 'utf8')).toContain(
        './dictionaryWorker.js',
      );
      const dictionaryWorker = new Worker(path.join(mainDir, 'dictionaryWorker.js'), {
        workerData: { generatedDir: path.join(projectDir, 'generated') },
      });
      try {
        dictionaryWorker.postMessage({ id: 1, kind: 'lookup', args: { text: '银行' } });
        const [answer] = (await once(dictionaryWorker, 'message')) as [
          { id: number; ok: boolean; value: Array<{ word: string }> },
        ];
        expect(answer).toMatchObject({ id: 1, ok: true });
        expect(answer.value.map((match) => match.word)).toEqual(['银行', '银']);
      } finally {
        await dictionaryWorker.terminate();
      }
    },
  );

  it(
    'emits the preload as one CommonJS index.cjs that requires only electron and exposes the bridge',
    { timeout: 30_000 },
    async () => {
      await build({ ...resolved.preload, logLevel: 'silent' });
      const preloadDir = path.join(outDir, 'preload');
      expect(readdirSync(preloadDir)).toEqual(['index.cjs']);
      const code = readFileSync(path.join(preloadDir, 'index.cjs'), 'utf8');
      expect(code).not.toMatch(/^\s*(import|export)\s/m);
      expect([...code.matchAll(/require\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1])).toEqual([
        'electron',
      ]);

      // Run it the way a sandboxed preload runs: a bare CommonJS scope whose require knows only electron.
      const exposed = new Map<
        string,
        {
          invoke: (c: string, a: unknown) => Promise<unknown>;
          onLibraryChanged: (callback: (event: unknown) => void) => () => void;
          onGroupChanged: (callback: () => void) => () => void;
        }
      >();
      const invoke = vi.fn(async () => ({ ok: true, value: [] }));
      const on = vi.fn();
      const removeListener = vi.fn();
      const electron = {
        contextBridge: { exposeInMainWorld: (key: string, api: never) => exposed.set(key, api) },
        ipcRenderer: { invoke, on, removeListener },
      };
      const module = { exports: {} };
      runInNewContext(code, {
        require: (id: string) => {
          if (id !== 'electron') throw new Error(`sandboxed preload cannot require ${id}`);
          return electron;
        },
        module,
        exports: module.exports,
        Set,
        Promise,
        Error,
        String,
        TypeError,
      });
      expect([...exposed.keys()]).toEqual(['yuedu']);
      const bridge = exposed.get('yuedu')!;
      expect(Object.keys(bridge)).toEqual([
        'invoke',
        'onLibraryChanged',
        'onMenuCommand',
        'onGroupChanged',
        'chooseGroupFolder',
      ]);
      const unsubscribe = bridge.onLibraryChanged(() => {});
      expect(on).toHaveBeenCalledWith('library:changed', expect.any(Function));
      unsubscribe();
      expect(removeListener).toHaveBeenCalledWith('library:changed', on.mock.calls[0]![1]);
      const unsubscribeGroup = bridge.onGroupChanged(() => {});
      expect(on).toHaveBeenCalledWith('group:changed', expect.any(Function));
      unsubscribeGroup();
      expect(removeListener).toHaveBeenCalledWith('group:changed', on.mock.calls[1]![1]);
      await bridge.invoke(CHANNELS[0], {});
      expect(invoke).toHaveBeenCalledWith(CHANNELS[0], {});
      await expect(bridge.invoke('fs:read', {})).resolves.toMatchObject({
        ok: false,
        error: { code: 'forbidden' },
      });
    },
  );
});
