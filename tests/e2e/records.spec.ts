import type { Page } from '@playwright/test';
import type { Answers } from '../../src/engine/answers.ts';
import { runTriage } from '../../src/cli/run-triage.ts';
import { encodeRecordCode } from '../../src/engine/record-code.ts';
import { SHARED_COMPUTER_TIMEOUT } from '../../src/ui/components/shared-computer-timeout.ts';
import { checkPage, checkWithAxe } from './support/check-page.ts';
import { flow } from './support/scenarios.ts';
import { expect, expectNothingStoredBeyondTheTab, listAnswerValues, test } from './support/test.ts';
import { waitForApp, walkJourney } from './support/walk-journey.ts';
import { previousFlow, SHARED_BETWEEN_PUPILS } from '../support/previous-record.ts';

// Every test here runs under the guard in support/test.ts: no request off the
// local origin, no answer (nor here the record code) in any URL, no console error.

const CODE = encodeRecordCode(previousFlow, SHARED_BETWEEN_PUPILS);

/** The same teacher's record under the current version, for the timeout's journey. */
const JOURNEY: Answers = { ...SHARED_BETWEEN_PUPILS, 'shared-without-consent': 'no' };

async function checkCode(page: Page, code: string) {
  await page.goto('/check-a-record');
  await waitForApp(page);
  await page.getByLabel('Record code').fill(code);
  await page.getByRole('button', { name: 'Check record' }).click();
}

const SECOND = 1000;
const { warnAfterMs, clearAfterWarningMs } = SHARED_COMPUTER_TIMEOUT;

test.describe('Check a record', () => {
  test('shows the advice then and now side by side on a wide screen, one after the other on a phone, and keeps the code out of the URL and storage', async ({
    page,
    context,
    guard,
  }) => {
    guard.watchAnswers([CODE, ...CODE.split('-').filter((part) => part.length >= 4)]);
    await page.setViewportSize({ width: 1280, height: 900 });
    await checkCode(page, CODE);
    await expect(page.getByRole('heading', { level: 2, name: 'What has changed' })).toBeFocused();
    const then = page.locator('[data-replay="then"]');
    const now = page.locator('[data-replay="now"]');
    await expect(then.getByRole('heading', { name: 'Then: version 1.1.0' })).toBeVisible();
    await expect(now.getByRole('heading', { name: `Now: version ${flow.version}` })).toBeVisible();
    await expect(now.locator('[data-replay-route="support-child"]')).toContainText('New');
    const wide = { then: (await then.boundingBox())!, now: (await now.boundingBox())! };
    expect(wide.now.x).toBeGreaterThanOrEqual(wide.then.x + wide.then.width - 1);
    expect(Math.abs(wide.now.y - wide.then.y)).toBeLessThan(2);

    await page.setViewportSize({ width: 390, height: 844 });
    const narrow = { then: (await then.boundingBox())!, now: (await now.boundingBox())! };
    expect(narrow.now.y).toBeGreaterThanOrEqual(narrow.then.y + narrow.then.height - 1);
    expect(Math.abs(narrow.now.x - narrow.then.x)).toBeLessThan(2);

    expect(new URL(page.url()).pathname).toBe('/check-a-record');
    expect(await page.evaluate(() => window.sessionStorage.length)).toBe(0);
    await expectNothingStoredBeyondTheTab(page, context);
  });

  test('a damaged code gets the error summary, focused, naming the problem', async ({ page }) => {
    await checkCode(page, `${CODE.slice(0, -1)}${CODE.endsWith('0') ? '1' : '0'}`);
    const summary = page.locator('.govuk-error-summary');
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveText(
      'This code has a typing mistake: check it against your record',
    );
    await expect(page.locator('.govuk-error-message')).toContainText('This code has a typing mistake');
    await expect(page).toHaveTitle(/^Error: Check a record/);
  });
});

