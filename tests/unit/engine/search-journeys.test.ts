import { describe, expect, test } from 'vitest';
import { replayJourney } from '../../../src/engine/replay-journey.ts';
import {
  forEachCompleteJourney,
  listPossibleAnswers,
  searchJourneys,
} from '../../../src/engine/search-journeys.ts';
import { toyFlow } from '../../support/toy-flow.ts';

/**
 * The toy flow (tests/fixtures/README.md) has 76 complete journeys: 2 roles x
 * 2 areas x (1 set of worries without messages or pictures + 6 sets with them
 * x 3 answers about an adult).
 */

describe('listPossibleAnswers', () => {
  test('gives each option of a one-choice question', () => {
    expect(listPossibleAnswers(toyFlow.questions[3]!)).toEqual(['yes', 'no', 'not-sure']);
  });

  test('gives each non-empty set of options of a many-choice question, each in option order', () => {
    expect(listPossibleAnswers(toyFlow.questions[2]!)).toEqual([
      ['hurt'],
      ['messages'],
      ['hurt', 'messages'],
      ['pictures'],
      ['hurt', 'pictures'],
      ['messages', 'pictures'],
      ['hurt', 'messages', 'pictures'],
    ]);
  });
});

describe('forEachCompleteJourney', () => {
  test('visits every complete journey once, each with the answers of its path only', () => {
    const seen = new Set<string>();
    forEachCompleteJourney(toyFlow, (answers) => {
      const journey = replayJourney(toyFlow, answers);
      expect(journey.recommendation).toBeDefined();
      expect(journey.path).toEqual(Object.keys(answers));
      seen.add(JSON.stringify(answers));
    });
    expect(seen.size).toBe(76);
  });
});

describe('searchJourneys', () => {
  test('gives the first journey accepted, trying the answers in option order, depth first', () => {
    expect(searchJourneys(toyFlow, ({ next }) => (next?.id === 'adult' ? true : undefined))).toEqual({
      role: 'dsl',
      area: 'north',
      worries: ['messages'],
    });
  });

  test('gives nothing when no journey is accepted', () => {
    expect(searchJourneys(toyFlow, ({ next }) => (next?.id === 'nobody' ? true : undefined))).toBeUndefined();
  });

  test('goes no deeper into a journey that is pruned', () => {
    const roles = new Set<string>();
    let complete = 0;
    searchJourneys(toyFlow, ({ answers, next }) => {
      if (answers.role === 'staff') return false;
      if (typeof answers.role === 'string') roles.add(answers.role);
      if (next === undefined) complete += 1;
      return undefined;
    });
    expect([...roles]).toEqual(['dsl']);
    expect(complete).toBe(38);
  });

  test('settles a question once it is answered or passed without being asked', () => {
    const settled: Record<string, string[]> = {};
    const listSettled = (isSettled: (questionId: string) => boolean) =>
      toyFlow.questions.map((question) => question.id).filter(isSettled);
    searchJourneys(toyFlow, ({ answers, next }, isSettled) => {
      const key = next?.id ?? `end after ${JSON.stringify(answers.worries)}`;
      settled[key] ??= listSettled(isSettled);
      return undefined;
    });
    expect(settled.worries).toEqual(['role', 'area']);
    expect(settled.adult).toEqual(['role', 'area', 'worries']);
    expect(settled['end after ["hurt"]']).toEqual(['role', 'area', 'worries', 'adult']);
  });
});
