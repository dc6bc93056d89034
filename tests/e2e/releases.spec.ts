import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { serveWithNginx } from '../../scripts/serve-with-nginx.ts';
import type { Answers } from '../../src/engine/answers.ts';
import { expect, listAnswerValues, test } from './support/test.ts';
import { waitForApp, walkJourney } from './support/walk-journey.ts';

// Decision 0039: a release never shows stale advice. Release A is the build
// under test (dist/); release B is the same code with Portsmouth MASH's number
// changed and the version raised, built here. Both are served by one nginx, from
// one folder, and B is deployed as hosting/nginx/README.md says: copied over A,
// keeping A's hashed files.

const OLD_NUMBER = '023 9268 8793';
/** Not a real number: only this test's release B has it. */
const NEW_NUMBER = '023 9200 0000';
/** Release A is the flow as it is; B raises its patch number. */
const OLD_VERSION = (JSON.parse(readFileSync('flows/online-abuse.flow.json', 'utf8')) as { version: string })
  .version;
const NEW_VERSION = OLD_VERSION.replace(/\d+$/, (patch) => String(Number(patch) + 1));
const NOTE = 'MASH-REF-4471';

/** A teacher in Portsmouth: an adult asks a 14-year-old for nudes. The plan calls Portsmouth MASH. */
const JOURNEY: Answers = {
  'immediate-danger': 'no',
  'your-role': 'other-staff',
  setting: 'education-setting',
  area: 'portsmouth',
  'child-age': '13-to-15',
  concerns: ['sexual-communication'],
  'adult-involved': 'yes',
  'works-with-children': 'no',
};

// Made in beforeAll, not at module load: with parallel workers, Playwright may
// run this file's beforeAll and afterAll more than once in one worker, and the
// afterAll removes the folder.
let work = '';
let releaseB = '';

test.beforeAll(() => {
  test.setTimeout(180_000); // a production build: 20 to 40 s on a busy 2-core machine
  work = mkdtempSync(join(tmpdir(), 'releases-'));
  releaseB = join(work, 'release-b');
  const flow = JSON.parse(readFileSync('flows/online-abuse.flow.json', 'utf8')) as { version: string };
  flow.version = NEW_VERSION;
  const mash = findById(flow, 'portsmouth-mash') as { value: string; lastChecked: string };
  expect(mash.value).toBe(OLD_NUMBER);
  Object.assign(mash, { value: NEW_NUMBER, lastChecked: '2026-12-03' });
  const flowFile = join(work, 'flow-b.json');
  writeFileSync(flowFile, JSON.stringify(flow));
  const built = spawnSync(
    'npx',
    ['vite', 'build', '--logLevel', 'error', '--outDir', releaseB, '--emptyOutDir'],
    {
      env: { ...process.env, TRIAGE_FLOW_FILE: flowFile },
      encoding: 'utf8',
    },
  );
  expect(built.status, built.stderr).toBe(0);
});

/** The object with this id anywhere in the flow (a contact sits in its route's list). */
function findById(value: unknown, id: string): object | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  if ((value as { id?: unknown }).id === id) return value;
  for (const inner of Object.values(value)) {
    const found = findById(inner, id);
    if (found) return found;
  }
  return undefined;
}

test.afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A folder served as the live site, holding release A. */
function createSite(): string {
  const site = mkdtempSync(join(work, 'site-'));
  cpSync(resolve('dist'), site, { recursive: true });
  return site;
}

/** Deploys release B as the README says: its files copied over A's, A's hashed files kept. */
function deployB(site: string) {
  cpSync(releaseB, site, { recursive: true, force: true });
}

