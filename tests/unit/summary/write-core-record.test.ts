import { describe, expect, test } from 'vitest';
import type { Answers } from '../../../src/engine/answers.ts';
import { decodeRecordAnswers, readRecordCode } from '../../../src/engine/record-code.ts';
import { replayJourney } from '../../../src/engine/replay-journey.ts';
import type { RecordNotes } from '../../../src/summary/record-notes.ts';
import { RECORD_NOTE_FIELDS } from '../../../src/summary/record-notes.ts';
import { writeCoreRecord } from '../../../src/summary/write-core-record.ts';
import { flow, readScenarioFiles } from '../../support/flow.ts';

const scenario = (file: string) => readScenarioFiles().find((entry) => entry.file === file)!.scenario.answers;
/** 3 December 2026, 18:40 in London, in winter: GMT. */
const WINTER = new Date('2026-12-03T18:40:00Z');

function record(answers: Answers, notes: RecordNotes = {}, at = WINTER) {
  const journey = replayJourney(flow, answers);
  const text = writeCoreRecord(flow, journey.answers, journey.path, journey.recommendation!, at, notes);
  return { journey, text, lines: text.trimEnd().split('\n') };
}

const SEXTORTION = scenario('sextortion-nothing-known-about-offender.json');
const TERRORIST_WEBSITE = scenario('terrorist-website-found-by-staff.json');

