import { describe, expect, test } from 'vitest';
import type { Answers } from '../../../src/engine/answers.ts';
import { findNextQuestion } from '../../../src/engine/next-question.ts';
import { replayJourney } from '../../../src/engine/replay-journey.ts';
import { forEachCompleteJourney } from '../../../src/engine/search-journeys.ts';
import { toyFlow, toyMachine } from '../../support/toy-flow.ts';

/** The toy flow asks role, area, worries, then adult only when the worries include messages or pictures. */
const nextAfter = (answers: Answers, index: number) => findNextQuestion(toyFlow, answers, index)?.id;

describe('findNextQuestion', () => {
  test('gives the first question before any is asked', () => {
    expect(nextAfter({}, -1)).toBe('role');
  });

  test('gives the next question that is always asked', () => {
    expect(nextAfter({ role: 'dsl' }, 0)).toBe('area');
  });

  test('gives a question asked only sometimes when its condition holds on the answers so far', () => {
    expect(nextAfter({ role: 'dsl', area: 'north', worries: ['pictures'] }, 2)).toBe('adult');
  });

  test('gives nothing when no later question is asked: the journey is complete', () => {
    expect(nextAfter({ role: 'dsl', area: 'north', worries: ['hurt'] }, 2)).toBeUndefined();
    expect(nextAfter({ role: 'dsl', area: 'north', worries: ['pictures'], adult: 'no' }, 3)).toBeUndefined();
  });

  test('asks the questions in the same order as the compiled machine, on every journey', () => {
    let journeys = 0;
    forEachCompleteJourney(toyFlow, (answers) => {
      journeys += 1;
      const asked: string[] = [];
      let next = findNextQuestion(toyFlow, answers, -1);
      while (next) {
        asked.push(next.id);
        next = findNextQuestion(toyFlow, answers, toyFlow.questions.indexOf(next));
      }
      expect(asked).toEqual(replayJourney(toyFlow, toyMachine, answers).path);
    });
    expect(journeys).toBe(76);
  });
});
