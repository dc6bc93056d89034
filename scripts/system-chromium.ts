// Debian's Chromium, shared by the browser tests and the benchmark: Playwright
// cannot download browsers here. One list of launch flags, because without the
// background-networking ones Chromium tries to reach Google's hosts from a
// closed network.
import { findExecutable } from './find-executable.ts';

export const CHROMIUM_ARGS: string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** The first executable of $CHROME_PATH, /usr/bin/chromium and /usr/bin/chromium-browser, or undefined. */
export function findChromium(): string | undefined {
  return findExecutable([process.env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']);
}
