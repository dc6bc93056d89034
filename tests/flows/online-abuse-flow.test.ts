import { describe, expect, test } from 'vitest';
import type { Answers } from '../../src/engine/answers.ts';
import { describeQuestionHint } from '../../src/engine/check-answer.ts';
import { replayJourney } from '../../src/engine/replay-journey.ts';
import { flow } from '../support/flow.ts';

/** Per-question tests in the style of GOV.UK smart-answers: which question comes next for each answer. */
const start: Answers = {
  'immediate-danger': 'no',
  'your-role': 'other-staff',
  setting: 'education-setting',
  area: 'hampshire',
  'child-age': '13-to-15',
};

const nextAfter = (answers: Answers) => {
  const journey = replayJourney(flow, answers);
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
  test('goes to staff-role-of-concern when it is only staff-conduct: who the adult is (F-01)', () => {
    expect(nextAfter({ ...start, concerns: ['staff-conduct'] })).toBe('staff-role-of-concern');
  });
  test.each(['radicalisation'])('goes to the recommendation when it is only %s', (concern) => {
    expect(nextAfter({ ...start, concerns: [concern] })).toBe('recommendation');
  });
  test('goes to targeted-or-encouraged when it is only harmful-content', () => {
    expect(nextAfter({ ...start, concerns: ['harmful-content'] })).toBe('targeted-or-encouraged');
  });
  test('goes to child-shared-material when it is only terrorist-material', () => {
    expect(nextAfter({ ...start, concerns: ['terrorist-material'] })).toBe('child-shared-material');
  });
  test('needs at least one concern', () => {
    const journey = replayJourney(flow, { ...start, concerns: [] });
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
  test('goes to coercion-or-blackmail when answered no with sexual messages or live-streaming: an age or power gap between children (F-02)', () => {
    expect(nextAfter({ ...start, concerns: ['sexual-communication'], 'adult-involved': 'no' })).toBe(
      'coercion-or-blackmail',
    );
    expect(nextAfter({ ...start, concerns: ['live-streaming'], 'adult-involved': 'no' })).toBe(
      'coercion-or-blackmail',
    );
  });
  test('goes to the recommendation when answered no with sextortion alone', () => {
    expect(nextAfter({ ...start, concerns: ['sextortion'], 'adult-involved': 'no' })).toBe('recommendation');
  });
  test('goes to threats-or-hate when answered no and cyberbullying is a concern', () => {
    expect(nextAfter({ ...start, concerns: ['sextortion', 'cyberbullying'], 'adult-involved': 'no' })).toBe(
      'threats-or-hate',
    );
  });
});

describe('question: works-with-children', () => {
  test('is not asked when the concern is about staff conduct: the adult works with children, so who they are is asked', () => {
    expect(
      nextAfter({ ...start, concerns: ['sexual-images', 'staff-conduct'], 'adult-involved': 'yes' }),
    ).toBe('staff-role-of-concern');
  });
  test('goes to staff-role-of-concern when answered yes (F-01)', () => {
    expect(
      nextAfter({
        ...start,
        concerns: ['sexual-images'],
        'adult-involved': 'yes',
        'works-with-children': 'yes',
      }),
    ).toBe('staff-role-of-concern');
  });
  test.each(['no', 'not-known'])('goes to the recommendation when answered %s', (value) => {
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
    const journey = replayJourney(flow, {
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
  test('unusual-or-violent goes to shared-without-consent for a child of 13 or over', () => {
    expect(nextAfter({ ...peers, 'unusual-or-violent': 'no' })).toBe('shared-without-consent');
  });
  test('unusual-or-violent goes to sexual-acts for a child under 13', () => {
    expect(nextAfter({ ...peers, 'child-age': 'under-13', 'unusual-or-violent': 'no' })).toBe('sexual-acts');
  });
  test('sexual-acts goes to shared-without-consent', () => {
    expect(
      nextAfter({ ...peers, 'child-age': 'under-13', 'unusual-or-violent': 'no', 'sexual-acts': 'no' }),
    ).toBe('shared-without-consent');
  });
  test.each(['yes', 'no', 'not-known'])(
    'shared-without-consent goes to the recommendation when answered %s',
    (value) => {
      expect(nextAfter({ ...peers, 'unusual-or-violent': 'no', 'shared-without-consent': value })).toBe(
        'recommendation',
      );
    },
  );
});

describe('questions for other staff: the image questions tell them not to ask the child', () => {
  const hintFor = (questionId: string, role: string) =>
    describeQuestionHint(
      flow.questions.find((question) => question.id === questionId)!,
      { 'your-role': role },
    );
  test.each(['coercion-or-blackmail', 'unusual-or-violent', 'sexual-acts', 'shared-without-consent'])(
    '%s tells other staff to answer "I don’t know" rather than ask the child, and not the DSL',
    (questionId) => {
      expect(hintFor(questionId, 'other-staff')).toMatch(/I don't know.*Do not ask the child/);
      expect(hintFor(questionId, 'safeguarding-lead') ?? '').not.toMatch(/Do not ask the child/);
    },
  );
});

describe('question: targeted-or-encouraged', () => {
  test.each(['yes', 'no'])('goes to the recommendation when answered %s', (value) => {
    expect(nextAfter({ ...start, concerns: ['harmful-content'], 'targeted-or-encouraged': value })).toBe(
      'recommendation',
    );
  });
});

describe('question: child-shared-material', () => {
  test('comes after threats-or-hate and targeted-or-encouraged', () => {
    const concerns = ['terrorist-material', 'cyberbullying', 'harmful-content'];
    expect(nextAfter({ ...start, concerns, 'threats-or-hate': 'no' })).toBe('targeted-or-encouraged');
    expect(nextAfter({ ...start, concerns, 'threats-or-hate': 'no', 'targeted-or-encouraged': 'no' })).toBe(
      'child-shared-material',
    );
  });
});

describe('question: threats-or-hate', () => {
  test.each(['yes', 'no'])('goes to the recommendation when answered %s', (value) => {
    expect(nextAfter({ ...start, concerns: ['cyberbullying'], 'threats-or-hate': value })).toBe(
      'recommendation',
    );
  });
});