test.describe('with the service worker', () => {
  test.use({ serviceWorkers: 'allow' });

  test('a release reaches an open tab at its next reload or navigation, with nothing lost from the journey; offline, the old release says how old it is', async ({
    page,
    context,
    guard,
  }) => {
    test.setTimeout(120_000); // one walk, two tabs, several reloads through a service worker
    const site = createSite();
    const server = await serveWithNginx({ root: site });
    guard.allowOrigin(server.origin);
    guard.watchAnswers([...listAnswerValues(JOURNEY), NOTE]);
    try {
      await page.goto(`${server.origin}/`);
      await waitForApp(page);
      await page.waitForFunction(async () => {
        const registration = await navigator.serviceWorker.ready;
        return registration.active?.state === 'activated' && navigator.serviceWorker.controller !== null;
      });
      await walkJourney(page, JOURNEY, { open: false });
      await page.getByLabel(/Reference numbers/).fill(NOTE);
      await expect
        .poll(() => page.evaluate(() => JSON.stringify({ ...window.sessionStorage })))
        .toContain(NOTE);
      await expect(page.getByText(OLD_NUMBER).first()).toBeVisible();
      await expect(page.getByText(`version ${OLD_VERSION}`, { exact: false }).first()).toBeVisible();

      // Offline, the copy kept in the browser (release A) says how old its advice is.
      await context.setOffline(true);
      await page.reload();
      await expect(page.getByRole('heading', { level: 1, name: 'What to do' })).toBeVisible();
      await expect(page.getByText('Offline: advice last updated 3 December 2026.')).toBeVisible();
      await expect(page.getByText(OLD_NUMBER).first()).toBeVisible();
      await expect(page.getByLabel(/Reference numbers/)).toHaveValue(NOTE);
      await context.setOffline(false);
      await expect(page.getByText('Offline: advice last updated')).toBeHidden();

      // A second tab on the start page, left open across the release.
      const other = await context.newPage();
      await other.goto(`${server.origin}/`);
      await waitForApp(other);
      await expect(other.getByText(`version ${OLD_VERSION}`, { exact: false })).toBeVisible();

      deployB(site);

      // The next reload shows B's number and version, with the answers and the note.
      await page.reload();
      await expect(page.getByRole('heading', { level: 1, name: 'What to do' })).toBeVisible();
      await expect(page.getByText(NEW_NUMBER).first()).toBeVisible();
      await expect(page.getByText(OLD_NUMBER)).toHaveCount(0);
      await expect(page.getByText(`version ${NEW_VERSION}`, { exact: false }).first()).toBeVisible();
      await expect(page.getByText('The advice in this tool has been updated')).toBeVisible();
      await expect(page.getByLabel(/Reference numbers/)).toHaveValue(NOTE);
      const saved = await page.evaluate(() => JSON.stringify({ ...window.sessionStorage }));
      for (const value of [NOTE, 'portsmouth', 'sexual-communication', NEW_VERSION])
        expect(saved).toContain(value);

      // The other tab's next navigation in the app finds the new release and reloads onto it.
      // The reload comes after the navigation's release check: wait for it
      // before going back (CI once went back mid-reload and lost the page).
      await other.getByRole('link', { name: 'How this tool decides' }).click();
      await expect(other.getByRole('heading', { level: 1, name: 'How this tool decides' })).toBeVisible();
      await expect(other.getByText(`version ${NEW_VERSION}`, { exact: false })).toBeVisible();
      await other.goBack();
      await expect(other.getByRole('heading', { level: 1 })).not.toHaveText('How this tool decides');
      await expect(other.getByText(`version ${NEW_VERSION}`, { exact: false })).toBeVisible();
    } finally {
      await context.setOffline(false);
      await server.stop();
    }
  });
});

test.describe('without a service worker', () => {
  test('a page whose scripts a release removed reloads once onto the new release instead of failing', async ({
    page,
    guard,
  }) => {
    test.setTimeout(60_000); // a few page loads
    const site = createSite();
    const server = await serveWithNginx({ root: site });
    guard.allowOrigin(server.origin);
    // The browser reports the missing script before the page reloads.
    guard.allowConsoleErrors(/404|Failed to fetch dynamically imported module/);
    try {
      await page.goto(`${server.origin}/`);
      await waitForApp(page);
      // A host that replaced the whole folder: A's hashed files are gone.
      rmSync(site, { recursive: true, force: true });
      cpSync(releaseB, site, { recursive: true });
      await page.getByRole('button', { name: /Start now/ }).click();
      await expect(page.getByRole('heading', { level: 1, name: /immediate danger/ })).toBeVisible();
      await expect(page.getByText('Sorry, there is a problem with the service')).toHaveCount(0);
      expect(
        await page.evaluate(() => window.sessionStorage.getItem('online-abuse-triage:reloaded-for')),
      ).toMatch(/^(missing-script|release):/);
    } finally {
      await server.stop();
    }
  });
});
