import type { Page } from '@playwright/test';
import type { Answers } from '../../src/engine/answers.ts';
import { flow } from '../support/flow.ts';
import { scenarioFiles } from './support/scenarios.ts';
import { expect, listAnswerValues, test } from './support/test.ts';
import { waitForApp } from './support/walk-journey.ts';

// A reload part-way through a journey (or a link to a question page) gets the
// question's own page, drawn by the build: the question and the 999 line show
// at once, before the app's code has loaded; the app then draws the page for
// the tab's answers in its place (decision 0011).

const { answers } = scenarioFiles.find(
  (file) => file.file === 'adult-asks-14-year-old-for-nudes.json',
)!.scenario;
const questions = new Map(flow.questions.map((question) => [question.id, question]));
const continueButton = (page: Page) => page.getByRole('button', { name: 'Continue', exact: true });

/** Answers the questions in the order the app asks them, until the page of `stopAt`. */
async function answerUntil(page: Page, given: Answers, stopAt: string) {
  await page.goto('/');
  await waitForApp(page);
  await page.getByRole('button', { name: /Start now/ }).click();
  for (;;) {
    await page.waitForURL(/\/questions\//);
    const id = new URL(page.url()).pathname.replace('/questions/', '');
    await expect(page.locator('main h1')).toHaveText(questions.get(id)!.title);
    if (id === stopAt) return;
    const value = given[id]!;
    for (const chosen of typeof value === 'string' ? [value] : value) {
      await page.locator(`input[name="${id}"][value="${chosen}"]`).check();
    }
    await continueButton(page).click();
    await page.waitForURL((url) => url.pathname !== `/questions/${id}`);
  }
}

test('the page a reload gets holds the question and the 999 line, and the app then shows the answers so far', async ({
  page,
  guard,
}) => {
  guard.watchAnswers(listAnswerValues(answers));
  await answerUntil(page, answers, 'concerns');
  // Back to a question already answered, then reload there.
  await page.getByRole('link', { name: 'Back' }).click();
  await expect(page.locator('main h1')).toHaveText(questions.get('child-age')!.title);
  const response = await page.reload();

  const html = (await response?.text()) ?? '';
  expect(html).toContain(`data-page-path="/questions/child-age"`);
  expect(html.replace(/<!-- -->/g, '')).toMatch(
    /If a child is in immediate danger, call <a [^>]*>999<\/a> now\./,
  );
  expect(html).toContain(questions.get('child-age')!.title);
  expect(html).toMatch(/<link rel="modulepreload" [^>]*href="\/assets\/journey-session-[\w-]+\.js"/);

  // The app has taken over: the answer given before is chosen, Back is the real one.
  await expect(continueButton(page)).toBeEnabled();
  await expect(page.getByRole('radio', { name: '13 to 15' })).toBeChecked();
  await expect(page.getByRole('link', { name: 'Back' })).toHaveAttribute('href', '/questions/area');
  await expect(page).toHaveTitle(`${questions.get('child-age')!.title} - Online abuse triage`);
  await expect(page.locator('.app-emergency-line')).toContainText(
    'If a child is in immediate danger, call 999',
  );
});

test('a choice made before the app has loaded is kept, and Continue waits for the app', async ({
  page,
  guard,
}) => {
  guard.watchAnswers(listAnswerValues(answers));
  await answerUntil(page, answers, 'area');

  // Hold the journey's code back, as a slow network would.
  let release = () => {};
  const held = new Promise<void>((done) => (release = done));
  await page.route(/\/assets\/journey-session-[\w-]+\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.reload({ waitUntil: 'domcontentloaded' });
  await expect(page.locator('main h1')).toHaveText(questions.get('area')!.title);
  await expect(page.locator('.app-emergency-line')).toContainText(
    'If a child is in immediate danger, call 999',
  );
  await expect(continueButton(page)).toBeDisabled();
  await page.getByText('Southampton', { exact: true }).click();
  release();

  await expect(continueButton(page)).toBeEnabled();
  await expect(page.getByRole('radio', { name: 'Southampton' })).toBeChecked();
  await continueButton(page).click();
  await expect(page.locator('main h1')).toHaveText(questions.get('child-age')!.title);
  const saved = await page.evaluate(() => Object.values(sessionStorage).join(''));
  expect(saved).toContain('"area":"southampton"');
});

test('a link to a question the answers do not reach yet still goes to the question they need', async ({
  page,
}) => {
  await page.goto('/questions/works-with-children');
  await expect(page.locator('main h1')).toHaveText(flow.questions[0]!.title);
  await expect(page).toHaveURL(`/questions/${flow.questions[0]!.id}`);
  await expect(continueButton(page)).toBeEnabled();
  await expect(page.getByRole('region', { name: 'Important' })).toBeVisible();
});
