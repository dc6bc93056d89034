import type { Page } from '@playwright/test';
import { SAVED_JOURNEY_KEY, writeSavedJourney } from '../../src/app/saved-journey.ts';
import { createMemoryStorage } from '../unit/app/memory-storage.ts';
import { flow, scenarioFiles } from './support/scenarios.ts';
import { expect, listAnswerValues, test } from './support/test.ts';
import { waitForApp } from './support/walk-journey.ts';

// Pages behave as full page loads would (issue 17, item 3): every page opens
// at its top, with the header, the Back link and the 999 line in view, before
// its heading takes focus; browser Back returns to where the page was; and
// "Start again" asks before it clears anything.

const PHONE = { width: 390, height: 844 };
const { answers } = scenarioFiles.find(
  (file) => file.file === 'child-arranging-to-meet-groomer-tonight.json',
)!.scenario;

/** Scrolls the page as far down as it goes, so that a position carried over to the next page would show. */
async function scrollToBottom(page: Page) {
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
}

async function expectOpenedAtTop(page: Page, kind: string) {
  await expect(page.locator('main h1'), kind).toBeFocused();
  expect(await page.evaluate(() => window.scrollY), `${kind}: scrolled on arrival`).toBe(0);
  await expect(page.locator('header').first(), kind).toBeInViewport();
}

test.use({ viewport: PHONE });

test('every page type opens at its top with its heading focused, and Back returns to where the page was', async ({
  page,
  guard,
}) => {
  guard.watchAnswers(listAnswerValues(answers));
  await page.goto('/');
  await waitForApp(page);
  await page.getByRole('button', { name: /Start now/ }).click();
  let scrolledQuestion: { path: string; y: number } | undefined;
  for (;;) {
    await page.waitForURL(/\/(questions\/|call-999|check-answers)/);
    const url = new URL(page.url());
    if (url.pathname === '/check-answers') break;
    if (url.pathname === '/call-999') {
      await expectOpenedAtTop(page, 'the 999 page');
      await expect(page.getByText('Call 999 now').first()).toBeInViewport();
      await scrollToBottom(page);
      await page.getByRole('button', { name: /Continue/ }).click();
      continue;
    }
    const id = url.pathname.replace('/questions/', '');
    await expectOpenedAtTop(page, `question ${id}`);
    await expect(page.getByRole('link', { name: 'Back' })).toBeInViewport();
    await expect(page.getByRole('link', { name: '999' }).first()).toBeInViewport();
    const value = answers[id]!;
    for (const chosen of typeof value === 'string' ? [value] : value)
      await page.locator(`input[name="${id}"][value="${chosen}"]`).check();
    await scrollToBottom(page);
    const y = await page.evaluate(() => window.scrollY);
    if (y > 0 && !scrolledQuestion) scrolledQuestion = { path: url.pathname, y };
    await page.getByRole('button', { name: 'Continue', exact: true }).click();
    await page.waitForURL((next) => next.pathname !== url.pathname);
  }
  await expectOpenedAtTop(page, 'check answers');
  await scrollToBottom(page);
  await page.getByRole('button', { name: 'See what to do' }).click();
  await page.waitForURL(/\/recommendation$/);
  await expectOpenedAtTop(page, 'the recommendation');

  // Browser Back from the recommendation returns check answers to where it was left.
  const checkAnswersY = await page.evaluate(() => window.scrollY);
  expect(checkAnswersY).toBe(0);
  await page.goBack();
  await page.waitForURL(/\/check-answers$/);
  await expect(page.locator('main h1')).toBeFocused();
  const restored = await page.evaluate(() => window.scrollY);
  const bottom = await page.evaluate(
    () => document.documentElement.scrollHeight - document.documentElement.clientHeight,
  );
  expect(restored).toBe(bottom);

  // The pages outside the journey, reached by the app's own links, open at their top too.
  expect(scrolledQuestion, 'some question page is taller than a phone screen').toBeDefined();
  await page.goto('/');
  await waitForApp(page);
  await scrollToBottom(page);
  await page.getByRole('main').getByRole('link', { name: 'How this tool decides' }).click();
  await page.waitForURL(/\/how-it-decides$/);
  await expectOpenedAtTop(page, 'how it decides');
  await page.goBack();
  await page.waitForURL((url) => url.pathname === '/');
  await scrollToBottom(page);
  await page.getByRole('main').getByRole('link', { name: 'check a record' }).click();
  await page.waitForURL(/\/check-a-record$/);
  await expectOpenedAtTop(page, 'check a record');
});

test('Start again asks first; "No" keeps the answers and the notes, "Yes" clears them', async ({
  page,
  guard,
}) => {
  guard.watchAnswers(listAnswerValues(answers));
  await page.goto('/');
  await waitForApp(page);
  // The journey, saved as the app saves it, then check answers.
  const storage = createMemoryStorage();
  writeSavedJourney(storage, flow, answers);
  await page.evaluate(({ key, text }) => window.sessionStorage.setItem(key, text), {
    key: SAVED_JOURNEY_KEY,
    text: storage.getItem(SAVED_JOURNEY_KEY)!,
  });
  await page.goto('/check-answers');
  await waitForApp(page);
  const startAgain = page.getByRole('link', { name: 'Start again' });
  const primary = page.getByRole('button', { name: 'See what to do' });
  // Well apart from the primary button: a quick tap meant for it cannot reach Start again.
  const primaryBox = (await primary.boundingBox())!;
  const gap = (await startAgain.boundingBox())!.y - (primaryBox.y + primaryBox.height);
  expect(gap).toBeGreaterThanOrEqual(44);
  await primary.click();
  await page.waitForURL(/\/recommendation$/);
  await page.getByLabel(/Your notes/).fill('Called 101 at 10:05');
  await page.getByRole('link', { name: 'Start again' }).click();
  await expect(page.locator('main h1')).toHaveText('Clear your answers and notes?');
  await expectOpenedAtTop(page, 'the Start again question');
  await page.getByRole('link', { name: 'No, go back' }).click();
  await page.waitForURL(/\/recommendation$/);
  await expect(page.getByLabel(/Your notes/)).toHaveValue('Called 101 at 10:05');

  await page.getByRole('link', { name: 'Start again' }).click();
  await page.getByRole('button', { name: 'Yes, clear my answers and notes' }).click();
  await page.waitForURL((url) => url.pathname === '/');
  expect(await page.evaluate(() => window.sessionStorage.length)).toBe(0);
});

test('the start page has Start now within the first phone screen and says the questions need JavaScript', async ({
  page,
}) => {
  await page.goto('/');
  await waitForApp(page);
  await expect(page.getByRole('button', { name: /Start now/ })).toBeInViewport({ ratio: 1 });
  await expect(page.getByText('The questions need JavaScript.')).toBeVisible();
});
