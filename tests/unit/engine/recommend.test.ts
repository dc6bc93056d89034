import { describe, expect, test } from 'vitest';
import type { Answers } from '../../../src/engine/answers.ts';
import { decidePlan } from '../../../src/engine/decide-plan.ts';
import type { RecommendedAction } from '../../../src/engine/recommend.ts';
import { recommend } from '../../../src/engine/recommend.ts';
import { changeToyFlow, toyFlow } from '../../support/toy-flow.ts';

/**
 * The plan in words, on the toy flow (tests/fixtures/README.md). Every
 * expected text is written out by hand from the fixture.
 */

const TOY_GUIDE = 'Toy guide, Toytown partnership';
const TOY_RULES = 'Toy rules, Toytown council [not fully confirmed]';

/** Staff in the south, every worry, not sure about an adult: every route, and an uncertain answer. */
const staffSouthNotSure: Answers = {
  role: 'staff',
  area: 'south',
  worries: ['hurt', 'messages', 'pictures'],
  adult: 'not-sure',
};
/** A DSL in the north, pictures from an adult: `report` raised to now by R3, added by R4 too. */
const dslNorthAdult: Answers = { role: 'dsl', area: 'north', worries: ['pictures'], adult: 'yes' };

const actionOf = (answers: Answers, route: string, flow = toyFlow): RecommendedAction => {
  const found = recommend(flow, answers).actions.find((candidate) => candidate.route === route);
  if (!found) throw new Error(`no ${route} action`);
  return found;
};

describe('recommend: what each action says', () => {
  test('words the plan it is given, in its order', () => {
    const plan = decidePlan(toyFlow, staffSouthNotSure);
    expect(recommend(toyFlow, staffSouthNotSure).actions.map((action) => action.route)).toEqual(
      plan.actions.map((planned) => planned.route),
    );
    const onlyLast = { ...plan, actions: plan.actions.slice(-1) };
    expect(recommend(toyFlow, staffSouthNotSure, onlyLast).actions.map((action) => action.route)).toEqual([
      'keep-notes',
    ]);
  });

  test('gives the title, the short title, the urgency and the rules of the route', () => {
    expect(actionOf(dslNorthAdult, 'report')).toMatchObject({
      route: 'report',
      urgency: 'now',
      title: 'Report it to the toy service',
      short: 'Report to the toy service',
      rules: ['R3', 'R4'],
    });
  });

  test('adds a conditional step only when its condition holds', () => {
    expect(actionOf(dslNorthAdult, 'report').steps).toEqual([
      'Report what happened.',
      'Say that an adult is involved.',
    ]);
    expect(actionOf(staffSouthNotSure, 'report').steps).toEqual(['Report what happened.']);
  });

  test('says what to have ready, and nothing for a route that asks for nothing', () => {
    expect(actionOf(dslNorthAdult, 'report').haveReady).toEqual(["The child's name"]);
    expect(actionOf(staffSouthNotSure, 'tell-lead').haveReady).toEqual([]);
  });

  test('says who does it in the words of roles.actionBy', () => {
    expect(actionOf(staffSouthNotSure, 'report')).toMatchObject({
      by: 'safeguarding-lead',
      who: 'Your DSL does this.',
    });
    expect(actionOf(staffSouthNotSure, 'tell-lead')).toMatchObject({ by: 'you', who: 'You do this.' });
    expect(actionOf(dslNorthAdult, 'report')).toMatchObject({ by: 'you', who: 'You do this.' });
    const reworded = changeToyFlow((raw) => void (raw.roles.actionBy.safeguardingLead = 'Ask your DSL.'));
    expect(actionOf(staffSouthNotSure, 'report', reworded).who).toBe('Ask your DSL.');
  });

  test('cites the sources of the route and of the rules that added it, each once', () => {
    expect(actionOf(dslNorthAdult, 'report').sources).toEqual([TOY_GUIDE]);
    expect(actionOf(staffSouthNotSure, 'keep-notes').sources).toEqual([TOY_RULES]);
  });
});

