import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { PROJECT_ROOT } from '../../../main/paths/projectPaths';

export const CHROMIUM_PATH = process.env.YUEDU_CHROMIUM ?? '/usr/bin/chromium';

/** Screenshots land here (git-ignored) so a person can look at what the tests saw. */
export const SCREENSHOT_DIR = path.join(PROJECT_ROOT, 'test-results', 'e2e');

/**
 * Whether the e2e suite can run. Locally a missing Chromium skips it with a hint; under CI it is a
 * failure, because a green run without the browser tests would prove nothing.
 */
export function chromiumAvailable(): boolean {
  if (existsSync(CHROMIUM_PATH)) return true;
  if (process.env.CI === 'true') {
    throw new Error(
      `Chromium is required under CI but ${CHROMIUM_PATH} is missing (apt-get install chromium).`,
    );
  }
  console.warn(`Skipping e2e tests: ${CHROMIUM_PATH} not found (apt-get install chromium).`);
  return false;
}

/** Debian's Chromium, headless, with the flags that keep it off this offline machine's network. */
export async function launchChromium(): Promise<Browser> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}
