import { describe, expect, test } from 'vitest';
import type { Answers } from '../../../src/engine/answers.ts';
import type { ConditionTest } from '../../../src/engine/condition.ts';
import {
  evaluateCondition,
  evaluateConditionSoFar,
  foldCondition,
  listConditionQuestions,
  listConditionTests,
  listMatchedTests,
} from '../../../src/engine/condition.ts';
import type { Condition } from '../../../src/engine/flow-schema.ts';

/**
 * The condition fold and its uses, on the toy flow's question ids (`role` and
 * `adult` are one-choice, `worries` is many-choice; see tests/fixtures/README.md).
 */

const staff: Condition = { question: 'role', is: ['staff'] };
const hurt: Condition = { question: 'worries', includes: ['hurt'] };
const messagesOrPictures: Condition = { question: 'worries', includes: ['messages', 'pictures'] };
const adultMaybe: Condition = { question: 'adult', is: ['yes', 'not-sure'] };

const answers: Answers = { role: 'staff', worries: ['hurt', 'pictures'] };

describe('foldCondition', () => {
  test('visits every test in the order written and combines the parts with all, any and not', () => {
    const written = foldCondition<string>(
      { all: [staff, { any: [hurt, { not: adultMaybe }] }] },
      {
        test: ({ question, operator, values }) => `${question} ${operator} ${values.join('|')}`,
        all: (parts) => `all(${parts.join(', ')})`,
        any: (parts) => `any(${parts.join(', ')})`,
        not: (part) => `not(${part})`,
      },
    );
    expect(written).toBe('all(role is staff, any(worries includes hurt, not(adult is yes|not-sure)))');
  });
});

describe('evaluateCondition', () => {
  test('"is" holds when a one-choice answer is one of the values', () => {
    expect(evaluateCondition(staff, answers)).toBe(true);
    expect(evaluateCondition({ question: 'role', is: ['dsl', 'staff'] }, answers)).toBe(true);
    expect(evaluateCondition({ question: 'role', is: ['dsl'] }, answers)).toBe(false);
  });

  test('"includes" holds when a many-choice answer includes any one of the values', () => {
    expect(evaluateCondition(hurt, answers)).toBe(true);
    expect(evaluateCondition(messagesOrPictures, answers)).toBe(true);
    expect(evaluateCondition({ question: 'worries', includes: ['messages'] }, answers)).toBe(false);
  });

  test('a question that was not asked satisfies neither "is" nor "includes", so "not" of it holds', () => {
    expect(evaluateCondition(adultMaybe, answers)).toBe(false);
    expect(evaluateCondition({ question: 'worries', includes: ['hurt'] }, { role: 'staff' })).toBe(false);
    expect(evaluateCondition({ not: adultMaybe }, answers)).toBe(true);
  });

  test('"is" never matches a many-choice list, and "includes" never matches a one-choice value', () => {
    expect(evaluateCondition({ question: 'worries', is: ['hurt'] }, answers)).toBe(false);
    expect(evaluateCondition({ question: 'role', includes: ['staff'] }, answers)).toBe(false);
  });

  test('"all" needs every part, "any" needs one part, "not" turns the result round', () => {
    expect(evaluateCondition({ all: [staff, hurt] }, answers)).toBe(true);
    expect(evaluateCondition({ all: [staff, adultMaybe] }, answers)).toBe(false);
    expect(evaluateCondition({ any: [adultMaybe, hurt] }, answers)).toBe(true);
    expect(evaluateCondition({ any: [adultMaybe, { question: 'role', is: ['dsl'] }] }, answers)).toBe(false);
    expect(evaluateCondition({ not: { all: [staff, hurt] } }, answers)).toBe(false);
  });
});

