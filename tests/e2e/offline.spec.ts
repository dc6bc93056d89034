import { serveWithNginx } from '../../scripts/serve-with-nginx.ts';
import { runCommandLine, scenarioFiles } from './support/scenarios.ts';
import { expect, listAnswerValues, test } from './support/test.ts';
import { waitForApp, walkJourney } from './support/walk-journey.ts';

test.use({ serviceWorkers: 'allow' });

test('after one visit the whole tool works with the network off, a reload part-way through included', async ({
  page,
  context,
  guard,
}) => {
  // An nginx of its own, with the hosts' configuration, which this test stops:
  // nothing can come from the network after that.
  const server = await serveWithNginx();
  guard.allowOrigin(server.origin);
  // When the network comes back at the end, the page asks for release.json
  // (decision 0039), and this test's server is stopped by then.
  // A check already on its way when the test cuts the network fails the same way.
  guard.allowConsoleErrors(/ERR_CONNECTION_REFUSED|ERR_INTERNET_DISCONNECTED/);
  let closed = false;
  try {
    await page.goto(`${server.origin}/`);
    await waitForApp(page);
    await page.waitForFunction(async () => {
      const registration = await navigator.serviceWorker.ready;
      return registration.active?.state === 'activated' && navigator.serviceWorker.controller !== null;
    });

    await context.setOffline(true);
    await server.stop();
    closed = true;

    const file = scenarioFiles.find(
      (candidate) => candidate.file === 'child-arranging-to-meet-groomer-tonight.json',
    )!;
    const expected = runCommandLine(file);
    guard.watchAnswers(listAnswerValues(file.scenario.answers));
    await page.goto(`${server.origin}/`);
    await waitForApp(page);
    const result = await walkJourney(page, file.scenario.answers, { open: false, reloadAfter: 3 });
    expect(result.routes).toEqual(expected.routes);
    expect(result.warnings).toEqual(expected.warnings);

    // A new tab, offline, on a deep link: the app answers from the cache.
    const other = await context.newPage();
    await other.goto(`${server.origin}/no-such-page`);
    await expect(other.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    // Served from the browser's copy, and it says so.
    await expect(other.getByText('Offline: advice last updated 3 December 2026.')).toBeVisible();
  } finally {
    await context.setOffline(false);
    if (!closed) await server.stop();
  }
});
