import { accessSync, constants } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import type { Teardownable } from './database.ts';

/** Debian's `chromium` package; `CHROMIUM_PATH` names another build (macOS, a CI image). */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Flags for a headless Chromium on a machine without a display or outside network, run as root.
 * Without the background-networking ones, Chromium's own connections (updates, sync, field trials)
 * are refused by the closed network and slow every page down. Playwright gives each launch a fresh
 * temporary profile (`--user-data-dir`) and removes it on close.
 */
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/**
 * A headless Chromium driven by playwright-core, closed on teardown. A machine without one fails
 * the test saying what to install: a browser test that skips proves nothing.
 */
export async function launchChromium(t: Teardownable): Promise<Browser> {
  try {
    accessSync(CHROMIUM_PATH, constants.X_OK);
  } catch {
    throw new Error(`This test opens pages in headless Chromium and found none at ${CHROMIUM_PATH}: apt-get install chromium (or set CHROMIUM_PATH to a Chromium binary).`);
  }
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: FLAGS, timeout: 60_000 });
  t.teardown(() => browser.close());
  return browser;
}