describe('the core record', () => {
  test("the time carries England's zone: GMT in winter, BST in summer, whatever the machine's own zone", () => {
    const flowVersion = `Flow: online-abuse version ${flow.version}`;
    expect(record(SEXTORTION).lines[1]).toBe(`Date and time: 3 December 2026, 18:40 GMT. ${flowVersion}`);
    expect(record(SEXTORTION, {}, new Date('2026-07-03T18:40:00Z')).lines[1]).toBe(
      `Date and time: 3 July 2026, 19:40 BST. ${flowVersion}`,
    );
  });

  test('leads with the concern, then every answer known, the role among them, in the order asked; those not known are open questions', () => {
    const { journey, lines } = record(SEXTORTION);
    expect(lines[2]).toMatch(/^Concerns: Threats to share images of a child \(sextortion\)\. Answers: /);
    const paragraph = lines.slice(2, lines.indexOf('Actions, in order (when, by whom, contact):')).join(' ');
    const answers = paragraph.replace(/ {3}/g, ' ').slice(paragraph.indexOf('Answers: '));
    const known = journey.path.filter(
      (id) => !['concerns', 'adult-involved', 'works-with-children'].includes(id),
    );
    const positions = known.map((id) =>
      answers.indexOf(`${flow.questions.find((question) => question.id === id)!.summaryLabel}: `),
    );
    expect(positions.every((position) => position > 0)).toBe(true);
    expect([...positions].sort((first, second) => first - second)).toEqual(positions);
    expect(answers).toContain('Your role: Designated safeguarding lead (DSL) or deputy.');
    expect(answers).not.toContain("I don't know");
  });

  test('lists each action in order with when and by whom, and the contact the plan offered for it (its main contact)', () => {
    const { journey, text } = record(SEXTORTION);
    const flat = text.replace(/\n {5}/g, ' ');
    const { actions } = journey.recommendation!;
    let position = 0;
    actions.forEach((action, index) => {
      const line = `${index + 1}. ${action.short} (`;
      const found = flat.indexOf(line, position);
      expect(found, action.route).toBeGreaterThanOrEqual(position);
      position = found;
    });
    expect(flat).toContain('1. Support the child and check they are safe (Do this now, by you)');
    const social = actions.find((action) => action.route === 'childrens-social-care')!;
    expect(social.mainContact).toBeDefined();
    expect(flat).toContain("3. Refer to children's social care (Today, by you). Contact: 023 9268 8793\n");
    expect(social.mainContact!.main.value).toBe('023 9268 8793');
    // Where the line has room, the service's name goes with the number or link.
    expect(flat).toContain(
      '2. Report to CEOP (or police on 101) (Do this now, by you).\n   Contact: https://www.ceop.police.uk, CEOP Safety Centre: make a report\n',
    );
    // One contact per action that has one, its main contact, never the whole list: the appendix has the rest.
    for (const action of actions.filter((candidate) => candidate.mainContact))
      expect(flat).toMatch(
        new RegExp(`Contact: ${action.mainContact!.main.value.replace(/[.+]/g, '\\$&')}[,\n]`),
      );
    const contacts = actions.filter((action) => action.mainContact).length;
    expect(text.match(/Contact: /g)).toHaveLength(contacts);
    expect(contacts).toBeLessThan(actions.length);
  });

  test('gives each answer not known, with the steps finding it out could add or drop', () => {
    const { text } = record(SEXTORTION);
    expect(text.replace(/\n {2}/g, ' ')).toContain(
      'Open questions (not known, and what finding out could do): Adult involved (drop 2 steps); Adult works with children (drop Tell the LADO (within one working day)).',
    );
  });

  test('never lists finding out that takes 999 away as an open question (F-33)', () => {
    const { text, journey } = record(scenario('cyberbullying-danger-not-sure.json'));
    expect(journey.recommendation!.actions[0]!.route).toBe('emergency-999');
    expect(text).toContain('Open questions (not known): Child in immediate danger.\n');
    expect(text).not.toMatch(/drop [^\n]*Call 999/);
  });

  test('leaves out what has nothing to say: no open questions, no notes, no contact for an action that has none', () => {
    const { text } = record(TERRORIST_WEBSITE);
    expect(text).not.toContain('Open questions');
    for (const field of RECORD_NOTE_FIELDS) expect(text).not.toContain(`${field.summaryLabel}:`);
    // No label is left with nothing after it: only the actions' heading ends with a colon.
    expect(text.split('\n').filter((line) => !line.startsWith(' ') && line.endsWith(':'))).toEqual([
      'Actions, in order (when, by whom, contact):',
    ]);
    // In the sextortion plan, the child-on-child assessment contacts no service.
    const sextortion = record(SEXTORTION);
    const without = sextortion.journey.recommendation!.actions.findIndex((action) => !action.mainContact);
    expect(without).toBeGreaterThanOrEqual(0);
    const at = sextortion.lines.findIndex((line) => line.startsWith(`${without + 1}. `));
    expect(sextortion.lines[at + 1]).toMatch(/^\d\. /);
  });

  test("holds each note as typed, after its label, its own lines kept and set in further than the tool's", () => {
    const notes: RecordNotes = {
      whoTold: 'Told Mrs Patel (DSL) in person at 10:15.\nCalled Portsmouth MASH at 10:40.',
      childsWords: 'he said if i dont send more he will put them on my insta',
      parentsTold: "Not yet: the DSL will decide with children's social care.",
    };
    const { text } = record(SEXTORTION, notes);
    expect(text).toContain(
      'Who I told or called, and when: Told Mrs Patel (DSL) in person at 10:15.\n    Called Portsmouth MASH at 10:40.\n',
    );
    // Wrapped at 80 characters, each line after the first set in by four spaces.
    expect(text.replace(/\n {4}/g, ' ')).toContain(`The child's own words, as said: ${notes.childsWords}\n`);
    expect(text).toContain(
      "Parents or carers told: Not yet: the DSL will decide with children's social\n    care.\n",
    );
    expect(text).not.toContain('Reference numbers');
  });

  test('ends with the flow version and the record code, which gives back the answers', () => {
    const { journey, lines } = record(SEXTORTION);
    expect(lines[1]).toContain(`Flow: online-abuse version ${flow.version}`);
    const code = /^Record code: ([A-Z0-9-]+)$/.exec(lines.at(-1)!)?.[1];
    expect(decodeRecordAnswers(flow, readRecordCode(code!))).toEqual(journey.answers);
  });
});
