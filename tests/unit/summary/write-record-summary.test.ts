import { describe, expect, test } from 'vitest';
import { replayJourney } from '../../../src/engine/replay-journey.ts';
import { writeRecordSummary } from '../../../src/summary/write-record-summary.ts';
import { flow, machine } from '../../support/flow.ts';

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
const journey = replayJourney(flow, machine, answers);
const at = new Date(2026, 10, 24, 9, 5);
const summarise = (notes = {}) =>
  writeRecordSummary(flow, journey.answers, journey.path, journey.recommendation!, at, notes);

describe('writeRecordSummary', () => {
  test('opens with the date and time, role, setting, area, flow version and procedure date', () => {
    const text = summarise();
    expect(text).toContain('Date and time: 2026-11-24 09:05');
    expect(text).toContain('Your role: Another role working or volunteering with children');
    expect(text).toContain('Setting: A school, college or early years setting');
    expect(text).toContain("Child's area: Portsmouth");
    expect(text).toContain(`Decision flow: online-abuse version ${flow.version}`);
    expect(text).toContain('as printed 2022-05-18');
  });

  test('lists each question and answer in the order asked', () => {
    const text = summarise();
    const positions = journey.path.map((id) =>
      text.indexOf(flow.questions.find((question) => question.id === id)!.title),
    );
    expect(positions.every((position) => position > 0)).toBe(true);
    expect([...positions].sort((first, second) => first - second)).toEqual(positions);
    expect(text).toContain(
      'Answer: Nude, semi-nude or sexual images or videos of a child; Threats to share images of a child (sextortion)',
    );
  });

  test('lists the warnings before the actions, and the actions in order with urgency, reasons and contacts', () => {
    const text = summarise();
    expect(text.indexOf('Never look at, copy or share the images')).toBeLessThan(
      text.indexOf('ACTIONS, IN ORDER'),
    );
    const routes = journey.recommendation!.actions;
    routes.forEach((action, index) => expect(text).toContain(`${index + 1}. [`));
    // Sextortion: support for the child comes first (R22), then telling the DSL.
    expect(text).toContain('1. [Do this now] Support the child and check they are safe now');
    expect(text).toContain('2. [Do this now] Tell your designated safeguarding lead now');
    expect(text).toMatch(/Why: .*could not be ruled out/);
    expect(text).toContain('Contact: Portsmouth MASH: 023 9268 8793');
  });

  test('leaves space for what the user did, and fills it with their notes', () => {
    expect(summarise()).toMatch(
      /WHAT I DID\nWho I told or called, and when:\nReference numbers:\nMy notes:\n/,
    );
    const filled = summarise({
      whoTold: 'Told DSL Ms Patel at 09:10',
      referenceNumbers: 'CEOP ref 123',
      notes: 'Line one\nLine two',
    });
    expect(filled).toContain('Who I told or called, and when:\n    Told DSL Ms Patel at 09:10');
    expect(filled).toContain('Reference numbers:\n    CEOP ref 123');
    expect(filled).toContain('My notes:\n    Line one\n    Line two');
  });

  test('holds nothing beyond the answers and the recommendation: the same answers give the same text', () => {
    expect(summarise()).toBe(summarise());
    expect(summarise()).not.toMatch(/undefined|\[object Object\]/);
  });
});

describe('who does each action, and what to have ready', () => {
  test('each action says who does it, in words for the role, and lists what the service will ask for', () => {
    const text = summarise();
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