describe('recommend: reasons', () => {
  test('gives one reason for each rule that added the action, quoting the answers that made it fire', () => {
    expect(actionOf(dslNorthAdult, 'report').reasons).toEqual([
      'An adult is involved: report it now. Your answers: Adult involved: Yes. (Rule R3)',
      'An adult may be involved: report it. Pictures make this more serious. Your answers: Worries: Pictures shared. Adult involved: Yes. (Rule R4)',
    ]);
  });

  test('quotes only the chosen values that the rule tests, not the whole many-choice answer', () => {
    expect(actionOf(staffSouthNotSure, 'call-help').reasons).toEqual([
      'Someone may be hurt: get help before anything else. Your answers: Worries: Someone is hurt now. (Rule R1)',
    ]);
  });

  test("quotes the condition of the addition as well as the rule's", () => {
    expect(actionOf(staffSouthNotSure, 'keep-notes').reasons).toEqual([
      'South Toytown asks for written notes about unkind messages. Your answers: Worries: Unkind messages. Area: South Toytown. (Rule R5)',
    ]);
  });

  test('says that an uncertain answer could not be ruled out', () => {
    expect(actionOf(staffSouthNotSure, 'report').reasons).toEqual([
      "An adult may be involved: report it. Pictures make this more serious. Your answers: Worries: Unkind messages; Pictures shared. Adult involved: I'm not sure. This could not be ruled out, so the safer action is recommended. (Rule R4)",
    ]);
  });

  test('quotes a question once, with every value that any of its tests matched', () => {
    const twoTests = changeToyFlow(
      (raw) =>
        void (raw.rules[0]!.when = {
          all: [
            { question: 'worries', includes: 'messages' },
            { question: 'worries', includes: 'hurt' },
          ],
        }),
    );
    expect(actionOf(staffSouthNotSure, 'call-help', twoTests).reasons).toEqual([
      'Someone may be hurt: get help before anything else. Your answers: Worries: Someone is hurt now; Unkind messages. (Rule R1)',
    ]);
  });

  test('leaves out "Your answers" when the rule fired on a negated test alone', () => {
    const negated = changeToyFlow(
      (raw) => void (raw.rules[1]!.when = { not: { question: 'role', is: 'dsl' } }),
    );
    expect(actionOf(staffSouthNotSure, 'tell-lead', negated).reasons).toEqual([
      'You are not the DSL: tell them today. (Rule R2)',
    ]);
  });
});

describe("recommend: contacts for the child's area", () => {
  test('shows the contacts for the chosen area and for every area, and names the area', () => {
    const north = actionOf(dslNorthAdult, 'report').contact!;
    expect(north.area).toBe('north');
    expect(north.areaLabel).toBe('North Toytown');
    expect(north.entries.map((entry) => entry.label)).toEqual(['North Toytown service', 'Report online']);
    const south = actionOf({ ...dslNorthAdult, area: 'south' }, 'report').contact!;
    expect(south.area).toBe('south');
    expect(south.entries.map((entry) => entry.label)).toEqual(['South Toytown service', 'Report online']);
  });

  test('gives each contact its link, its dates, its source, whether it was confirmed and which place decides it', () => {
    expect(actionOf(dslNorthAdult, 'report').contact!.entries[0]).toEqual({
      id: 'north-line',
      decidedBy: 'child-home',
      areas: ['north'],
      label: 'North Toytown service',
      kind: 'phone',
      value: '01632 960001',
      href: 'tel:01632960001',
      hours: 'Monday to Friday, 9am to 5pm',
      confirmed: true,
      lastChecked: '2026-01-05',
      reviewBy: '2026-06-05',
      source: TOY_GUIDE,
    });
    expect(actionOf(staffSouthNotSure, 'report').contact!.entries).toEqual([
      {
        id: 'south-email',
        decidedBy: 'child-home',
        areas: ['south'],
        label: 'South Toytown service',
        kind: 'email',
        value: 'south@example.org',
        href: 'mailto:south@example.org',
        note: 'Not confirmed: check your local procedures.',
        confirmed: false,
        lastChecked: '2026-02-10',
        reviewBy: '2026-04-10',
        source: TOY_RULES,
      },
      {
        id: 'report-website',
        decidedBy: 'national',
        label: 'Report online',
        kind: 'website',
        value: 'https://example.org/report',
        href: 'https://example.org/report',
        confirmed: true,
        lastChecked: '2026-03-01',
        reviewBy: '2026-08-01',
        source: TOY_GUIDE,
      },
    ]);
  });

  test('gives a text contact no link', () => {
    const asText = changeToyFlow((raw) => void (raw.routes[0]!.contacts![0]!.kind = 'text'));
    const entry = actionOf(staffSouthNotSure, 'call-help', asText).contact!.entries[0]!;
    expect(entry.kind).toBe('text');
    expect(entry).not.toHaveProperty('href');
  });

  test('shows no contacts for a route that has none, or none for this area', () => {
    expect(actionOf(staffSouthNotSure, 'tell-lead')).not.toHaveProperty('contact');
    const southOnly = changeToyFlow((raw) => void (raw.routes[0]!.contacts![0]!.areas = ['south']));
    expect(actionOf({ ...staffSouthNotSure, area: 'north' }, 'call-help', southOnly)).not.toHaveProperty(
      'contact',
    );
  });
});

