import { describe, expect, test } from 'vitest';
import type { Answers } from '../../src/engine/answers.ts';
import { replayJourney } from '../../src/engine/replay-journey.ts';
import { flow, machine } from '../support/flow.ts';

/** Per-question tests in the style of GOV.UK smart-answers: which question comes next for each answer. */
const start: Answers = {
  'immediate-danger': 'no',
  'your-role': 'other-staff',
  setting: 'education-setting',
  area: 'hampshire',
  'child-age': '13-to-15',
};

const nextAfter = (answers: Answers) => {
  const journey = replayJourney(flow, machine, answers);
  return journey.recommendation ? 'recommendation' : journey.next?.id;
};

describe('question: immediate-danger', () => {
  test.each(['yes', 'no', 'not-sure'])('goes to your-role when answered %s', (value) => {
    expect(nextAfter({ 'immediate-danger': value })).toBe('your-role');
  });
  test('is asked first', () => {
    expect(nextAfter({})).toBe('immediate-danger');
  });
});

describe('questions: your-role, setting, area and child-age', () => {
  test('are always asked, in that order', () => {
    expect(nextAfter({ 'immediate-danger': 'no' })).toBe('your-role');
    expect(nextAfter({ 'immediate-danger': 'no', 'your-role': 'safeguarding-lead' })).toBe('setting');
    expect(
      nextAfter({ 'immediate-danger': 'no', 'your-role': 'safeguarding-lead', setting: 'other-setting' }),
    ).toBe('area');
    expect(
      nextAfter({
        'immediate-danger': 'no',
        'your-role': 'safeguarding-lead',
        setting: 'other-setting',
        area: 'outside-area',
      }),
    ).toBe('child-age');
    expect(nextAfter(start)).toBe('concerns');
  });
});

describe('question: concerns', () => {
  test.each(['sexual-images', 'sexual-communication', 'sextortion', 'live-streaming'])(
    'goes to adult-involved when it includes %s',
    (concern) => {
      expect(nextAfter({ ...start, concerns: [concern, 'harmful-content'] })).toBe('adult-involved');
    },
  );
  test('goes to threats-or-hate when it includes cyberbullying and no sexual concern', () => {
    expect(nextAfter({ ...start, concerns: ['cyberbullying'] })).toBe('threats-or-hate');
  });
  test.each(['terrorist-material', 'radicalisation', 'harmful-content'])(
    'goes to the recommendation when it is only %s',
    (concern) => {
      expect(nextAfter({ ...start, concerns: [concern] })).toBe('recommendation');
    },
  );
  test('needs at least one concern', () => {
    const journey = replayJourney(flow, machine, { ...start, concerns: [] });
    expect(journey.next?.id).toBe('concerns');
    expect(journey.invalidAnswer).toBe(true);
  });
});

describe('question: adult-involved', () => {
  const images = { ...start, concerns: ['sexual-images'] };
  test.each(['yes', 'not-known'])('goes to works-with-children when answered %s', (value) => {
    expect(nextAfter({ ...images, 'adult-involved': value })).toBe('works-with-children');
  });
  test('goes to coercion-or-blackmail when answered no with sexual images', () => {
    expect(nextAfter({ ...images, 'adult-involved': 'no' })).toBe('coercion-or-blackmail');
  });
  test('goes to the recommendation when answered no without sexual images', () => {
    expect(nextAfter({ ...start, concerns: ['sexual-communication'], 'adult-involved': 'no' })).toBe(
      'recommendation',
    );
  });
  test('goes to threats-or-hate when answered no and cyberbullying is a concern', () => {
    expect(nextAfter({ ...start, concerns: ['sextortion', 'cyberbullying'], 'adult-involved': 'no' })).toBe(
      'threats-or-hate',
    );
  });
});

describe('question: works-with-children', () => {
  test.each(['yes', 'no', 'not-known'])('goes to the recommendation when answered %s', (value) => {
    expect(
      nextAfter({
        ...start,
        concerns: ['sexual-images'],
        'adult-involved': 'yes',
        'works-with-children': value,
      }),
    ).toBe('recommendation');
  });
  test('never asks the peer-imagery questions when an adult may be involved', () => {
    const journey = replayJourney(flow, machine, {
      ...start,
      concerns: ['sexual-images'],
      'adult-involved': 'not-known',
      'works-with-children': 'no',
    });
    expect(journey.path).not.toContain('coercion-or-blackmail');
    expect(journey.path).not.toContain('unusual-or-violent');
  });
});

describe('questions: coercion-or-blackmail, unusual-or-violent and sexual-acts', () => {
  const peers = {
    ...start,
    concerns: ['sexual-images'],
    'adult-involved': 'no',
    'coercion-or-blackmail': 'no',
  };
  test('coercion-or-blackmail goes to unusual-or-violent', () => {
    expect(
      nextAfter({
        ...start,
        concerns: ['sexual-images'],
        'adult-involved': 'no',
        'coercion-or-blackmail': 'yes',
      }),
    ).toBe('unusual-or-violent');
  });
  test('unusual-or-violent goes to the recommendation for a child of 13 or over', () => {
    expect(nextAfter({ ...peers, 'unusual-or-violent': 'no' })).toBe('recommendation');
  });
  test('unusual-or-violent goes to sexual-acts for a child under 13', () => {
    expect(nextAfter({ ...peers, 'child-age': 'under-13', 'unusual-or-violent': 'no' })).toBe('sexual-acts');
  });
});

describe('question: threats-or-hate', () => {
  test.each(['yes', 'no'])('goes to the recommendation when answered %s', (value) => {
    expect(nextAfter({ ...start, concerns: ['cyberbullying'], 'threats-or-hate': value })).toBe(
      'recommendation',
    );
  });
});
