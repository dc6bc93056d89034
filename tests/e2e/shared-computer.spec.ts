import type { Page } from '@playwright/test';
import { SAVED_JOURNEY_KEY } from '../../src/app/journey-activity.ts';
import type { Answers } from '../../src/engine/answers.ts';
import { SHARED_COMPUTER_TIMEOUT } from '../../src/ui/components/shared-computer-timeout.ts';
import { expect, listAnswerValues, test } from './support/test.ts';
import { waitForApp, walkJourney } from './support/walk-journey.ts';

// H-24: a case never outlives its shared computer. The clock is Playwright's
// (page.clock), so 22 minutes pass in a moment.

const MINUTE = 60_000;
const { warnAfterMs, clearAfterWarningMs } = SHARED_COMPUTER_TIMEOUT;

/** A teacher in Portsmouth: an adult asks a 14-year-old for nudes. */
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
const NOTE = 'MASH-REF-4471';

const cleared = (page: Page) =>
  expect(page.getByRole('heading', { level: 1, name: 'Your answers have been cleared' })).toBeVisible();

/** Nothing of the case on the page, nor in the tab. */
async function expectNoAnswers(page: Page) {
  await expect(page.getByText(NOTE)).toHaveCount(0);
  expect(await page.evaluate((key) => window.sessionStorage.getItem(key), SAVED_JOURNEY_KEY)).toBeNull();
}

/** The journey and a note, walked once, as sessionStorage keeps them. */
async function walkWithNote(page: Page): Promise<string> {
  await walkJourney(page, JOURNEY);
  await page.getByLabel(/Reference numbers/).fill(NOTE);
  await expect
    .poll(() => page.evaluate((key) => window.sessionStorage.getItem(key) ?? '', SAVED_JOURNEY_KEY))
    .toContain(NOTE);
  return (await page.evaluate((key) => window.sessionStorage.getItem(key), SAVED_JOURNEY_KEY))!;
}

test('a tab left idle on the start page, How this tool decides, Check a record or Page not found is cleared, and no page shows the answers afterwards', async ({
  page,
  guard,
}) => {
  test.setTimeout(90_000); // one walk, then four pages each left for 22 simulated minutes
  guard.watchAnswers([...listAnswerValues(JOURNEY), NOTE]);
  await page.clock.install();
  const saved = await walkWithNote(page);

  for (const [path, heading] of [
    ['/', /./],
    ['/how-it-decides', 'How this tool decides'],
    ['/check-a-record', 'Check a record'],
    ['/no-such-page', 'Page not found'],
  ] as const) {
    // The journey as it was, just used, in this tab: then the page is opened and left alone.
    await page.evaluate(
      ([key, text]) => {
        window.sessionStorage.setItem(key, JSON.stringify({ ...JSON.parse(text), lastActiveAt: Date.now() }));
      },
      [SAVED_JOURNEY_KEY, saved] as const,
    );
    await page.goto(path);
    await waitForApp(page);
    await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
    await page.clock.fastForward(warnAfterMs);
    await expect(page.getByRole('dialog', { name: 'Your answers will be cleared soon' })).toBeVisible();
    await page.clock.fastForward(clearAfterWarningMs);
    await cleared(page);
    await expectNoAnswers(page);

    for (const journeyPage of ['/recommendation', '/check-answers']) {
      await page.goto(journeyPage);
      await waitForApp(page);
      await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(/What to do|Check your answers/);
      await expectNoAnswers(page);
    }
  }
});

test('a tab restored past the limit is cleared as it loads, before the case is shown', async ({
  page,
  guard,
}) => {
  test.setTimeout(60_000); // one walk through the journey
  guard.watchAnswers([...listAnswerValues(JOURNEY), NOTE]);
  await page.clock.install();
  await walkWithNote(page);
  // The browser closed for 23 minutes, then the tab restored: the clock has moved on and no timer ran.
  await page.clock.setSystemTime(Date.now() + warnAfterMs + clearAfterWarningMs + MINUTE);
  const shown: string[] = [];
  await page.exposeFunction('notePageText', (text: string) => shown.push(text));
  // Everything the page shows, as it is drawn, from the first paint.
  await page.addInitScript(() => {
    new MutationObserver(() => {
      void (window as unknown as { notePageText: (text: string) => void }).notePageText(
        document.body?.innerText ?? '',
      );
    }).observe(document, { childList: true, subtree: true, characterData: true });
  });
  await page.reload();
  await cleared(page);
  await expectNoAnswers(page);
  expect(shown.filter((text) => text.includes(NOTE))).toEqual([]);
  expect(shown.length).toBeGreaterThan(0);
});

test('"Clear answers now" in the warning clears the answers and notes at once', async ({ page, guard }) => {
  test.setTimeout(60_000); // one walk through the journey
  guard.watchAnswers([...listAnswerValues(JOURNEY), NOTE]);
  await page.clock.install();
  await walkWithNote(page);
  await page.clock.fastForward(warnAfterMs);
  const dialog = page.getByRole('dialog', { name: 'Your answers will be cleared soon' });
  await dialog.getByRole('button', { name: 'Clear answers now' }).click();
  await expect(page).toHaveURL(/\/$/);
  await expectNoAnswers(page);
  await page.goto('/recommendation');
  await waitForApp(page);
  await expectNoAnswers(page);
});
