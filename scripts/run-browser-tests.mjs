// `npm test`'s browser step: builds the app, then runs the Playwright tests in
// tests/e2e against the build with Debian's Chromium. Without Chromium, CI
// (CI=true) fails; elsewhere it prints one line on how to install it and runs
// only the size budget, which needs no browser.
import { spawnSync } from 'node:child_process';
import { CHROMIUM_INSTALL as INSTALL, findChromium } from './system-chromium.mjs';

const run = (command, args, env = process.env) =>
  spawnSync(command, args, { stdio: 'inherit', env }).status ?? 1;

const chromium = findChromium();
const isCi = process.env.CI === 'true' || process.env.CI === '1';
if (!chromium && isCi) {
  console.error(`Browser tests: no Chromium at $CHROME_PATH or /usr/bin/chromium; CI needs it (${INSTALL}).`);
  process.exit(1);
}

if (run('npx', ['vite', 'build', '--logLevel', 'warn']) !== 0) process.exit(1);

const playwright = ['playwright', 'test', '-c', 'tests/e2e/playwright.config.ts', ...process.argv.slice(2)];
if (!chromium) {
  console.log(
    `Browser tests NOT RUN (journeys, accessibility, privacy, offline, no-JavaScript): Chromium not found; install it with "${INSTALL}" or set CHROME_PATH. Running only the size budget.`,
  );
  process.exit(run('npx', [...playwright, '--project=budget']));
}
process.exit(run('npx', playwright, { ...process.env, CHROME_PATH: chromium }));
