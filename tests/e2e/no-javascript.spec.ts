import { flow } from '../support/flow.ts';
import { expect, test } from './support/test.ts';

test.use({ javaScriptEnabled: false });

test('without JavaScript the start page gives the 999 advice and says the questions need JavaScript', async ({
  page,
}) => {
  await page.goto('/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.locator('.app-emergency-line')).toContainText(
    'If a child is in immediate danger, call 999',
  );
  await expect(page.getByRole('link', { name: '999' }).first()).toHaveAttribute('href', 'tel:999');
  // Playwright's text search skips <noscript>, so the paragraph is found by its place.
  const notice = page.locator('noscript p');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('The questions need JavaScript');
  expect((await notice.boundingBox())?.height ?? 0).toBeGreaterThan(10);
});

test('without JavaScript a question page shows the question and the 999 advice, says why it cannot go on, and can send nothing', async ({
  page,
}) => {
  const question = flow.questions.find((candidate) => candidate.askedWhen)!;
  await page.goto(`/questions/${question.id}`);
  await expect(page.getByRole('heading', { level: 1, name: question.title })).toBeVisible();
  await expect(page.locator('.app-emergency-line')).toContainText(
    'If a child is in immediate danger, call 999',
  );
  await expect(page.getByRole('link', { name: '999' }).first()).toHaveAttribute('href', 'tel:999');
  for (const option of question.options)
    await expect(page.getByLabel(option.label, { exact: true })).toBeVisible();
  await expect(page.locator('noscript p')).toContainText('The questions need JavaScript');
  // A form sent without the app would post the answer to the host.
  await expect(page.getByRole('button', { name: 'Continue' })).toBeDisabled();
  await expect(page.getByText('Start again', { exact: true })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Start again' })).toHaveCount(0);
});
