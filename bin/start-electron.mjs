#!/usr/bin/env node
// Opens the built app in Electron (`npm start`), fetching Electron's binary first if it is missing.
//
// Electron 45 has no install script, and electron-vite only reads node_modules/electron/path.txt,
// which nothing but Electron's own installer writes; so after `npm ci` the binary is downloaded
// here, once, by that installer (node_modules/electron/install.js), and then started on the app.
//
//   node bin/start-electron.mjs [APP_DIR]     install if needed, then run Electron on APP_DIR
//   node bin/start-electron.mjs --install-only
//
// YUEDU_ELECTRON_MODULE_DIR points at another electron package folder (the tests use a fake one).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const projectRoot = path.resolve(import.meta.dirname, '..');

function electronModuleDir() {
  const override = process.env.YUEDU_ELECTRON_MODULE_DIR;
  if (override) return path.resolve(override);
  const require = createRequire(path.join(projectRoot, 'package.json'));
  return path.dirname(require.resolve('electron/package.json'));
}

/** The executable path.txt names, or null when Electron's installer has not run (or half ran). */
function installedExecutable(moduleDir) {
  const pathFile = path.join(moduleDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const executable = path.join(moduleDir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(executable) ? executable : null;
}

function ensureElectron(moduleDir) {
  const found = installedExecutable(moduleDir);
  if (found !== null) return found;
  const { version } = JSON.parse(readFileSync(path.join(moduleDir, 'package.json'), 'utf8'));
  process.stderr.write(
    `Yuedu: downloading Electron ${version} for this machine (once; later starts skip this)…\n`,
  );
  const installer = spawnSync(process.execPath, [path.join(moduleDir, 'install.js')], {
    stdio: 'inherit',
  });
  const installed = installer.status === 0 ? installedExecutable(moduleDir) : null;
  if (installed === null) {
    process.stderr.write(
      'Yuedu: Electron could not be downloaded (see above). Check the network connection, or a ' +
        'proxy (ELECTRON_GET_USE_PROXY, HTTPS_PROXY) or mirror (ELECTRON_MIRROR), and run npm start again.\n',
    );
    process.exit(1);
  }
  return installed;
}

function launch(executable, appDir) {
  const manifest = JSON.parse(readFileSync(path.join(appDir, 'package.json'), 'utf8'));
  const entry = path.join(appDir, manifest.main);
  if (!existsSync(entry)) {
    process.stderr.write(`Yuedu: ${entry} is not built yet; run npm run build (npm start does).\n`);
    process.exit(1);
  }
  const child = spawn(executable, [appDir], { stdio: 'inherit', windowsHide: false });
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.on(signal, () => child.kill(signal));
  }
  child.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const args = process.argv.slice(2);
const executable = ensureElectron(electronModuleDir());
if (!args.includes('--install-only')) {
  launch(executable, path.resolve(args.find((arg) => !arg.startsWith('--')) ?? projectRoot));
}
