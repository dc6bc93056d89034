import { describe, expect, test } from 'vitest';
import { evaluateCondition, listConditionQuestions } from '../../../src/engine/condition.ts';
import type { Condition } from '../../../src/engine/flow-schema.ts';

const answers = { age: 'under-13', concerns: ['images', 'bullying'] };

describe('evaluateCondition', () => {
  test('is: holds when a one-choice answer is the value or one of the values', () => {
    expect(evaluateCondition({ question: 'age', is: ['under-13'] }, answers)).toBe(true);
    expect(evaluateCondition({ question: 'age', is: ['13-to-15', 'under-13'] }, answers)).toBe(true);
    expect(evaluateCondition({ question: 'age', is: ['13-to-15'] }, answers)).toBe(false);
  });
  test('includes: holds when a many-choice answer includes any of the values', () => {
    expect(evaluateCondition({ question: 'concerns', includes: ['images'] }, answers)).toBe(true);
    expect(evaluateCondition({ question: 'concerns', includes: ['extremism', 'bullying'] }, answers)).toBe(
      true,
    );
    expect(evaluateCondition({ question: 'concerns', includes: ['extremism'] }, answers)).toBe(false);
  });
  test('an unanswered question satisfies neither is nor includes, and not turns that into true', () => {
    expect(evaluateCondition({ question: 'adult', is: ['yes'] }, answers)).toBe(false);
    expect(evaluateCondition({ question: 'topics', includes: ['yes'] }, answers)).toBe(false);
    expect(evaluateCondition({ not: { question: 'adult', is: ['yes'] } }, answers)).toBe(true);
  });
  test('all, any and not combine', () => {
    const under13Images: Condition = {
      all: [
        { question: 'age', is: ['under-13'] },
        { question: 'concerns', includes: ['images'] },
      ],
    };
    expect(evaluateCondition(under13Images, answers)).toBe(true);
    expect(evaluateCondition({ any: [{ question: 'age', is: ['16-to-17'] }, under13Images] }, answers)).toBe(
      true,
    );
    expect(evaluateCondition({ not: under13Images }, answers)).toBe(false);
  });
  test('is never confuses a one-choice value with a many-choice list', () => {
    expect(evaluateCondition({ question: 'concerns', is: ['images'] }, answers)).toBe(false);
    expect(evaluateCondition({ question: 'age', includes: ['under-13'] }, answers)).toBe(false);
  });
  test('listConditionQuestions names every question read', () => {
    expect(
      listConditionQuestions({
        all: [{ question: 'age', is: ['x'] }, { not: { any: [{ question: 'concerns', includes: ['y'] }] } }],
      }),
    ).toEqual(['age', 'concerns']);
  });
});
