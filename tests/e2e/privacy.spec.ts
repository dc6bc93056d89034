import { readFileSync } from 'node:fs';
import { CSP_DIRECTIVES, hashInlineScripts } from '../../vite-plugins/vite-plugin-csp.ts';
import { scenarioFiles } from './support/scenarios.ts';
import { expect, expectNothingStoredBeyondTheTab, listAnswerValues, test } from './support/test.ts';
import { waitForApp, walkJourney } from './support/walk-journey.ts';

// Every test in tests/e2e runs under the guard in support/test.ts: no request
// off the local origin, no answer in any URL, no CSP violation, no console error.

test('the built page carries a Content Security Policy that allows only its own origin and hashed inline scripts', async ({
  page,
}) => {
  const response = await page.goto('/');
  const html = (await response?.text()) ?? '';
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(policy).toContain("default-src 'self'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toContain('unsafe-eval');
  const scriptSources = /script-src ([^;]*)/.exec(policy ?? '')?.[1]?.split(' ') ?? [];
  expect(scriptSources).toEqual([...CSP_DIRECTIVES['script-src']!, ...hashInlineScripts(html)]);
  const headers = readFileSync('dist/_headers', 'utf8');
  expect(headers).toContain(`Content-Security-Policy: ${policy}; frame-ancestors 'none'`);
});

test('the guard sees a Content Security Policy violation when one happens', async ({ page, guard }) => {
  await page.goto('/');
  await waitForApp(page);
  const countViolations = guard.expectCspViolations();
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.injected = true;';
    document.body.append(script);
  });
  await expect.poll(countViolations).toBeGreaterThan(0);
  expect(await page.evaluate(() => 'injected' in window)).toBe(false);
});

test('after changing an answer from check answers, the answers are still in no URL and not in localStorage', async ({
  page,
  context,
  guard,
}) => {
  const file = scenarioFiles.find((candidate) => candidate.file === 'sextortion-by-classmate.json')!;
  guard.watchAnswers(listAnswerValues(file.scenario.answers));
  await walkJourney(page, file.scenario.answers);
  await page.getByRole('link', { name: 'Back' }).click();
  await expect(page).toHaveURL(/\/check-answers$/);
  await page.getByRole('link', { name: /Change.*area/i }).click();
  await page.locator('label[for="area-2"]').click();
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  await expect(page).toHaveURL(/\/check-answers$/);
  const stored = await page.evaluate(() => JSON.stringify({ ...window.sessionStorage }));
  expect(stored.length, 'the journey is kept in this tab').toBeGreaterThan(2);
  await expectNothingStoredBeyondTheTab(page, context);
});
