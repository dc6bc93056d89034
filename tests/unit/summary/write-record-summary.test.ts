import { describe, expect, test } from 'vitest';
import type { Answers } from '../../../src/engine/answers.ts';
import { decidePlan } from '../../../src/engine/decide-plan.ts';
import { describeMissingReferrals, describePlanChanges } from '../../../src/engine/describe-plan-changes.ts';
import { explainMissingReferrals, findChanges } from '../../../src/engine/find-changes.ts';
import { decodeRecordAnswers, readRecordCode } from '../../../src/engine/record-code.ts';
import { replayJourney } from '../../../src/engine/replay-journey.ts';
import type { RecordNotes } from '../../../src/summary/record-notes.ts';
import { RECORD_NOTE_FIELDS } from '../../../src/summary/record-notes.ts';
import { writeCoreRecord } from '../../../src/summary/write-core-record.ts';
import { writeRecordSummary } from '../../../src/summary/write-record-summary.ts';
import { APPENDIX_TITLE, writeReasoningAppendix } from '../../../src/summary/write-reasoning-appendix.ts';
import { flow, readScenarioFiles } from '../../support/flow.ts';

const answers = {
  'immediate-danger': 'no',
  'your-role': 'other-staff',
  setting: 'education-setting',
  area: 'portsmouth',
  'child-age': '13-to-15',
  concerns: ['sexual-images', 'sextortion'],
  'adult-involved': 'not-known',
  'works-with-children': 'no',
};
const at = new Date(2026, 10, 24, 9, 5);
/** The download's text: the core record, then the full reasoning as an appendix. */
const summariseAnswers = (given: Answers, notes: RecordNotes = {}) => {
  const journey = replayJourney(flow, given);
  return writeRecordSummary(flow, journey.answers, journey.path, journey.recommendation!, at, notes, {
    full: true,
  });
};
const journey = replayJourney(flow, answers);
const summarise = (notes: RecordNotes = {}) => summariseAnswers(answers, notes);
const scenario = (file: string) => readScenarioFiles().find((entry) => entry.file === file)!.scenario.answers;

