import { resolve } from 'node:path';
import { defineConfig } from '@playwright/test';
import { findFreePort, findNginx } from '../../scripts/serve-with-nginx.ts';
import { CHROMIUM_ARGS } from '../../scripts/system-chromium.ts';

/**
 * Browser tests against the production build (dist/), served on 127.0.0.1 by
 * nginx with the hosts' configuration (scripts/serve-with-nginx.ts), in
 * Debian's Chromium (Playwright cannot download browsers here). Run through
 * scripts/run-browser-tests.ts, which builds first and says clearly what did
 * not run when Chromium or nginx is missing. See docs/decisions/0004 and 0005.
 */
const root = resolve(import.meta.dirname, '../..');
// A free port, so that test runs in other checkouts on this machine do not
// collide. Chosen once: the workers read this file again, with this variable set.
process.env.E2E_PORT ??= String(await findFreePort());
const port = Number(process.env.E2E_PORT);

export default defineConfig({
  testDir: '.',
  // Not test-results/ itself: Playwright empties its output folder, and the
  // other runners' JSON reports live there.
  outputDir: resolve(root, 'test-results/playwright'),
  fullyParallel: true,
  forbidOnly: true,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Lists the plan-at-a-glance route sets in the background (decision 0054).
  globalSetup: './global-setup.ts',
  reporter: [['list'], ['json', { outputFile: resolve(root, 'test-results/browser.json') }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // The offline tests allow the service worker; elsewhere it would only
    // precache the whole build again in every fresh context.
    serviceWorkers: 'block',
    trace: 'off',
    screenshot: 'off',
    launchOptions: {
      executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    // Reads the built files only: runs even where there is no browser.
    { name: 'budget', testMatch: /budget\.spec\.ts$/ },
    { name: 'chromium', testIgnore: /budget\.spec\.ts$/ },
  ],
  // Without nginx only the budget project can run (scripts/run-browser-tests.ts).
  webServer: findNginx()
    ? {
        command: `node scripts/serve-with-nginx.ts --port ${port}`,
        cwd: root,
        url: `http://127.0.0.1:${port}/`,
        reuseExistingServer: false,
        stdout: 'ignore',
        // The server deletes nginx's temporary folder when it stops; a SIGKILL would leave it.
        gracefulShutdown: { signal: 'SIGTERM', timeout: 5_000 },
        timeout: 20_000,
      }
    : undefined,
});
