// @vitest-environment jsdom
import { screen, within } from '@testing-library/react';
import { afterEach, describe, expect, test, vi } from 'vitest';
import { loadFlow } from '../../../src/app/load-flow.ts';
import type { Answers } from '../../../src/engine/answers.ts';
import { decidePlan } from '../../../src/engine/decide-plan.ts';
import { describeMissingReferrals, describePlanChanges } from '../../../src/engine/describe-plan-changes.ts';
import { explainMissingReferrals, findChanges } from '../../../src/engine/find-changes.ts';
import { replayJourney } from '../../../src/engine/replay-journey.ts';
import { describePlainChanges, PLAIN_CHANGE_LIMIT } from '../../../src/app/describe-plain-changes.ts';
import { readScenarioFiles } from '../../support/flow.ts';
import { findHeading, renderApp, saveAnswers } from './render-app.tsx';

const flow = loadFlow();
const scenarios = new Map(readScenarioFiles().map((file) => [file.file, file.scenario.answers]));

/** A 15-year-old blackmailed by a stranger, reported by a teacher who does not know whether an adult is involved. */
const SEXTORTION_NOT_KNOWN = scenarios.get('sextortion-of-15-year-old-boy-by-stranger.json')!;
/** A DSL, a 13-year-old mocked in a class chat: every answer known. */
const CYBERBULLYING = scenarios.get('cyberbullying-by-classmates.json')!;

function expectedSupport(answers: Answers) {
  const journey = replayJourney(flow, answers);
  const plan = decidePlan(flow, journey.answers);
  const changes = findChanges(flow, journey.answers, journey.path, plan);
  return {
    recommendation: journey.recommendation!,
    groups: describePlanChanges(flow, journey.answers, changes),
    missing: describeMissingReferrals(flow, journey.answers, explainMissingReferrals(flow, plan, changes)),
  };
}

async function openRecommendation(answers: Answers) {
  saveAnswers(answers);
  const app = renderApp('/recommendation');
  await findHeading('What to do');
  return app;
}

const plan = () => screen.getByRole('navigation', { name: 'Your plan at a glance' });
/** An action's card in the detailed actions list. */
const card = (route: string) =>
  within(document.querySelector<HTMLElement>(`[data-actions] [data-route="${route}"]`)!);
