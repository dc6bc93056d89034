import { encodeRecordCode } from '../../src/engine/record-code.ts';
import {
  listDecisionSupportKinds,
  listRecommendationContent,
  planPageChecks,
} from './support/accessibility-plan.ts';
import { checkPage, checkWithAxe } from './support/check-page.ts';
import { flow, runCommandLine, scenarioFiles } from './support/scenarios.ts';
import { expect, test } from './support/test.ts';
import { waitForApp } from './support/walk-journey.ts';
import { previousFlow, SHARED_BETWEEN_PUPILS } from '../support/previous-record.ts';

// The question pages, the 999 page, check answers and the recommendations are
// checked during the scenario walks in journeys.spec.ts, as planned here. The
// timeout warning dialog and the page after it are checked in records.spec.ts,
// in the state the timeout leaves them.

test('the walks check every question page, the 999 page, check answers with the most answers, and everything a recommendation shows', () => {
  const planned = planPageChecks();
  const plan = [...planned.values()];
  const questionsChecked = new Set(plan.flatMap((checks) => [...checks.questions]));
  expect(flow.questions.map((question) => question.id).filter((id) => !questionsChecked.has(id))).toEqual([]);
  expect(plan.filter((checks) => checks.call999)).toHaveLength(1);
  const mostAnswers = Math.max(...scenarioFiles.map((file) => runCommandLine(file).path.length));
  expect(
    scenarioFiles.some(
      (file) => planned.get(file.file)?.checkAnswers && runCommandLine(file).path.length === mostAnswers,
    ),
  ).toBe(true);
  const contentChecked = new Set(
    scenarioFiles
      .filter((file) => planned.get(file.file)?.recommendation)
      .flatMap((file) => [...listRecommendationContent(file)]),
  );
  const contentShown = new Set(scenarioFiles.flatMap((file) => [...listRecommendationContent(file)]));
  expect(contentChecked).toEqual(contentShown);
  // Each action at each urgency, local contacts in each area, warnings and decision support.
  expect(contentShown.size).toBeGreaterThan(50);
});

test('the recommendations checked show every kind of plan at a glance, "what would change" and "why not" content', () => {
  const planned = planPageChecks();
  const checked = new Set(
    scenarioFiles
      .filter((file) => planned.has(file.file))
      .flatMap((file) => [...listDecisionSupportKinds(file)]),
  );
  const shown = new Set(scenarioFiles.flatMap((file) => [...listDecisionSupportKinds(file)]));
  expect(checked).toEqual(shown);
  // The scenarios reach each kind the page can show but "no change at all".
  expect([...shown].sort()).toEqual([
    'changes: answer',
    'changes: assuming',
    'changes: not-known',
    'changes: role',
    'plan: no main contact',
    'plan: no warnings',
    'plan: phone',
    'plan: warnings',
    'plan: website',
    'why not: changes',
    'why not: every referral in the plan',
    'why not: no single change',
  ]);
});

test('the start page passes axe, reflows at 320 px and works with 200% text', async ({ page }) => {
  await page.goto('/');
  await waitForApp(page);
  await checkPage(page, 'start');
});

// checkWithAxe gives a page axe once and reuses it on the app's own navigations (decision 0054).
test('axe, once given to a page, still finds a problem that appears after its first check', async ({
  page,
}) => {
  await page.goto('/');
  await waitForApp(page);
  await checkWithAxe(page, 'start');
  await page.evaluate(() => {
    const image = document.createElement('img');
    image.src = '/favicon.svg';
    document.querySelector('main')!.append(image);
  });
  await expect(checkWithAxe(page, 'start with an image without a text alternative')).rejects.toThrow(
    /image-alt/,
  );
});

test('the page not found passes axe, reflows at 320 px and works with 200% text', async ({ page }) => {
  await page.goto('/no-such-page');
  await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  await checkPage(page, 'not found');
});

// Its rules table is wider than a phone: it scrolls inside its own focusable region, not the page.
test('the page on how the tool decides passes axe, reflows at 320 px and works with 200% text', async ({
  page,
}) => {
  await page.goto('/how-it-decides');
  await expect(page.locator('main h1')).toBeVisible();
  await checkPage(page, 'how it decides');
});

// The record code of a 1.1.0 record: the result shows the advice then and now side by side.
const RECORD_CODE = encodeRecordCode(previousFlow, SHARED_BETWEEN_PUPILS);

test('the Check a record page passes axe, reflows at 320 px and works with 200% text: empty, with an error, and with a result', async ({
  page,
}) => {
  await page.goto('/check-a-record');
  await waitForApp(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Check a record' })).toBeVisible();
  await checkPage(page, 'check a record');
  await page.getByRole('button', { name: 'Check record' }).click();
  await expect(page.locator('.govuk-error-summary')).toBeFocused();
  await checkPage(page, 'check a record, with an error');
  await page.getByLabel('Record code').fill(RECORD_CODE);
  await page.getByRole('button', { name: 'Check record' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'What has changed' })).toBeFocused();
  await checkPage(page, 'check a record, with a result');
});
