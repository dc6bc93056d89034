import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readFlowFile } from '../../src/cli/read-flow-file.ts';
import type { Answers } from '../../src/engine/answers.ts';
import { replayJourney } from '../../src/engine/replay-journey.ts';
import { writeReasoningAppendix } from '../../src/summary/write-reasoning-appendix.ts';

const flow = readFlowFile();
const scenarioAnswers = (name: string) =>
  (
    JSON.parse(readFileSync(new URL(`../../flows/scenarios/${name}`, import.meta.url), 'utf8')) as {
      answers: Answers;
    }
  ).answers;

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
  const journey = replayJourney(flow, answers);
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

  it("gives every LADO contact whatever the child's area, each decided by where the adult works and saying so", () => {
    // The LADO is usually the one where the adult works, not where the child lives (content review F-12).
    for (const area of AREAS) {
      const { recommendation } = recommendFor(area);
      const lado = recommendation.actions.find((action) => action.route === 'lado')!;
      const entries = lado.contact!.entries;
      expect(entries.map((entry) => entry.value)).toContain(HAMPSHIRE_LADO_LINE);
      const byWorkplace = entries.filter((entry) => entry.decidedBy === 'adult-workplace');
      expect(byWorkplace.map((entry) => entry.value)).toContain(HAMPSHIRE_LADO_LINE);
      for (const entry of byWorkplace) expect(entry.label).toContain('if the adult works');
      expect(
        entries.some(
          (entry) => !entry.confirmed && entry.label.includes('Isle of Wight, Portsmouth, Southampton'),
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
    // The appendix lists every contact; the core record only each action's main one.
    const summary = writeReasoningAppendix(flow, journey.answers, journey.path, recommendation);
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

describe('the main contact the plan at a glance offers for each action (docs/decisions/0057)', () => {
  const mainContacts = (answers: Answers) =>
    Object.fromEntries(
      replayJourney(flow, answers).recommendation!.actions.map((action) => [
        action.route,
        action.mainContact && [
          action.mainContact.main.value,
          ...action.mainContact.beside.map((entry) => entry.value),
        ],
      ]),
    );
  const OUT_OF_HOURS: Record<string, string> = {
    hampshire: '0300 555 1373',
    'isle-of-wight': '0300 555 1373',
    portsmouth: '0300 555 1373',
    southampton: '023 8023 3344',
  };

  it("gives each area its urgent professional line for children's social care with its out-of-hours line, the police on 101, and a way to find the LADO rather than Hampshire's", () => {
    for (const area of AREAS) {
      expect(mainContacts(recommendFor(area).journey.answers), area).toEqual({
        police: ['101'],
        'childrens-social-care':
          area === 'outside-area'
            ? ['https://www.gov.uk/report-child-abuse-to-local-council']
            : [CHILDRENS_SOCIAL_CARE_LINE[area], OUT_OF_HOURS[area]],
        lado: ['https://www.gov.uk/find-local-council'],
        'report-remove': undefined,
      });
    }
  });

  it('never offers a line that is not the action itself, and reports online first where the action is an online report', () => {
    const answers = scenarioAnswers('every-concern-at-once.json');
    const contacts = mainContacts(answers);
    expect(answers['your-role']).toBe('other-staff');
    const expected = {
      'emergency-999': ['999'],
      'support-child': undefined,
      'tell-safeguarding-lead': undefined,
      ceop: ['https://www.ceop.police.uk', '101'],
      prevent: ['0800 011 3764'],
      'report-terrorist-material': ['https://www.gov.uk/report-terrorism', '0800 789 321'],
      'child-on-child-assessment': undefined,
      'report-remove': undefined,
      'anti-bullying-response': undefined,
      'report-harmful-content': undefined,
    };
    expect(Object.keys(contacts)).toEqual(expect.arrayContaining(Object.keys(expected)));
    expect(contacts).toMatchObject(expected);
  });
});