/** A collapsed section, opened as a user opens it: by its summary. */
async function openCollapsed(user: { click: (element: Element) => Promise<void> }, summary: string) {
  const details = screen.getByText(summary, { selector: '.govuk-details__summary-text' }).closest('details')!;
  expect(details).not.toHaveAttribute('open');
  await user.click(within(details).getByText(summary));
  expect(details).toHaveAttribute('open');
  return details;
}
const FULL_CHANGES = 'What would change this plan: every answer';
const MISSING = 'Why other referrals are not recommended';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the plan at a glance', () => {
  test('lists the actions in the order of the detailed actions, each linking to its action, before the first of them', async () => {
    await openRecommendation(SEXTORTION_NOT_KNOWN);
    const { recommendation } = expectedSupport(SEXTORTION_NOT_KNOWN);
    const rows = [...plan().querySelectorAll<HTMLElement>('[data-plan-route]')];
    const detailed = [...document.querySelectorAll<HTMLElement>('[data-route]')];
    expect(rows.map((row) => row.dataset.planRoute)).toEqual(detailed.map((action) => action.dataset.route));
    expect(rows).toHaveLength(recommendation.actions.length);
    recommendation.actions.forEach((action, index) => {
      const link = within(rows[index]!).getByRole('link', { name: `${index + 1}. ${action.short}` });
      expect(link).toHaveAttribute('href', `#action-${action.route}`);
      const heading = document.getElementById(`action-${action.route}`)!;
      expect(detailed[index]).toContainElement(heading);
      expect(heading).toHaveTextContent(`${index + 1}. ${action.title}`);
    });
    expect(plan().compareDocumentPosition(detailed[0]!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  test("groups the rows under the urgency bands, each with who does it and, for a service, the main contact for the child's area as a button", async () => {
    await openRecommendation(SEXTORTION_NOT_KNOWN);
    const { recommendation } = expectedSupport(SEXTORTION_NOT_KNOWN);
    const row = (route: string) => plan().querySelector<HTMLElement>(`[data-plan-route="${route}"]`)!;
    const band = (route: string) => row(route).closest<HTMLElement>('[data-plan-band]')!;
    // Each band's label is the flow's heading, and its rows are the band's actions, in order.
    for (const urgency of recommendation.urgencies) {
      const group = recommendation.actions.filter((action) => action.urgency === urgency.id);
      const shown = plan().querySelector<HTMLElement>(`[data-plan-band="${urgency.id}"]`);
      if (group.length === 0) {
        expect(shown).toBeNull();
        continue;
      }
      expect(within(shown!).getByRole('list', { name: urgency.heading })).toBeVisible();
      expect(within(shown!).getByText(urgency.heading)).toHaveClass('govuk-tag');
      expect(
        [...shown!.querySelectorAll<HTMLElement>('[data-plan-route]')].map(
          (element) => element.dataset.planRoute,
        ),
      ).toEqual(group.map((action) => action.route));
    }
    expect(band('support-child')).toHaveAttribute('data-plan-band', 'now');
    expect(band('support-child')).toHaveClass('app-plan__band--first');
    expect(band('report-remove')).toHaveAttribute('data-plan-band', 'next');
    expect(band('report-remove')).not.toHaveClass('app-plan__band--first');
    expect(within(row('tell-safeguarding-lead')).getByText('By you')).toBeVisible();
    // The teacher tells the DSL; the whistleblowing line of that action is not its number.
    expect(within(row('tell-safeguarding-lead')).queryByRole('link', { name: /^Call/ })).toBeNull();
    expect(band('ceop')).toHaveAttribute('data-plan-band', 'now');
    expect(within(row('ceop')).getByText('By your DSL')).toBeVisible();
    // CEOP's action is an online report: its one tap opens the report; the police on 101 is in its card.
    const ceopLinks = [...row('ceop').querySelectorAll('[data-plan-contact]')];
    expect(ceopLinks.map((link) => link.getAttribute('href'))).toEqual(['https://www.ceop.police.uk']);
    expect(ceopLinks[0]).toHaveAccessibleName('Report, CEOP Safety Centre: make a report (opens in new tab)');
    expect(ceopLinks[0]).toHaveClass('govuk-button');
    // Beside the main contact in the card (and again in the card's full list of contacts).
    expect(card('ceop').getAllByRole('link', { name: '101' })[0]).toHaveAttribute('href', 'tel:101');
    expect(card('ceop').getAllByRole('link', { name: '101' })[0]).toBeVisible();
    // Children's social care: the daytime line for the child's area; its out-of-hours line is in its card.
    const care = within(row('childrens-social-care'));
    const call = care.getByRole('link', {
      name: "Call 01329 225379, Hampshire Children's Services: urgent child protection (professionals)",
    });
    expect(call).toHaveAttribute('href', 'tel:01329225379');
    expect(call).toHaveClass('govuk-button');
    expect(row('childrens-social-care').querySelectorAll('[data-plan-contact]')).toHaveLength(1);
    const outOfHours = card('childrens-social-care').getAllByRole('link', { name: '0300 555 1373' })[0];
    expect(outOfHours).toHaveAttribute('href', 'tel:03005551373');
    expect(outOfHours).toBeVisible();
  });

  test('puts 999, when the plan has it, first as a red card with a full-width call button', async () => {
    const answers = scenarios.get('child-arranging-to-meet-groomer-tonight.json')!;
    await openRecommendation(answers);
    const first = plan().firstElementChild as HTMLElement;
    expect(first).toHaveAttribute('data-plan-route', 'emergency-999');
    expect(first).toHaveClass('app-plan__emergency');
    const call = within(first).getByRole('link', { name: /^Call 999/ });
    expect(call).toHaveAttribute('href', 'tel:999');
    expect(call).toHaveClass('govuk-button', 'app-call--emergency');
    // The title still leads to the action's detail; the button is what dials.
    expect(within(first).getByRole('link', { name: '1. Call 999 now' })).toHaveAttribute(
      'href',
      '#action-emergency-999',
    );
    // The other actions of the most urgent band follow, in its care card.
    expect(first.nextElementSibling).toHaveAttribute('data-plan-band', 'now');
  });

  test('without 999 in the plan, there is no red card', async () => {
    await openRecommendation(SEXTORTION_NOT_KNOWN);
    expect(plan().querySelector('.app-plan__emergency')).toBeNull();
    expect(within(plan()).queryByRole('link', { name: /^Call 999/ })).toBeNull();
  });

  test.each([
    ['sextortion', SEXTORTION_NOT_KNOWN],
    // The Hampshire LADO is main only where the adult works in Hampshire, which is not asked: never marked.
    ['every concern, with the LADO', scenarios.get('every-concern-at-once.json')!],
  ])(
    "marks each action's main contact in the detailed actions list, the same one the plan offers (%s)",
    async (_, answers) => {
      await openRecommendation(answers);
      const { recommendation } = expectedSupport(answers);
      expect(recommendation.actions.some((action) => action.route === 'lado')).toBe(
        answers !== SEXTORTION_NOT_KNOWN,
      );
      const list = document.querySelector<HTMLElement>('[data-actions]')!;
      expect(list.querySelectorAll('[data-route]')).toHaveLength(recommendation.actions.length);
      for (const action of recommendation.actions) {
        const marked = [...list.querySelectorAll(`[data-route="${action.route}"] [data-main-contact]`)];
        const offered = plan().querySelector(
          `[data-plan-route="${action.route}"] [data-plan-contact="main"]`,
        );
        if (!action.mainContact) {
          expect(marked, action.route).toHaveLength(0);
          expect(offered, action.route).toBeNull();
          continue;
        }
        expect(
          marked.map((link) => link.getAttribute('href')),
          action.route,
        ).toEqual([action.mainContact.main.href]);
        expect(offered).toHaveAttribute('href', action.mainContact.main.href!);
      }
    },
  );

  test('gives the daytime line with its hours and the out-of-hours line together in the card (Isle of Wight)', async () => {
    await openRecommendation({ ...SEXTORTION_NOT_KNOWN, area: 'isle-of-wight' });
    const glance = within(plan().querySelector<HTMLElement>('[data-plan-route="childrens-social-care"]')!);
    expect(glance.getByRole('link', { name: /^Call 01983 823436/ })).toHaveAttribute(
      'href',
      'tel:01983823436',
    );
    const care = card('childrens-social-care');
    // Without opening "More about this step": the button, its hours, and the out-of-hours line beside it.
    expect(care.getByRole('link', { name: /^Call 01983 823436/ })).toHaveAttribute('data-main-contact');
    expect(care.getAllByText(/Monday to Thursday 8:30am to 5pm, Friday 8:30am to 4:30pm/)[0]).toBeVisible();
    expect(care.getAllByRole('link', { name: '0300 555 1373' })[0]).toBeVisible();
  });

  test("heads a card's contacts with the child's area only when that area decides them all", async () => {
    await openRecommendation(scenarios.get('every-concern-at-once.json')!);
    const heading = (route: string) =>
      document.querySelector(`[data-actions] [data-route="${route}"] .app-contact h4`);
    // The LADO is the one for where the adult works, which the tool does not ask.
    expect(heading('lado')).toHaveTextContent(/^Contacts$/);
    expect(heading('childrens-social-care')).toHaveTextContent(/^Contacts for \S/);
  });

  test('one line per warning, in order, each linking to the warning', async () => {
    await openRecommendation(SEXTORTION_NOT_KNOWN);
    const { recommendation } = expectedSupport(SEXTORTION_NOT_KNOWN);
    const lines = [...plan().querySelectorAll<HTMLElement>('[data-plan-warning]')];
    expect(lines.map((line) => line.dataset.planWarning)).toEqual(recommendation.warnings.map((w) => w.id));
    expect(lines.length).toBeGreaterThan(0);
    recommendation.warnings.forEach((warning, index) => {
      expect(within(lines[index]!).getByRole('link', { name: warning.title })).toHaveAttribute(
        'href',
        `#warning-${warning.id}`,
      );
      expect(document.getElementById(`warning-${warning.id}`)).toHaveAttribute('data-warning', warning.id);
    });
  });

  test('choosing a row moves the focus to its action or warning, and the address keeps no fragment', async () => {
    const { user, router } = await openRecommendation(SEXTORTION_NOT_KNOWN);
    const scrolled = vi.spyOn(Element.prototype, 'scrollIntoView');
    await user.click(within(plan()).getByRole('link', { name: /^3\. Report to CEOP/ }));
    const heading = document.getElementById('action-ceop')!;
    expect(heading).toHaveFocus();
    expect(scrolled.mock.contexts.at(-1)).toBe(heading);
    await user.click(within(plan()).getByRole('link', { name: 'Keep the evidence' }));
    expect(document.getElementById('warning-preserve-evidence')).toHaveFocus();
    expect(router.state.location.hash).toBe('');
    expect(window.location.hash).toBe('');
  });
});

describe('what would change this plan', () => {
  test('the full list, collapsed, leads with the answers the user did not know, then the others, then their role, in the engine’s words', async () => {
    const { user } = await openRecommendation(SEXTORTION_NOT_KNOWN);
    const { groups } = expectedSupport(SEXTORTION_NOT_KNOWN);
    const section = await openCollapsed(user, FULL_CHANGES);
    const subheadings = within(section)
      .getAllByRole('heading', { level: 3 })
      .map((heading) => heading.textContent);
    expect(subheadings).toEqual([
      'If you find out what you did not know',
      'If another answer is different',
      'If someone else uses this tool',
    ]);
    expect(groups[0]!.kind).toBe('not-known');
    const shown = [...section.querySelectorAll<HTMLElement>('[data-change-question]')];
    expect(shown.map((group) => group.dataset.changeQuestion)).toEqual(groups.map((group) => group.question));
    expect(shown[0]).toHaveTextContent('You answered "I don\'t know" to "Adult involved".');
    expect(
      within(shown[0]!).getByText(/^If you find out it is "Yes", the plan would no longer include/),
    ).toBeVisible();
    groups.forEach((group, index) => {
      expect(
        within(shown[index]!)
          .getAllByRole('listitem')
          .map((item) => item.textContent),
      ).toEqual(group.lines.map((line) => line.text));
    });
    expect(within(section).getByText(/If "Other harmful content" is also a concern/)).toHaveTextContent(
      'This assumes the answer "Yes, or I suspect so" to "Sent on purpose or encouraging harm"',
    );
  });

  test('a link under the plan opens the full list and moves the focus to it when an answer was not known', async () => {
    const { user } = await openRecommendation(SEXTORTION_NOT_KNOWN);
    const full = document.getElementById('plan-changes')!;
    expect(full).not.toHaveAttribute('open');
    await user.click(screen.getByRole('link', { name: 'Every answer that would change this plan' }));
    expect(full).toHaveAttribute('open');
    expect(full).toHaveFocus();
  });

  test('with every answer known: no "did not know" part; the other answers and the role', async () => {
    const { user } = await openRecommendation(CYBERBULLYING);
    const { groups } = expectedSupport(CYBERBULLYING);
    const section = await openCollapsed(user, FULL_CHANGES);
    expect(
      within(section)
        .getAllByRole('heading', { level: 3 })
        .map((heading) => heading.textContent),
    ).toEqual(['If an answer is different', 'If someone else uses this tool']);
    expect(
      within(section)
        .getAllByRole('listitem')
        .map((item) => item.textContent),
    ).toEqual(groups.flatMap((group) => group.lines.map((line) => line.text)));
    expect(
      within(section).getByText(
        'If it is "Yes, or I suspect so" instead, the plan would add "Report to the police".',
      ),
    ).toBeVisible();
  });
});

describe('if you find out more: what would change the plan, in plain words', () => {
  const plainLines = (answers: Answers) => {
    const journey = replayJourney(flow, answers);
    const plan = decidePlan(flow, journey.answers);
    const changes = findChanges(flow, journey.answers, journey.path, plan);
    return { changes, lines: describePlainChanges(flow, journey.answers, changes) };
  };

  test('stands after the plan: at most three lines, each what finding something out would add', async () => {
    const { user } = await openRecommendation(SEXTORTION_NOT_KNOWN);
    const { lines } = plainLines(SEXTORTION_NOT_KNOWN);
    const section = screen.getByRole('region', { name: 'If you find out more' });
    expect(plan().compareDocumentPosition(section) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    const items = within(section)
      .getAllByRole('listitem')
      .map((item) => item.textContent);
    // The list ends with the way to the full list.
    expect(items.at(-1)).toBe('Every answer that would change this plan');
    const shown = items.slice(0, -1);
    expect(shown).toEqual(lines);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThanOrEqual(PLAIN_CHANGE_LIMIT);
    for (const line of shown)
      expect(line).toMatch(/^If you find out ("[^"]+" is "[^"]+"|about "[^"]+" too): also .+\.$/);
    // Never to an "I don't know": that is not something found out.
    expect(shown.join(' ')).not.toMatch(/is "(I don't know|I'm not sure)"/);
    await user.click(within(section).getByRole('link', { name: 'Every answer that would change this plan' }));
    expect(document.getElementById('plan-changes')).toHaveAttribute('open');
  });

  test("says how urgently each added action is needed, in the band's words", () => {
    // A teaching assistant who knows nothing about how the images were shared.
    const answers = scenarios.get('teaching-assistant-hears-of-images-nothing-known.json')!;
    const { lines } = plainLines(answers);
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.length).toBeLessThanOrEqual(PLAIN_CHANGE_LIMIT);
    expect(lines.join(' ')).toMatch(/: also .+ \((do this now|today|next steps)\)/);
  });

  test('never offers a change that removes 999, though the full list has it', async () => {
    // "I'm not sure" to immediate danger puts 999 in the plan; finding out "No" would take it out.
    const answers = scenarios.get('cyberbullying-danger-not-sure.json')!;
    const { changes, lines } = plainLines(answers);
    expect(changes.some((change) => change.removes.includes(flow.roles.emergencyRoute))).toBe(true);
    const emergency = flow.routes.find((route) => route.id === flow.roles.emergencyRoute)!;
    expect(lines.join(' ')).not.toContain(emergency.title.toLowerCase());
    expect(lines.join(' ')).not.toMatch(/immediate danger/i);
    await openRecommendation(answers);
    const section = document.querySelector('[data-plain-changes]');
    expect(section?.textContent ?? '').not.toMatch(/999/);
  });

  test('at most three lines in every scenario, none of them for a change that removes 999 or any other action', () => {
    let withLines = 0;
    for (const answers of scenarios.values()) {
      const { changes, lines } = plainLines(answers);
      expect(lines.length).toBeLessThanOrEqual(PLAIN_CHANGE_LIMIT);
      const removing999 = changes.filter((change) => change.removes.includes(flow.roles.emergencyRoute));
      for (const change of removing999) {
        const question = flow.questions.find((candidate) => candidate.id === change.question)!;
        expect(lines.join(' ')).not.toContain(`"${question.summaryLabel}"`);
      }
      expect(lines.join(' ')).not.toMatch(/no longer/);
      if (lines.length > 0) withLines += 1;
    }
    expect(withLines).toBeGreaterThan(5);
  });
});

describe('why other referrals are not recommended', () => {
  test('names each referral not in the plan with the answers that would bring it in, collapsed', async () => {
    const { user } = await openRecommendation(SEXTORTION_NOT_KNOWN);
    const { missing } = expectedSupport(SEXTORTION_NOT_KNOWN);
    const section = await openCollapsed(user, MISSING);
    const rows = [...section.querySelectorAll<HTMLElement>('[data-missing-referral]')];
    // CEOP is in the plan, and a report to CEOP is a report to the police: the police are not listed as missing.
    expect(rows.map((row) => row.dataset.missingReferral)).toEqual(['lado', 'prevent']);
    missing.forEach((referral, index) => {
      expect(within(rows[index]!).getByRole('term')).toHaveTextContent(referral.title);
      for (const alternative of referral.alternatives) expect(rows[index]).toHaveTextContent(alternative);
    });
    // Flow 3.0.0 asks who the adult is after a "Yes": that answer is assumed unknown.
    expect(rows[0]).toHaveTextContent('"Adult works with children" were "I don\'t know" (you answered "No")');
    expect(rows[0]).toHaveTextContent(
      '"Adult works with children" were "Yes" (you answered "No"), assuming "I don\'t know" to "Who the adult is"',
    );
  });

  test('with every answer known, the same', async () => {
    const { user } = await openRecommendation(CYBERBULLYING);
    const section = await openCollapsed(user, MISSING);
    expect(
      [...section.querySelectorAll<HTMLElement>('[data-missing-referral]')].map(
        (row) => row.dataset.missingReferral,
      ),
    ).toEqual(['police', 'childrens-social-care', 'lado', 'prevent']);
    expect(
      within(section).getByText(
        /"Threats, harassment or hate" were "Yes, or I suspect so" \(you answered "No"\)/,
      ),
    ).toBeVisible();
  });

  test('says plainly when no single change would bring a referral in', async () => {
    // Everyone is 18 or over and no child shared the material: no one answer brings children's social care in.
    const { user } = await openRecommendation({
      'immediate-danger': 'no',
      'your-role': 'safeguarding-lead',
      setting: 'education-setting',
      area: 'hampshire',
      'child-age': '18-or-over',
      concerns: ['terrorist-material'],
      'child-shared-material': 'no',
    });
    const section = await openCollapsed(user, MISSING);
    const social = section.querySelector<HTMLElement>('[data-missing-referral="childrens-social-care"]')!;
    expect(social).toHaveTextContent('No single change to your answers would bring it in.');
  });
});