test.describe('the shared-computer timeout', () => {
  test('warns after 20 minutes without activity in a dialog that takes focus, keeps it and is announced; Continue keeps the answers', async ({
    page,
    guard,
  }) => {
    guard.watchAnswers(listAnswerValues(JOURNEY));
    await page.clock.install();
    await walkJourney(page, JOURNEY);
    const saved = await page.evaluate(() => JSON.stringify({ ...window.sessionStorage }));
    expect(saved).toContain('education-setting');

    await page.clock.fastForward(warnAfterMs - 10 * SECOND);
    const dialog = page.getByRole('dialog', { name: 'Your answers will be cleared soon' });
    await expect(dialog).toBeHidden();
    await page.clock.fastForward(10 * SECOND);
    await expect(dialog).toBeVisible();
    await expect(dialog).toBeFocused();
    // A modal dialog: the page behind it is inert.
    expect(await page.evaluate(() => document.querySelector('dialog')?.matches(':modal'))).toBe(true);
    const live = page.locator('#timeout-announced');
    await expect(live).toHaveAttribute('aria-live', 'polite');
    await expect(live).toHaveText('Your answers will be cleared in 2 minutes.');
    for (let presses = 0; presses < 3; presses += 1) {
      await page.keyboard.press('Tab');
      expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
    }
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
    await page.clock.fastForward(30 * SECOND);
    await expect(live).toHaveText('Your answers will be cleared in 1 minute 30 seconds.');
    // The visible count goes on each second with the page's clock, which keeps
    // running: on a busy machine it may be a few seconds on from the announcement.
    await expect(dialog.getByText(/^1 minute (30|2\d) seconds$/)).toBeVisible();
    await checkWithAxe(page, 'the timeout warning');

    await dialog.getByRole('button', { name: 'Continue' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('heading', { level: 1, name: 'What to do' })).toBeVisible();
    // The same journey; only the time of the last activity, kept with it, has moved on.
    const withoutTime = (text: string) => {
      const { lastActiveAt, ...rest } = JSON.parse(text) as Record<string, unknown>;
      expect(typeof lastActiveAt).toBe('number');
      return rest;
    };
    const after = await page.evaluate(() => JSON.stringify({ ...window.sessionStorage }));
    expect(Object.keys(JSON.parse(after) as object)).toEqual(Object.keys(JSON.parse(saved) as object));
    const [key] = Object.keys(JSON.parse(saved) as object);
    expect(withoutTime((JSON.parse(after) as Record<string, string>)[key!]!)).toEqual(
      withoutTime((JSON.parse(saved) as Record<string, string>)[key!]!),
    );
  });

  test('2 minutes after the warning, the answers and notes are cleared and the page says why', async ({
    page,
  }) => {
    await page.clock.install();
    await walkJourney(page, JOURNEY);
    await page.getByLabel(/Reference numbers/).fill('MASH-123');
    await expect
      .poll(() => page.evaluate(() => JSON.stringify({ ...window.sessionStorage })))
      .toContain('MASH-123');
    await page.clock.fastForward(warnAfterMs);
    await expect(page.getByRole('dialog')).toBeVisible();
    await page.clock.fastForward(clearAfterWarningMs);
    await expect(
      page.getByRole('heading', { level: 1, name: 'Your answers have been cleared' }),
    ).toBeVisible();
    await expect(page).toHaveURL(/\/expired$/);
    expect(await page.evaluate(() => window.sessionStorage.length)).toBe(0);
    await expect(page.getByText('MASH-123')).toHaveCount(0);
    await checkPage(page, 'answers cleared');
    await page.reload();
    await expect(
      page.getByRole('heading', { level: 1, name: 'Your answers have been cleared' }),
    ).toBeVisible();
    expect(await page.evaluate(() => window.sessionStorage.length)).toBe(0);
  });
});

/** The record without its time stamp, which is the one part that differs between the page and the command line. */
const unstamped = (text: string) => text.replace(/^Date and time: [^.]*\./m, 'Date and time: (stamp).');

test.describe('the core record', () => {
  test('is shown before it is copied, and Copy puts it on the clipboard: the command line summary for the same answers, with the notes', async ({
    page,
    context,
  }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await walkJourney(page, JOURNEY);
    const notes = {
      whoTold: 'Told Mrs Patel (DSL) in person at 10:15.',
      childsWords: 'he said it was just a joke',
    };
    await page.getByLabel(/Who you told or called/).fill(notes.whoTold);
    await page.getByLabel(/The child's own words/).fill(notes.childsWords);

    const shown = page.getByLabel('Your record, exactly as it will be copied');
    await expect(shown).toBeVisible();
    await expect(shown).toHaveJSProperty('readOnly', true);
    await expect(shown).toHaveValue(/The child's own words, as said: he said it was just a joke/);
    // Every line in view on a desktop: the box does not scroll. On a phone the lines wrap to about twice as
    // many rows: the box shows at least 15 of them and scrolls, and the keyboard reaches its last line.
    const scrolls = () => shown.evaluate((box) => box.scrollHeight > box.clientHeight + 1);
    expect(await scrolls()).toBe(false);
    await page.setViewportSize({ width: 390, height: 844 });
    const lineHeight = await shown.evaluate((box) => parseFloat(getComputedStyle(box).lineHeight));
    await expect
      .poll(() => shown.evaluate((box) => box.clientHeight))
      .toBeGreaterThanOrEqual(15 * lineHeight);
    if (await scrolls()) {
      await shown.focus();
      await page.keyboard.press('Control+End');
      await expect
        .poll(() => shown.evaluate((box) => box.scrollTop + box.clientHeight >= box.scrollHeight - 1))
        .toBe(true);
    }
    await page.setViewportSize({ width: 1280, height: 720 });
    const copy = page.getByRole('button', { name: 'Copy summary' });
    expect((await shown.boundingBox())!.y).toBeLessThan((await copy.boundingBox())!.y);
    // The record's box, its hint and the four buttons: axe, 320 px reflow and 200% text.
    await checkPage(page, 'the result page with its record');

    await copy.click();
    await expect(page.getByRole('status')).toContainText('Summary copied');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(unstamped(copied)).toBe(unstamped(await shown.inputValue()));
    const triage = runTriage(flow, JSON.stringify({ answers: JOURNEY }), 'the journey');
    if (triage.status !== 0) throw new Error(triage.error);
    expect(unstamped(copied)).toBe(unstamped(triage.writeSummary(new Date(), notes)));
    expect(copied).toMatch(/^Date and time: \d{1,2} \w+ \d{4}, \d{2}:\d{2} (GMT|BST)\. /m);
    const lines = copied.trimEnd().split('\n');
    expect(lines.length).toBeLessThanOrEqual(30);
    expect(lines.filter((line) => line.length > 80)).toEqual([]);
  });

  test('Print the record prints the core record alone; Print this plan prints the plan without the record', async ({
    page,
  }) => {
    await walkJourney(page, JOURNEY);
    // The print dialogue itself is the browser's: only what the print stylesheet shows is tested.
    await page.evaluate(() => {
      window.print = () => undefined;
    });
    const heading = page.getByRole('heading', { level: 1, name: 'What to do' });
    const actions = page.locator('[data-actions]');
    // The printed copy has no role of its own: it is the text in a <pre>, as it will be printed.
    const recordText = page.locator('pre', { hasText: /^RECORD SUMMARY: / });
    const recordForm = page.getByLabel('Your record, exactly as it will be copied');

    await page.getByRole('button', { name: 'Print the record' }).click();
    await page.emulateMedia({ media: 'print' });
    await expect(recordText).toBeVisible();
    await expect(recordText).toContainText(`Record code: ${encodeRecordCode(flow, JOURNEY)}`);
    for (const hidden of [
      heading,
      actions,
      recordForm,
      page.getByRole('banner'),
      page.getByRole('contentinfo'),
    ])
      await expect(hidden).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Your record summary' })).toBeHidden();

    await page.emulateMedia({ media: 'screen' });
    await expect(recordText).toBeHidden();
    await page.getByRole('button', { name: 'Print this plan' }).click();
    await page.emulateMedia({ media: 'print' });
    await expect(heading).toBeVisible();
    await expect(actions).toBeVisible();
    await expect(recordText).toBeHidden();
    await expect(recordForm).toBeHidden();
    await expect(page.getByRole('heading', { name: 'Your record summary' })).toBeHidden();

    // The browser's own Print, once a print is over, gives the plan too.
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await expect(heading).toBeVisible();
    await expect(recordText).toBeHidden();
  });
});
