import type { Page } from '@playwright/test';
import type { Answers } from '../../../src/engine/answers.ts';
import { flow } from '../../support/flow.ts';
import { expect } from './test.ts';

export type PageVisit =
  | { kind: 'start' }
  | { kind: 'question'; questionId: string }
  | { kind: 'call-999' }
  | { kind: 'check-answers' }
  | { kind: 'recommendation' };

export type WalkOptions = {
  /** Tab, arrow keys within a radio group, Space and Enter only: no mouse. */
  keyboard?: boolean;
  /** Called on each page before the walk acts on it. */
  onPage?: (visit: PageVisit) => Promise<void>;
  /** Reload the page after this many questions have been answered (a reload part-way through). */
  reloadAfter?: number;
  /** Open the start page first (default true). */
  open?: boolean;
};

export type WalkResult = {
  routes: { route: string; urgency: string }[];
  warnings: string[];
  questionsAsked: string[];
};

const questions = new Map(flow.questions.map((question) => [question.id, question]));

/** Waits until React has taken over the pre-rendered start page, so that links navigate in the app. */
export async function waitForApp(page: Page) {
  await page.waitForFunction(() => {
    const root = document.getElementById('root');
    return root !== null && Object.keys(root).some((key) => key.startsWith('__reactContainer'));
  });
}

/** Presses Tab until the focused element matches the selector. */
export async function tabTo(page: Page, selector: string, limit = 60) {
  for (let presses = 0; presses < limit; presses += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

const focusedValue = (page: Page) =>
  page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value ?? '');

async function chooseByKeyboard(page: Page, questionId: string, values: readonly string[]) {
  const inputs = page.locator(`input[name="${questionId}"]`);
  const count = await inputs.count();
  await tabTo(page, `input[name="${questionId}"]`);
  if (questions.get(questionId)?.kind === 'one') {
    // Within a radio group the arrow keys move (and select); Tab leaves the group.
    for (let step = 0; step < count && (await focusedValue(page)) !== values[0]; step += 1) {
      await page.keyboard.press('ArrowDown');
    }
    expect(await focusedValue(page)).toBe(values[0]);
    await page.keyboard.press('Space');
  } else {
    for (let index = 0; index < count; index += 1) {
      if (values.includes(await focusedValue(page))) await page.keyboard.press('Space');
      if (index < count - 1) await page.keyboard.press('Tab');
    }
  }
  const checked = await page
    .locator(`input[name="${questionId}"]:checked`)
    .evaluateAll((elements) => elements.map((element) => (element as HTMLInputElement).value));
  expect(checked.sort()).toEqual([...values].sort());
  await tabTo(page, 'form button[type="submit"]');
  await page.keyboard.press('Enter');
}

async function chooseByMouse(page: Page, questionId: string, values: readonly string[]) {
  for (const value of values) {
    const id = await page.locator(`input[name="${questionId}"][value="${value}"]`).getAttribute('id');
    expect(id, `an input for ${questionId}=${value}`).toBeTruthy();
    await page.locator(`label[for="${id}"]`).click();
  }
  await page.getByRole('button', { name: 'Continue', exact: true }).click();
}

async function pressButtonLink(page: Page, name: string | RegExp, keyboard: boolean) {
  const link = page.getByRole('button', { name });
  if (!keyboard) return link.click();
  await tabTo(page, 'a.govuk-button');
  await expect(link).toBeFocused();
  await page.keyboard.press('Enter');
}

/** Waits for the page at the current URL to be shown and, after an in-app navigation, to hold the focus. */
async function waitForPage(page: Page, focusMoved: boolean) {
  await expect(page.locator('main h1')).toBeVisible();
  if (focusMoved) {
    await page.waitForFunction(() => document.activeElement?.closest('main') !== null);
  }
}

/**
 * Walks the app as a person does: Start now, then on each question page the
 * scenario's answers and Continue, through the 999 page and check answers, to
 * the recommendation, whose actions and warnings it reads from the contract's
 * data attributes.
 */
export async function walkJourney(
  page: Page,
  answers: Answers,
  options: WalkOptions = {},
): Promise<WalkResult> {
  const keyboard = options.keyboard ?? false;
  const questionsAsked: string[] = [];
  if (options.open ?? true) {
    await page.goto('/');
    await waitForApp(page);
  }
  await options.onPage?.({ kind: 'start' });
  await pressButtonLink(page, /Start now/, keyboard);

  let previous = '/';
  for (let step = 0; step < flow.questions.length + 4; step += 1) {
    await page.waitForURL((url) => url.pathname !== previous);
    const { pathname } = new URL(page.url());
    previous = pathname;
    await waitForPage(page, true);

    if (pathname === '/recommendation') {
      await expect(page.getByRole('heading', { level: 1, name: 'What to do' })).toBeVisible();
      await options.onPage?.({ kind: 'recommendation' });
      const routes = await page.locator('[data-route]').evaluateAll((elements) =>
        elements.map((element) => ({
          route: element.getAttribute('data-route') ?? '',
          urgency: element.getAttribute('data-urgency') ?? '',
        })),
      );
      const warnings = await page
        .locator('[data-warning]')
        .evaluateAll((elements) => elements.map((element) => element.getAttribute('data-warning') ?? ''));
      return { routes, warnings, questionsAsked };
    }
    if (pathname === '/call-999') {
      await options.onPage?.({ kind: 'call-999' });
      await pressButtonLink(page, 'Continue the triage', keyboard);
      continue;
    }
    if (pathname === '/check-answers') {
      await options.onPage?.({ kind: 'check-answers' });
      await pressButtonLink(page, 'See what to do', keyboard);
      continue;
    }

    const questionId = pathname.replace('/questions/', '');
    const question = questions.get(questionId);
    expect(question, `a question page for ${pathname}`).toBeDefined();
    await expect(page.locator('main h1')).toHaveText(question!.title);
    const value = answers[questionId];
    expect(value, `the scenario answers '${questionId}', which the app asks`).toBeDefined();

    if (questionsAsked.length === options.reloadAfter) {
      await page.reload();
      await waitForPage(page, false);
      await expect(page.locator('main h1')).toHaveText(question!.title);
      // The question shows at once, drawn by the build; Continue works once the app has drawn the page.
      await expect(page.getByRole('button', { name: 'Continue', exact: true })).toBeEnabled();
    }

    await options.onPage?.({ kind: 'question', questionId });
    questionsAsked.push(questionId);
    const values = typeof value === 'string' ? [value] : value!;
    await (keyboard ? chooseByKeyboard : chooseByMouse)(page, questionId, values);
  }
  throw new Error('The walk did not reach the recommendation');
}
