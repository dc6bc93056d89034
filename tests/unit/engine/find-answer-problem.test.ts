import { describe, expect, test } from 'vitest';
import { describeAllowedValues, findAnswerProblem } from '../../../src/engine/find-answer-problem.ts';
import { toyFlow } from '../../support/toy-flow.ts';

/** Answers from outside (a scenario file, a saved journey) checked against the toy flow (tests/fixtures/README.md). */

describe('findAnswerProblem', () => {
  test('finds no problem with well-formed answers, even ones the path would not ask', () => {
    expect(findAnswerProblem(toyFlow, { role: 'dsl', worries: ['hurt'], adult: 'yes' })).toBeUndefined();
  });

  test("names an unknown question and lists the flow's questions", () => {
    expect(findAnswerProblem(toyFlow, { role: 'dsl', setting: 'school' })).toBe(
      "unknown question 'setting' (the flow's questions are: role, area, worries, adult)",
    );
  });

  test('names a value its question does not allow, with the values it does', () => {
    expect(findAnswerProblem(toyFlow, { area: 'east' })).toBe(
      `"east" is not allowed for 'area' (allowed: one of: north, south)`,
    );
    expect(findAnswerProblem(toyFlow, { worries: 'hurt' })).toBe(
      `"hurt" is not allowed for 'worries' (allowed: a list of one or more of: hurt, messages, pictures)`,
    );
  });

  test('gives the first problem only', () => {
    expect(findAnswerProblem(toyFlow, { area: 'east', role: 'teacher' })).toMatch(/^"east"/);
  });
});

describe('describeAllowedValues', () => {
  test('says whether one value or a list is wanted', () => {
    expect(describeAllowedValues(toyFlow.questions[0]!)).toBe('one of: dsl, staff');
    expect(describeAllowedValues(toyFlow.questions[2]!)).toBe(
      'a list of one or more of: hurt, messages, pictures',
    );
  });
});