/** The text of a section: from its heading to the next blank line followed by a heading in capitals. */
function sectionOf(text: string, heading: string): string {
  const start = text.indexOf(`\n${heading}\n`);
  expect(start, heading).toBeGreaterThan(0);
  const rest = text.slice(start + heading.length + 2);
  const end = rest.search(/\n\n[A-Z][A-Z' ,]+\n/);
  return end === -1 ? rest : rest.slice(0, end);
}

const SECTIONS = [
  'THE CONCERN',
  'DECISIONS AND REASONS',
  'WHAT WAS RULED OUT, AND WHY',
  'OPEN QUESTIONS',
  'ABOUT THIS RECORD',
];

const EVERY_NOTE: RecordNotes = {
  whoTold: 'Told the DSL at 09:10. Called Portsmouth MASH at 09:40 and spoke to the duty social worker.',
  referenceNumbers: 'MASH 2026-1124-17',
  notes: 'The child was calm and went back to class with a teaching assistant.',
  childsWords: 'he said if i dont send more he will put them on my insta and tell everyone',
  parentsTold:
    "Not told: the DSL and children's social care agreed that telling the father could put the child at risk.",
};

describe('writeRecordSummary: the shape of a safeguarding record', () => {
  test('is the core record, and with `full` the core record then the full reasoning as an appendix', () => {
    const { answers: given, path, recommendation } = journey;
    const notes = { whoTold: 'Told the DSL at 09:10.' };
    const core = writeCoreRecord(flow, given, path, recommendation!, at, notes);
    expect(writeRecordSummary(flow, given, path, recommendation!, at, notes)).toBe(core);
    expect(summarise(notes)).toBe(`${core}\n${writeReasoningAppendix(flow, given, path, recommendation!)}`);
    expect(summarise(notes)).toContain(`\n\n${APPENDIX_TITLE}\n`);
    // The notes are in the core record only: the appendix is the tool's reasoning.
    expect(summarise(notes).split('Told the DSL at 09:10.')).toHaveLength(2);
  });

  test('has its sections in the order a safeguarding record takes', () => {
    const text = summarise();
    const positions = SECTIONS.map((heading) => text.indexOf(`\n\n${heading}\n`));
    expect(positions.every((position) => position > 0)).toBe(true);
    expect([...positions].sort((first, second) => first - second)).toEqual(positions);
  });

  test('states the concern: each question on the path, in the order asked, with its answer as a sentence', () => {
    const concern = sectionOf(summarise(), 'THE CONCERN');
    const positions = journey.path.map((id) =>
      concern.indexOf(flow.questions.find((question) => question.id === id)!.title),
    );
    expect(positions.every((position) => position > 0)).toBe(true);
    expect([...positions].sort((first, second) => first - second)).toEqual(positions);
    expect(concern).toContain('1. Is a child in immediate danger or at immediate risk of harm now? No.');
    expect(concern.replace(/\n\s+/g, ' ')).toContain(
      '6. What are you worried about? Nude, semi-nude or sexual images or videos of a child; Threats to share images of a child (sextortion).',
    );
  });

  test('gives the decisions and reasons: warnings first, then each action in order with urgency, who, why, contacts and what to have ready', () => {
    const decisions = sectionOf(summarise(), 'DECISIONS AND REASONS').replace(/\n {5}/g, ' ');
    expect(decisions.indexOf('Never look at, copy or share the images')).toBeLessThan(
      decisions.indexOf('Actions, in order:'),
    );
    // Sextortion: support for the child comes first (R22), then telling the DSL.
    expect(decisions).toContain('1. [Do this now] Support the child and check they are safe now');
    expect(decisions).toContain('2. [Do this now] Tell your designated safeguarding lead now');
    expect(decisions).toMatch(/Why: .*could not be ruled out/);
    expect(decisions).toContain('Contact: Portsmouth MASH: 023 9268 8793');
    for (const action of journey.recommendation!.actions) expect(decisions).toContain(`Who: ${action.who}`);
    expect(decisions).toContain(
      'Who: Your DSL does this today; do it yourself only if no DSL or deputy can be reached today.',
    );
    const social = journey.recommendation!.actions.find(
      (action) => action.route === 'childrens-social-care',
    )!;
    for (const item of social.haveReady) expect(decisions).toContain(`Have ready: ${item}`);
  });

  test('ends with what the advice was based on; the record code, once, gives back the answers', () => {
    const about = sectionOf(summarise(), 'ABOUT THIS RECORD');
    expect(about).toContain(`Decision flow: online-abuse version ${flow.version}`);
    expect(about).toContain('as printed');
    expect(about).toContain('2022-05-18');
    expect(about).toContain('never the notes');
    const codes = [...summarise().matchAll(/^Record code: ([A-Z0-9-]+)$/gm)].map((match) => match[1]!);
    expect(codes).toHaveLength(1);
    expect(codes[0]!.length).toBeLessThanOrEqual(64);
    expect(decodeRecordAnswers(flow, readRecordCode(codes[0]!))).toEqual(journey.answers);
  });

  test('with every section filled: warnings, referrals ruled out and open questions', () => {
    const given = scenario('sextortion-nothing-known-about-offender.json');
    const text = summariseAnswers(given, EVERY_NOTE);
    const replayed = replayJourney(flow, given);
    const plan = decidePlan(flow, replayed.answers);
    const changes = findChanges(flow, replayed.answers, replayed.path, plan);

    expect(sectionOf(text, 'DECISIONS AND REASONS')).toContain('Warnings given first:');

    // The record says what the page says: the same sentences, from the engine.
    const unwrap = (section: string) => section.replace(/\n {4}/g, ' ');
    const ruledOut = unwrap(sectionOf(text, 'WHAT WAS RULED OUT, AND WHY'));
    const missing = describeMissingReferrals(
      flow,
      replayed.answers,
      explainMissingReferrals(flow, plan, changes),
    );
    expect(missing.length).toBeGreaterThan(0);
    for (const referral of missing) expect(ruledOut).toContain(`- ${referral.title}\n  ${referral.text}`);
    // CEOP, in the plan, is a report to the police: the police are not "ruled out".
    expect(ruledOut).not.toContain('- Report to the police');
    expect(ruledOut).toMatch(
      /It would be recommended if "A child being drawn into extremist ideas or groups" were also a concern/,
    );

    const open = unwrap(sectionOf(text, 'OPEN QUESTIONS'));
    expect(open).toContain("- Adult involved: I don't know.");
    expect(open).toContain("- Adult works with children: I don't know.");
    const lines = describePlanChanges(flow, replayed.answers, changes)
      .filter((group) => group.kind === 'not-known')
      .flatMap((group) => group.lines);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(open).toContain(line.text);
    expect(open.match(/If you find out /g)).toHaveLength(lines.length);
  });

  test('with only the required parts: the appendix keeps its headings, and says there are no warnings or open questions', () => {
    const text = summariseAnswers(scenario('terrorist-website-found-by-staff.json'));
    for (const heading of SECTIONS) expect(text).toContain(`\n\n${heading}\n`);
    expect(text).not.toContain('Warnings given first:');
    expect(sectionOf(text, 'OPEN QUESTIONS')).toBe(
      'None: no question was answered "I don\'t know" or "I\'m not sure".',
    );
    expect(text).toMatch(/^Record code: OA-/m);
  });

  test('when every referral is in the plan, says that nothing was ruled out', () => {
    const text = summariseAnswers(scenario('every-concern-at-once.json'));
    expect(sectionOf(text, 'WHAT WAS RULED OUT, AND WHY')).toBe(
      'Nothing: every referral the tool can make is in the plan above.',
    );
  });

  test('keeps every line within 80 characters, for every scenario and for long notes', () => {
    const long: RecordNotes = Object.fromEntries(
      RECORD_NOTE_FIELDS.map((field) => [
        field.id,
        'Spoke to the duty social worker, who will call back before the end of the day. '
          .repeat(30)
          .slice(0, field.limit),
      ]),
    );
    let checked = 0;
    for (const { file, scenario: entry } of readScenarioFiles()) {
      for (const line of summariseAnswers(entry.answers, long).split('\n')) {
        expect(line.length, `${file}: ${line}`).toBeLessThanOrEqual(80);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(10_000);
  });

  test('holds nothing beyond the answers and the recommendation: the same answers give the same text', () => {
    expect(summarise()).toBe(summarise());
    expect(summarise()).not.toMatch(/undefined|\[object Object\]/);
  });
});

describe('open questions in the appendix', () => {
  test('never list finding out that takes 999 away (F-33), nor say that finding out would change nothing', () => {
    const text = summariseAnswers(scenario('cyberbullying-danger-not-sure.json'));
    const open = sectionOf(text, 'OPEN QUESTIONS');
    expect(open).toBe(
      "Answers not known when this was recorded, and what finding out would change:\n- Child in immediate danger: I'm not sure.",
    );
    expect(text).not.toContain('no longer include "Call 999 now"');
  });
});

describe('who does each action, and what to have ready', () => {
  test('each action says who does it, in words for the role, and lists what the service will ask for', () => {
    // Read as one line: long lines are wrapped at 80 characters.
    const text = summarise().replace(/\n\s+/g, ' ');
    for (const action of journey.recommendation!.actions) expect(text).toContain(`Who: ${action.who}`);
    expect(text).toContain(
      'Who: Your DSL does this today; do it yourself only if no DSL or deputy can be reached today.',
    );
    const social = journey.recommendation!.actions.find(
      (action) => action.route === 'childrens-social-care',
    )!;
    for (const item of social.haveReady) expect(text).toContain(`Have ready: ${item}`);
  });
});
