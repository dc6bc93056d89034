import type { Page } from '@playwright/test';
import { planPageChecks } from './support/accessibility-plan.ts';
import { checkPage } from './support/check-page.ts';
import { runCommandLine, scenarioFiles } from './support/scenarios.ts';
import { expect, expectNothingStoredBeyondTheTab, listAnswerValues, test } from './support/test.ts';
import type { PageVisit } from './support/walk-journey.ts';
import { walkJourney } from './support/walk-journey.ts';

/** Walked with the keyboard only: danger and the 999 page, several concerns at once, and a common case. */
const KEYBOARD_SCENARIOS = [
  'child-arranging-to-meet-groomer-tonight.json',
  'every-concern-at-once.json',
  'adult-asks-14-year-old-for-nudes.json',
];

const plan = planPageChecks();

test('the keyboard scenarios exist, and there are scenarios to walk', () => {
  const names = scenarioFiles.map((file) => file.file);
  expect(KEYBOARD_SCENARIOS.filter((name) => !names.includes(name))).toEqual([]);
  expect(scenarioFiles.length).toBeGreaterThanOrEqual(32);
});

/** On a question page: check it, press Continue with nothing chosen, and check it with its error. */
async function checkQuestionPage(page: Page, questionId: string) {
  await checkPage(page, `question ${questionId}`);
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
  const summary = page.locator('.govuk-error-summary');
  await expect(summary).toBeFocused();
  await expect(page.locator(`#${questionId}-error`)).toBeVisible();
  await expect(page).toHaveTitle(/^Error: /);
  await checkPage(page, `question ${questionId} with its error`);
}

for (const file of scenarioFiles) {
  const checks = plan.get(file.file);
  const title = checks
    ? `${file.file}: the browser recommends what the command line does, and the pages planned pass axe, reflow and 200% text`
    : `${file.file}: the browser recommends what the command line does`;
  test(title, async ({ page, context, guard }) => {
    const expected = runCommandLine(file);
    guard.watchAnswers(listAnswerValues(file.scenario.answers));
    const checked: string[] = [];
    const onPage = checks
      ? async (visit: PageVisit) => {
          if (visit.kind === 'question' && checks.questions.has(visit.questionId)) {
            await checkQuestionPage(page, visit.questionId);
            checked.push(`question ${visit.questionId}`);
          } else if (
            (visit.kind === 'call-999' && checks.call999) ||
            (visit.kind === 'check-answers' && checks.checkAnswers) ||
            (visit.kind === 'recommendation' && checks.recommendation)
          ) {
            if (visit.kind === 'recommendation') {
              // Every details element open, so that the collapsed parts of the plan are checked too (issue 17).
              await page.evaluate(() => {
                for (const details of document.querySelectorAll('details')) details.open = true;
              });
            }
            await checkPage(page, `${visit.kind} (${file.file})`);
            checked.push(visit.kind);
          }
        }
      : undefined;
    const result = await walkJourney(page, file.scenario.answers, onPage ? { onPage } : {});
    expect(result.questionsAsked).toEqual(expected.path);
    expect(result.routes).toEqual(expected.routes);
    expect(result.warnings).toEqual(expected.warnings);
    // Every check planned for this walk was made: a page the plan expected and the walk did not reach fails here.
    if (checks) {
      expect(checked.sort()).toEqual(
        [
          ...[...checks.questions].map((id) => `question ${id}`),
          ...(checks.call999 ? ['call-999'] : []),
          ...(checks.checkAnswers ? ['check-answers'] : []),
          ...(checks.recommendation ? ['recommendation'] : []),
        ].sort(),
      );
    }
    await expectNothingStoredBeyondTheTab(page, context);
  });
}

for (const name of KEYBOARD_SCENARIOS) {
  test(`${name}: walked with the keyboard only (Tab, arrow keys, Space, Enter), the same recommendation`, async ({
    page,
    context,
    guard,
  }) => {
    const file = scenarioFiles.find((candidate) => candidate.file === name)!;
    const expected = runCommandLine(file);
    guard.watchAnswers(listAnswerValues(file.scenario.answers));
    const result = await walkJourney(page, file.scenario.answers, { keyboard: true });
    expect(result.questionsAsked).toEqual(expected.path);
    expect(result.routes).toEqual(expected.routes);
    expect(result.warnings).toEqual(expected.warnings);
    await expectNothingStoredBeyondTheTab(page, context);
  });
}