describe('recommend: warnings, law notes and the flow', () => {
  test('gives each warning its items, with conditional items that hold, as a list and as one text', () => {
    expect(recommend(toyFlow, staffSouthNotSure).warnings).toEqual([
      {
        id: 'do-not-copy',
        title: 'Do not copy the pictures',
        items: ['Do not copy, forward or save them.', 'Ask your DSL what to do with the device.'],
        text: 'Do not copy the pictures. Do not copy, forward or save them. Ask your DSL what to do with the device.',
        sources: [TOY_GUIDE],
      },
    ]);
    expect(recommend(toyFlow, dslNorthAdult).warnings[0]!.items).toEqual([
      'Do not copy, forward or save them.',
    ]);
  });

  test('gives each law note with its title, text and sources', () => {
    expect(recommend(toyFlow, dslNorthAdult).lawNotes).toEqual([
      {
        id: 'rules-changed',
        title: 'The toy rules changed',
        text: 'The toy rules were rewritten in 2026. This note stands in for a note on a changed law.',
        sources: [TOY_RULES],
      },
      {
        id: 'toy-only',
        title: 'A toy flow',
        text: 'This flow is a test fixture, not advice.',
        sources: [TOY_GUIDE],
      },
    ]);
  });

  test('carries the flow, its urgency headings and the procedure', () => {
    const recommendation = recommend(toyFlow, dslNorthAdult);
    expect(recommendation.flow).toEqual({ id: 'toy', version: '1.0.0', title: 'Toy flow for engine tests' });
    expect(recommendation.urgencies).toEqual([
      { id: 'now', heading: 'Do this now' },
      { id: 'today', heading: 'Today' },
      { id: 'later', heading: 'Later' },
    ]);
    expect(recommendation.procedure).toEqual({
      title: 'Toy procedure',
      areas: 'North and South Toytown',
      printedOn: '2025-12-01',
    });
  });
});

describe('recommend: the dates of the content used', () => {
  test('are the earliest last-checked and review-by dates of the sources and contacts shown', () => {
    // Sources toy-guide and toy-rules; contacts help-line, south-email, report-website.
    expect(recommend(toyFlow, staffSouthNotSure).content).toEqual({
      lastChecked: '2026-01-10',
      reviewBy: '2026-04-10',
    });
  });

  test("leave out contacts for another area (south-email's review date is the earliest of all)", () => {
    // Sources toy-guide and toy-rules (through the law note); contacts north-line and report-website.
    expect(recommend(toyFlow, dslNorthAdult).content).toEqual({
      lastChecked: '2026-01-05',
      reviewBy: '2026-05-01',
    });
  });

  test('leave out sources that nothing shown cites', () => {
    // Only toy-guide and help-line: toy-rules (review by 2026-05-01) is not used.
    expect(recommend(toyFlow, { role: 'dsl', area: 'north', worries: ['hurt'] }).content).toEqual({
      lastChecked: '2026-01-10',
      reviewBy: '2026-07-10',
    });
  });
});
