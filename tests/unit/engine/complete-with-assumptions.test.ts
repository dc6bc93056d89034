import { describe, expect, test } from 'vitest';
import { completeWithAssumptions } from '../../../src/engine/complete-with-assumptions.ts';
import { toyFlow } from '../../support/toy-flow.ts';

/** The toy flow asks role, area, worries, then adult (which has "not-sure") when the worries include messages or pictures. */
describe('completeWithAssumptions', () => {
  test('takes the answer to assume for a question on the path left unanswered, and lists it', () => {
    expect(completeWithAssumptions(toyFlow, { role: 'dsl', area: 'north', worries: ['pictures'] })).toEqual({
      answers: { role: 'dsl', area: 'north', worries: ['pictures'], adult: 'not-sure' },
      assuming: { adult: 'not-sure' },
    });
  });

  test('drops answers to questions the path does not ask', () => {
    expect(
      completeWithAssumptions(toyFlow, { role: 'dsl', area: 'north', worries: ['hurt'], adult: 'yes' }),
    ).toEqual({ answers: { role: 'dsl', area: 'north', worries: ['hurt'] }, assuming: {} });
  });

  test('names the first question on the path with no answer and none to assume', () => {
    const completed = completeWithAssumptions(toyFlow, { role: 'dsl', worries: ['hurt'] });
    expect(completed).toEqual({ unanswerable: toyFlow.questions[1] });
  });
});
