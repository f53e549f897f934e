import { createRequire } from 'node:module';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Configuration, TargetConfiguration } from 'app-builder-lib';

// app-builder-lib is electron-builder's engine (a dependency of electron-builder): these are the
// exact functions `electron-builder` uses to find, parse and validate electron-builder.yml.
const require = createRequire(import.meta.url);
const { getConfig, validateConfiguration } =
  require('app-builder-lib/out/util/config/config.js') as {
    getConfig(
      projectDir: string,
      configPath: string | null,
      fromOptions: null,
    ): Promise<Configuration>;
    validateConfiguration(config: Configuration, logger: { isEnabled: boolean }): Promise<void>;
  };

const projectDir = path.resolve(import.meta.dirname, '../..');
let config: Configuration;

beforeAll(async () => {
  config = await getConfig(projectDir, null, null);
}, 20_000);

function targetsOf(platform: 'win' | 'mac' | 'linux'): Record<string, string[]> {
  const targets = (config[platform]?.target ?? []) as TargetConfiguration[];
  return Object.fromEntries(targets.map((t) => [t.target, (t.arch ?? []) as string[]]));
}

describe('electron-builder.yml', () => {
  it("passes electron-builder's own schema validation", { timeout: 20_000 }, async () => {
    await expect(validateConfiguration(config, { isEnabled: false })).resolves.toBeUndefined();
  });

  it(
    'is checked by a validator that does reject a misplaced option',
    { timeout: 20_000 },
    async () => {
      const misplaced = { ...config, mac: { ...config.mac, oneClick: true } } as Configuration;
      await expect(validateConfiguration(misplaced, { isEnabled: false })).rejects.toThrow(
        /configuration.mac/,
      );
    },
  );

  it('identifies the app and packs it into an asar', () => {
    expect(config.appId).toBe('app.yuedu.reader');
    expect(config.productName).toBe('Yuedu');
    expect(config.asar).toBe(true);
  });

  it('packs only the built bundles and package.json, never sources or tests', () => {
    // electron-builder normalises `files` into file sets of filter patterns.
    const sets = [config.files ?? []].flat() as Array<
      string | { from?: string; filter?: string[] }
    >;
    const patterns = sets.flatMap((set) => {
      if (typeof set === 'string') return [set];
      expect(set.from ?? '.', 'file sets come from the project root').toBe('.');
      return set.filter ?? [];
    });
    const included = patterns.filter((pattern) => !pattern.startsWith('!'));
    expect(included.length).toBeGreaterThan(0);
    for (const pattern of included) {
      expect(pattern === 'package.json' || pattern.startsWith('out/'), pattern).toBe(true);
    }
  });

  it('ships the seeds and generated corpus as extra resources where main/electron/paths.ts looks', () => {
    const resources = (config.extraResources ?? []) as Array<{ from: string; to: string }>;
    expect(resources.map(({ from, to }) => [from, to])).toEqual([
      ['seeds', 'seeds'],
      ['generated', 'generated'],
      ['README.md', 'README.md'],
    ]);
  });

  it('sets every hardening fuse', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('builds NSIS for Windows, DMG for macOS and AppImage plus deb for Linux on x64 and arm64', () => {
    expect(targetsOf('win')).toEqual({ nsis: ['x64', 'arm64'] });
    expect(targetsOf('mac')).toEqual({ dmg: ['x64', 'arm64'] });
    expect(targetsOf('linux')).toEqual({ AppImage: ['x64', 'arm64'], deb: ['x64', 'arm64'] });
  });

  it('signs macOS with the hardened runtime and files the app under Education', () => {
    expect(config.mac?.hardenedRuntime).toBe(true);
    expect(config.mac?.category).toBe('public.app-category.education');
    expect(config.linux?.category).toBe('Education');
  });

  it('registers the yuedu:// scheme used by exported Markdown links', () => {
    const protocols = [config.protocols ?? []].flat();
    expect(protocols.flatMap((p) => p.schemes)).toEqual(['yuedu']);
  });

  it('gives the deb an honest homepage (the README it installs) and a maintainer', () => {
    const homepage = (config.extraMetadata as { homepage?: string } | undefined)?.homepage;
    // Debian packages install under /opt/<productName>; the README is one of the extra resources.
    expect(homepage).toBe(`file:///opt/${config.productName}/resources/README.md`);
    expect(config.linux?.maintainer).toBe('Yuedu contributors');
    expect(config.deb?.packageCategory).toBe('education');
  });

  it('keeps the clone-only compiled CLI out of the asar and takes the icons rendered from build/icon.svg', () => {
    const patterns = [config.files ?? []]
      .flat()
      .flatMap((set) => (typeof set === 'string' ? [set] : (set.filter ?? [])));
    expect(patterns).toContain('!out/cli/**');
    expect(config.directories?.buildResources).toBe('build');
    expect(config.linux?.icon).toBe('build/icons');
  });
});
