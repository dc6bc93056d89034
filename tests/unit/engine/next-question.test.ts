import { describe, expect, test } from 'vitest';
import type { Answers } from '../../../src/engine/answers.ts';
import { machineFor, RECOMMENDATION_STATE } from '../../../src/engine/compile-flow.ts';
import type { Flow } from '../../../src/engine/flow-schema.ts';
import { findNextQuestion, listNextCandidates } from '../../../src/engine/next-question.ts';
import { replayJourney } from '../../../src/engine/replay-journey.ts';
import { forEachCompleteJourney } from '../../../src/engine/search-journeys.ts';
import { changeToyFlow, toyFlow } from '../../support/toy-flow.ts';

/** A variant of the toy flow where `worries` is asked only of the DSL, so two questions in a row are asked only sometimes. */
const worriesOnlyForLead = changeToyFlow((raw) => {
  Object.assign(raw.questions[2]!, {
    askedWhen: { question: 'role', is: 'dsl' },
    assumeIfUnanswered: 'hurt',
  });
});

const candidateIds = (flow: Flow, index: number) => listNextCandidates(flow, index).map(({ id }) => id);

/** Where the machine's ANSWER transitions out of a question go, in the order XState tries them. */
const machineTargets = (flow: Flow, questionId: string) =>
  machineFor(flow).states[questionId]!.on.ANSWER.map((move) => move.target![0]!.key);

describe('listNextCandidates', () => {
  test('lists the later questions up to and including the first that is always asked', () => {
    expect(candidateIds(toyFlow, -1)).toEqual(['role']);
    expect(candidateIds(worriesOnlyForLead, 1)).toEqual(['worries', 'adult']);
  });

  test('lists nothing after the last question', () => {
    expect(candidateIds(toyFlow, 3)).toEqual([]);
  });
});

describe('the machine reads its transitions off the same candidates', () => {
  test('tries each candidate in order, then the recommendation when every candidate is asked only sometimes', () => {
    expect(machineTargets(worriesOnlyForLead, 'area')).toEqual(['worries', 'adult', RECOMMENDATION_STATE]);
    expect(machineTargets(toyFlow, 'worries')).toEqual(['adult', RECOMMENDATION_STATE]);
    expect(machineTargets(toyFlow, 'adult')).toEqual([RECOMMENDATION_STATE]);
  });

  test('has no move to the recommendation past a question that is always asked', () => {
    expect(machineTargets(toyFlow, 'role')).toEqual(['area']);
  });
});

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
      expect(asked).toEqual(replayJourney(toyFlow, answers).path);
    });
    expect(journeys).toBe(76);
  });
});
