import type { Page } from '@playwright/test';
import { SAVED_JOURNEY_KEY, writeSavedJourney } from '../../src/app/saved-journey.ts';
import type { Answers } from '../../src/engine/answers.ts';
import { replayJourney } from '../../src/engine/replay-journey.ts';
import { createMemoryStorage } from '../unit/app/memory-storage.ts';
import { flow, scenarioFiles } from './support/scenarios.ts';
import { expect, listAnswerValues, test } from './support/test.ts';
import { waitForApp } from './support/walk-journey.ts';

const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

/** A Portsmouth DSL reporting a teacher in their own school who sends a pupil sexual messages. */
const PORTSMOUTH_TEACHER: Answers = {
  'immediate-danger': 'no',
  'your-role': 'safeguarding-lead',
  setting: 'education-setting',
  area: 'portsmouth',
  'child-age': '13-to-15',
  concerns: ['sexual-communication'],
  'adult-involved': 'yes',
  'works-with-children': 'yes',
  'staff-role-of-concern': 'own-setting',
};

/** Plans with every kind of main contact: CEOP online, the LADO finder, out-of-hours lines, 999, Prevent, terrorism. */
const PLANS: { name: string; answers: Answers }[] = [
  { name: 'a teacher messaging a pupil', answers: PORTSMOUTH_TEACHER },
  ...[
    'sextortion-of-15-year-old-boy-by-stranger.json',
    'child-arranging-to-meet-groomer-tonight.json',
    'every-concern-at-once.json',
  ].map((file) => ({
    name: file,
    answers: scenarioFiles.find((candidate) => candidate.file === file)!.scenario.answers,
  })),
];
const AREAS = flow.questions.find((question) => question.id === flow.roles.areaQuestion)!.options;

async function openRecommendation(page: Page, answers: Answers) {
  const storage = createMemoryStorage();
  writeSavedJourney(storage, flow, answers);
  const text = storage.getItem(SAVED_JOURNEY_KEY)!;
  await page.evaluate(({ key, value }) => window.sessionStorage.setItem(key, value), {
    key: SAVED_JOURNEY_KEY,
    value: text,
  });
  await page.goto('/recommendation', { waitUntil: 'commit' });
  await page.locator('[data-actions] [data-route]').first().waitFor();
}

/** Each route's glance contact and the detailed list's main contact. */
function readContacts(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('[data-plan-route]')].map((row) => {
      const route = row.dataset.planRoute!;
      const buttons = [...row.querySelectorAll<HTMLAnchorElement>('[data-plan-contact]')];
      return {
        route,
        glance: buttons.map((button) => button.getAttribute('href')),
        sizes: buttons.map((button) => {
          const box = button.getBoundingClientRect();
          return { width: box.width, height: box.height };
        }),
        marked: [
          ...document.querySelectorAll(`[data-actions] [data-route="${route}"] [data-main-contact]`),
        ].map((link) => link.getAttribute('href')),
      };
    }),
  );
}

test("each action's main contact is the one for the selected area or a national one, offered once in the plan at a glance", async ({
  page,
  guard,
}) => {
  test.setTimeout(300_000);
  await page.goto('/');
  await waitForApp(page);
  const problems: string[] = [];
  let buttons = 0;
  for (const plan of PLANS) {
    guard.watchAnswers(listAnswerValues(plan.answers));
    for (const { value: area } of AREAS) {
      const answers = { ...plan.answers, [flow.roles.areaQuestion]: area };
      const expected = replayJourney(flow, answers).recommendation!.actions;
      for (const viewport of [PHONE, DESKTOP]) {
        await page.setViewportSize(viewport);
        await openRecommendation(page, answers);
        const shown = await readContacts(page);
        expect(shown.map((row) => row.route)).toEqual(expected.map((action) => action.route));
        for (const [index, action] of expected.entries()) {
          const row = shown[index]!;
          const where = `${plan.name} in ${area} at ${viewport.width} px, ${action.route}`;
          const mainContact = action.mainContact;
          const wanted = mainContact ? [mainContact.main.href] : [];
          if (row.glance.join(' ') !== wanted.join(' '))
            problems.push(`${where}: the plan offers ${row.glance.join(', ')}, not ${wanted.join(', ')}`);
          if (row.marked.join(' ') !== (mainContact ? mainContact.main.href : ''))
            problems.push(`${where}: data-main-contact is ${row.marked.join(', ')}`);
          for (const href of row.marked)
            if (!/^(tel:|https:\/\/)/.test(href ?? ''))
              problems.push(`${where}: ${href} is not a call or web link`);
          for (const entry of mainContact ? [mainContact.main, ...mainContact.beside] : [])
            if (entry.decidedBy !== 'national' && !entry.areas?.includes(area))
              problems.push(`${where}: ${entry.id} is not for ${area}`);
          // Issue 17: a target a stressed person can tap, at every width.
          for (const size of row.sizes)
            if (size.height < 44 || size.width < 44)
              problems.push(`${where}: the glance's contact is ${size.width} x ${size.height} px`);
          buttons += row.glance.length;
        }
        // The Hampshire LADO depends on where the adult works, which is not asked: never the one tap.
        if (shown.some((row) => row.glance.includes('tel:01962876364')))
          problems.push(`${plan.name} in ${area}: the Hampshire LADO is offered as the one tap`);
      }
    }
  }
  console.log(
    `main contacts: ${buttons} glance contacts checked over ${PLANS.length} plans × ${AREAS.length} areas × 2 widths`,
  );
  expect(problems).toEqual([]);
  expect(buttons).toBeGreaterThan(PLANS.length * AREAS.length * 2);
});
