// Renders build/icon.svg, the one source of the app icon, to every file electron-builder takes:
// build/icon.png (1024 px), build/icons/<N>x<N>.png for Linux, build/icon.ico for Windows and
// build/icon.icns for macOS. resvg draws it without any system font (the SVG holds shapes only).
// Run: npm run build:icons (part of npm run dist)
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Resvg } from '@resvg/resvg-js';
import { encodeIcns, encodeIco, type SizedPng } from './icons/iconContainers';

const buildDir = fileURLToPath(new URL('../build/', import.meta.url));
const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
const ICNS_SIZES = [16, 32, 64, 128, 256, 512, 1024];

const svg = readFileSync(path.join(buildDir, 'icon.svg'), 'utf8');
const rendered = new Map<number, Uint8Array>();
const png = (size: number): SizedPng => {
  if (!rendered.has(size)) {
    const image = new Resvg(svg, {
      fitTo: { mode: 'width', value: size },
      font: { loadSystemFonts: false },
    }).render();
    rendered.set(size, image.asPng());
  }
  return { size, png: rendered.get(size)! };
};

mkdirSync(path.join(buildDir, 'icons'), { recursive: true });
for (const size of LINUX_SIZES) {
  writeFileSync(path.join(buildDir, 'icons', `${size}x${size}.png`), png(size).png);
}
writeFileSync(path.join(buildDir, 'icon.png'), png(1024).png);
writeFileSync(path.join(buildDir, 'icon.ico'), encodeIco(ICO_SIZES.map(png)));
writeFileSync(path.join(buildDir, 'icon.icns'), encodeIcns(ICNS_SIZES.map(png)));
console.log(`Icons written to ${buildDir} (${LINUX_SIZES.join(', ')} px; .ico; .icns)`);
