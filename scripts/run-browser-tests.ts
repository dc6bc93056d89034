// `npm test`'s browser step: builds the app (unless given --no-build), then
// runs the Playwright tests in tests/e2e against the build, served by nginx
// with the hosts' configuration, in Debian's Chromium. Without Chromium or
// nginx, CI (CI=true) fails; elsewhere it prints one line on how to install
// them and runs only the size budget, which needs neither.
import { spawnSync } from 'node:child_process';
import { findNginx } from './serve-with-nginx.ts';
import { findChromium } from './system-chromium.ts';

const run = (command: string, args: string[], env: NodeJS.ProcessEnv = process.env): number =>
  spawnSync(command, args, { stdio: 'inherit', env }).status ?? 1;

const chromium = findChromium();
const missing = [
  ...(chromium
    ? []
    : [{ name: 'Chromium', where: '$CHROME_PATH or /usr/bin/chromium', package: 'chromium' }]),
  ...(findNginx() ? [] : [{ name: 'nginx', where: '$NGINX_PATH or /usr/sbin/nginx', package: 'nginx' }]),
];
const missingNames = missing.map((program) => program.name).join(' and ');
const install = `apt-get update && apt-get install -y ${missing.map((program) => program.package).join(' ')}`;
const isCi = process.env.CI === 'true' || process.env.CI === '1';
if (missing.length > 0 && isCi) {
  const places = missing.map((program) => `${program.name} at ${program.where}`).join(', ');
  console.error(`Browser tests: no ${places}; CI needs ${missingNames} (${install}).`);
  process.exit(1);
}

// --no-build: dist/ is fresh (npm test builds in a stage of its own, scripts/run-tests.ts).
const noBuild = process.argv.includes('--no-build');
const playwrightArgs = process.argv.slice(2).filter((arg) => arg !== '--no-build');
if (!noBuild && run('npx', ['vite', 'build', '--logLevel', 'warn']) !== 0) process.exit(1);

const playwright = ['playwright', 'test', '-c', 'tests/e2e/playwright.config.ts', ...playwrightArgs];
if (missing.length > 0) {
  console.log(
    `Browser tests NOT RUN (journeys, accessibility, privacy, host headers, offline, no-JavaScript): ${missingNames} not found; install with "${install}" (or set ${missing.map((program) => program.where.split(' ')[0]).join(', ')}). Running only the size budget.`,
  );
  process.exit(run('npx', [...playwright, '--project=budget']));
}
process.exit(run('npx', playwright, { ...process.env, CHROME_PATH: chromium }));