describe('listConditionTests and listConditionQuestions', () => {
  const condition: Condition = { all: [messagesOrPictures, { not: { any: [adultMaybe, hurt] } }] };

  test('list every test, negated or not, in the order written', () => {
    expect(listConditionTests(condition)).toEqual<ConditionTest[]>([
      { question: 'worries', operator: 'includes', values: ['messages', 'pictures'] },
      { question: 'adult', operator: 'is', values: ['yes', 'not-sure'] },
      { question: 'worries', operator: 'includes', values: ['hurt'] },
    ]);
  });

  test('name the question of each test, once per test', () => {
    expect(listConditionQuestions(condition)).toEqual(['worries', 'adult', 'worries']);
  });
});

describe('listMatchedTests: the answers a reason quotes', () => {
  test('gives each test that holds with only the answer values that made it hold', () => {
    const found = listMatchedTests(
      { all: [messagesOrPictures, adultMaybe] },
      {
        worries: ['hurt', 'messages', 'pictures'],
        adult: 'not-sure',
      },
    );
    expect(found).toEqual([
      { question: 'worries', values: ['messages', 'pictures'] },
      { question: 'adult', values: ['not-sure'] },
    ]);
  });

  test('quotes only the parts of an "any" that hold', () => {
    expect(listMatchedTests({ any: [adultMaybe, hurt, staff] }, answers)).toEqual([
      { question: 'worries', values: ['hurt'] },
      { question: 'role', values: ['staff'] },
    ]);
  });

  test('never quotes a negated part, which says why something else did not apply', () => {
    expect(listMatchedTests({ all: [staff, { not: adultMaybe }] }, answers)).toEqual([
      { question: 'role', values: ['staff'] },
    ]);
    expect(listMatchedTests({ not: { question: 'role', is: ['dsl'] } }, answers)).toEqual([]);
    // The inner `all` fails although its `staff` part holds: that part made nothing hold.
    expect(listMatchedTests({ not: { all: [staff, adultMaybe] } }, answers)).toEqual([]);
  });

  test('quotes nothing when the condition does not hold', () => {
    expect(listMatchedTests({ all: [staff, adultMaybe] }, answers)).toEqual([]);
  });
});

describe('evaluateConditionSoFar: three-valued evaluation part way through a journey', () => {
  /** `role` and `worries` answered, `area` passed; `adult` not reached yet. */
  const settledBefore = (questionId: string) => ['role', 'area', 'worries'].includes(questionId);
  const soFar = (condition: Condition, isSettled = settledBefore) =>
    evaluateConditionSoFar(condition, answers, isSettled);

  test('decides a test on a question already answered', () => {
    expect(soFar(staff)).toBe(true);
    expect(soFar({ question: 'worries', includes: ['messages'] })).toBe(false);
  });

  test('leaves a test undecided while its question is still to come', () => {
    expect(soFar(adultMaybe)).toBeUndefined();
    expect(soFar({ not: adultMaybe })).toBeUndefined();
  });

  test('settles a test as false once its question has been passed without being asked', () => {
    expect(soFar(adultMaybe, () => true)).toBe(false);
    expect(soFar({ not: adultMaybe }, () => true)).toBe(true);
  });

  test('decides "all" as soon as one part is false, and "any" as soon as one part is true', () => {
    expect(soFar({ all: [adultMaybe, { question: 'role', is: ['dsl'] }] })).toBe(false);
    expect(soFar({ all: [adultMaybe, staff] })).toBeUndefined();
    expect(soFar({ any: [adultMaybe, staff] })).toBe(true);
    expect(soFar({ any: [adultMaybe, { question: 'role', is: ['dsl'] }] })).toBeUndefined();
  });

  test('agrees with evaluateCondition once every question is settled', () => {
    const complete: Answers = { ...answers, adult: 'yes' };
    const conditions: Condition[] = [
      staff,
      adultMaybe,
      { not: adultMaybe },
      { all: [messagesOrPictures, adultMaybe] },
      { any: [{ not: staff }, { question: 'adult', is: ['no'] }] },
    ];
    for (const condition of conditions)
      expect(evaluateConditionSoFar(condition, complete, () => true)).toBe(
        evaluateCondition(condition, complete),
      );
  });
});
