import { resolve } from 'node:path';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS } from '../../scripts/system-chromium.mjs';

/**
 * Browser tests against the production build (dist/), served on 127.0.0.1 by
 * scripts/serve-dist.mjs, in Debian's Chromium (Playwright cannot download
 * browsers here). Run through scripts/run-browser-tests.mjs, which builds
 * first and says clearly what did not run when Chromium is missing. See
 * docs/decisions/0004.
 */
const root = resolve(import.meta.dirname, '../..');
const port = Number(process.env.E2E_PORT ?? 4317);

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
  webServer: {
    command: `node scripts/serve-dist.mjs --port ${port}`,
    cwd: root,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: false,
    stdout: 'ignore',
    timeout: 20_000,
  },
});
