import { describe, expect, test } from 'vitest';
import type { AnswerValue } from '../../../src/engine/answers.ts';
import {
  describeAnswer,
  describeQuestionHint,
  isAllowedAnswer,
  normaliseAnswer,
} from '../../../src/engine/check-answer.ts';
import type { Question } from '../../../src/engine/flow-schema.ts';
import { toyFlow } from '../../support/toy-flow.ts';

/** The toy flow's questions (tests/fixtures/README.md): `role` is one-choice, `worries` many-choice. */
const question = (id: string): Question => toyFlow.questions.find((candidate) => candidate.id === id)!;
const role = question('role');
const worries = question('worries');

describe('isAllowedAnswer', () => {
  test.each<[AnswerValue | undefined, boolean]>([
    ['dsl', true],
    ['staff', true],
    ['teacher', false],
    [['dsl'], false],
    [undefined, false],
  ])('for a one-choice question, %j is allowed: %s', (value, allowed) => {
    expect(isAllowedAnswer(role, value)).toBe(allowed);
  });

  test.each<[AnswerValue | undefined, boolean]>([
    [['hurt'], true],
    [['pictures', 'hurt'], true],
    [['hurt', 'messages', 'pictures'], true],
    [[], false],
    [['hurt', 'hurt'], false],
    [['hurt', 'fire'], false],
    ['hurt', false],
    [undefined, false],
  ])('for a many-choice question, %j is allowed: %s', (value, allowed) => {
    expect(isAllowedAnswer(worries, value)).toBe(allowed);
  });
});

describe('normaliseAnswer', () => {
  test('puts a many-choice answer in the order of the options', () => {
    expect(normaliseAnswer(worries, ['pictures', 'hurt'])).toEqual(['hurt', 'pictures']);
  });

  test('leaves a one-choice answer as it is', () => {
    expect(normaliseAnswer(role, 'staff')).toBe('staff');
  });
});

describe('describeAnswer', () => {
  test('gives the labels of the chosen options, in option order', () => {
    expect(describeAnswer(worries, ['pictures', 'hurt'])).toEqual(['Someone is hurt now', 'Pictures shared']);
    expect(describeAnswer(role, 'dsl')).toEqual(['Designated safeguarding lead (DSL)']);
  });
});

describe('describeQuestionHint', () => {
  const withoutHint: Question = { ...worries, hint: undefined };

  test('gives the hint, then each conditional hint that holds on the answers so far', () => {
    expect(describeQuestionHint(worries, { role: 'dsl' })).toBe('Select all that apply.');
    expect(describeQuestionHint(worries, { role: 'staff' })).toBe(
      'Select all that apply. Your DSL can help you answer.',
    );
  });

  test('gives a conditional hint alone when the question has no hint of its own', () => {
    expect(describeQuestionHint(withoutHint, { role: 'staff' })).toBe('Your DSL can help you answer.');
  });

  test('gives nothing when there is no hint to show', () => {
    expect(describeQuestionHint(role, {})).toBeUndefined();
    expect(describeQuestionHint(withoutHint, { role: 'dsl' })).toBeUndefined();
  });
});
