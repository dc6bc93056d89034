import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFlowFile } from '../../src/cli/read-flow-file.ts';
import type { Answers } from '../../src/engine/answers.ts';
import { compileFlow } from '../../src/engine/compile-flow.ts';
import { findMainPhone } from '../../src/engine/find-main-phone.ts';
import { replayJourney } from '../../src/engine/replay-journey.ts';
import { writeRecordSummary } from '../../src/summary/write-record-summary.ts';

const flow = readFlowFile();
const scenarioAnswers = (name: string) =>
  (
    JSON.parse(readFileSync(new URL(`../../flows/scenarios/${name}`, import.meta.url), 'utf8')) as {
      answers: Answers;
    }
  ).answers;
const machine = compileFlow(flow);

/**
 * An oracle written from the research (domain-notes.md section 4), not from
 * the flow file, so that a contact moved to the wrong area in the flow is
 * caught: each area's urgent professional line for children's social care,
 * and the Hampshire LADO line.
 */
const CHILDRENS_SOCIAL_CARE_LINE: Record<string, string> = {
  hampshire: '01329 225379',
  'isle-of-wight': '01983 823436',
  portsmouth: '023 9268 8793',
  southampton: '023 8083 2300',
};
const HAMPSHIRE_LADO_LINE = '01962 876364';
const AREAS = ['hampshire', 'isle-of-wight', 'portsmouth', 'southampton', 'outside-area'];

/** A journey that needs children's social care, the police and the LADO: an adult who works with children, with images. */
function recommendFor(area: string) {
  const answers: Answers = {
    'immediate-danger': 'no',
    'your-role': 'safeguarding-lead',
    setting: 'education-setting',
    area,
    'child-age': '13-to-15',
    concerns: ['sexual-images'],
    'adult-involved': 'yes',
    'works-with-children': 'yes',
    // 3.0.0 asks who the adult is (content review F-01): a coach elsewhere keeps the DSL's usual route.
    'staff-role-of-concern': 'elsewhere',
  };
  const journey = replayJourney(flow, machine, answers);
  return { journey, recommendation: journey.recommendation! };
}

const valuesOf = (recommendation: ReturnType<typeof recommendFor>['recommendation'], route: string) =>
  recommendation.actions
    .find((action) => action.route === route)
    ?.contact?.entries.map((entry) => entry.value) ?? [];

describe("contacts for the child's area", () => {
  it("gives each area its own children's social care line and no other area's", () => {
    for (const area of AREAS) {
      const values = valuesOf(recommendFor(area).recommendation, 'childrens-social-care');
      for (const [lineArea, line] of Object.entries(CHILDRENS_SOCIAL_CARE_LINE)) {
        if (lineArea === area) expect(values, `${area} has its own line`).toContain(line);
        else expect(values, `${area} must not show ${lineArea}'s line`).not.toContain(line);
      }
      expect(values.length, `${area} has a children's social care contact`).toBeGreaterThan(0);
    }
  });

  it("gives every LADO contact whatever the child's area, each saying which area the adult must work in", () => {
    // The LADO is usually the one where the adult works, not where the child lives (content review F-12).
    for (const area of AREAS) {
      const { recommendation } = recommendFor(area);
      const lado = recommendation.actions.find((action) => action.route === 'lado')!;
      const entries = lado.contact!.entries;
      expect(entries.map((entry) => entry.value)).toContain(HAMPSHIRE_LADO_LINE);
      for (const entry of entries) expect(entry.label).toMatch(/if the adult works (in Hampshire|there)/);
      expect(
        entries.some(
          (entry) => !entry.confirmed && /Isle of Wight, Portsmouth, Southampton/.test(entry.label),
        ),
      ).toBe(true);
    }
  });

  it("names the child's area on every local contact, so the user can see which area was used", () => {
    for (const area of AREAS) {
      const { recommendation } = recommendFor(area);
      for (const action of recommendation.actions) {
        if (action.contact) expect(action.contact.area, action.route).toBe(area);
      }
    }
  });

  it('marks contacts the research could not confirm, on the page data and in the record summary', () => {
    const { journey, recommendation } = recommendFor('portsmouth');
    const unconfirmed = recommendation.actions
      .flatMap((action) => action.contact?.entries ?? [])
      .filter((entry) => !entry.confirmed);
    expect(unconfirmed.length).toBeGreaterThan(0);
    const summary = writeRecordSummary(
      flow,
      journey.answers,
      journey.path,
      recommendation,
      new Date(2026, 10, 24, 10, 0),
    );
    // Long lines are wrapped at 80 characters: read the summary as one line to find each contact.
    const flat = summary.replace(/\n\s+/g, ' ');
    for (const entry of unconfirmed)
      expect(flat).toContain(`Contact [not confirmed]: ${entry.label}: ${entry.value}`);
    expect(summary.match(/\[not confirmed\]/g)?.length).toBe(unconfirmed.length);
  });

  it('shows the date each contact was last checked', () => {
    const { recommendation } = recommendFor('southampton');
    for (const entry of recommendation.actions.flatMap((action) => action.contact?.entries ?? [])) {
      expect(entry.lastChecked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(entry.reviewBy >= entry.lastChecked).toBe(true);
    }
  });
});

describe('the number the plan at a glance shows for each action (docs/decisions/0013)', () => {
  const mainPhones = (answers: Answers) =>
    Object.fromEntries(
      replayJourney(flow, machine, answers).recommendation!.actions.map((action) => {
        const phone = findMainPhone(flow, action);
        return [
          action.route,
          phone && `${phone.entry.value}${phone.condition ? ` (${phone.condition})` : ''}`,
        ];
      }),
    );

  it("gives each area its urgent professional line for children's social care, the police on 101, and the Hampshire LADO with its condition", () => {
    for (const area of AREAS) {
      expect(mainPhones(recommendFor(area).journey.answers), area).toEqual({
        police: '101',
        'childrens-social-care': CHILDRENS_SOCIAL_CARE_LINE[area],
        lado: `${HAMPSHIRE_LADO_LINE} (if the adult works in Hampshire)`,
        'report-remove': undefined,
      });
    }
  });

  it('never shows a line that is not the action itself: none for telling the DSL (its line is for whistleblowing) or for support and advice', () => {
    const answers = scenarioAnswers('every-concern-at-once.json');
    const phones = mainPhones(answers);
    expect(answers['your-role']).toBe('other-staff');
    const expected = {
      'emergency-999': '999',
      'support-child': undefined,
      'tell-safeguarding-lead': undefined,
      ceop: '101',
      prevent: '0800 011 3764',
      'report-terrorist-material': '0800 789 321',
      'child-on-child-assessment': undefined,
      'report-remove': undefined,
      'anti-bullying-response': undefined,
      'report-harmful-content': undefined,
    };
    expect(Object.keys(phones)).toEqual(expect.arrayContaining(Object.keys(expected)));
    expect(phones).toMatchObject(expected);
  });
});
