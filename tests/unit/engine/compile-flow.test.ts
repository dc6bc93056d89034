import { describe, expect, test } from 'vitest';
import { initialTransition, transition } from 'xstate';
import type { AnswerValue, Answers } from '../../../src/engine/answers.ts';
import type { AnswerEvent } from '../../../src/engine/compile-flow.ts';
import { RECOMMENDATION_STATE } from '../../../src/engine/compile-flow.ts';
import { recommend } from '../../../src/engine/recommend.ts';
import { toyFlow, toyMachine } from '../../support/toy-flow.ts';

/** The toy flow's machine (tests/fixtures/README.md): role, area, worries, then adult when the worries include messages or pictures. */

const answer = (question: string, value: AnswerValue): AnswerEvent => ({ type: 'ANSWER', question, value });

/** The snapshot after answering in order, failing if an answer is refused. */
function answerInOrder(answers: Answers) {
  let [snapshot] = initialTransition(toyMachine);
  for (const [question, value] of Object.entries(answers)) {
    if (!snapshot.can(answer(question, value))) throw new Error(`refused ${question}: ${String(value)}`);
    [snapshot] = transition(toyMachine, snapshot, answer(question, value));
  }
  return snapshot;
}

describe('compileFlow: the states', () => {
  test('has one state per question, in flow order, then a final recommendation state', () => {
    expect(Object.keys(toyMachine.states)).toEqual([
      'role',
      'area',
      'worries',
      'adult',
      RECOMMENDATION_STATE,
    ]);
    expect(toyMachine.states[RECOMMENDATION_STATE]!.type).toBe('final');
  });

  test('starts at the first question with no answers', () => {
    const [snapshot] = initialTransition(toyMachine);
    expect(snapshot.value).toBe('role');
    expect(snapshot.context.answers).toEqual({});
  });
});

describe('compileFlow: the moves', () => {
  test('moves to the next question that is always asked', () => {
    expect(answerInOrder({ role: 'dsl' }).value).toBe('area');
  });

  test('moves to a question asked only sometimes when its condition holds with the answer just given', () => {
    expect(answerInOrder({ role: 'dsl', area: 'north', worries: ['messages'] }).value).toBe('adult');
  });

  test('skips a question whose condition does not hold, here to the recommendation', () => {
    const snapshot = answerInOrder({ role: 'dsl', area: 'north', worries: ['hurt'] });
    expect(snapshot.value).toBe(RECOMMENDATION_STATE);
    expect(snapshot.status).toBe('done');
  });

  test('records a many-choice answer in the order of the options', () => {
    const snapshot = answerInOrder({ role: 'dsl', area: 'north', worries: ['pictures', 'hurt'] });
    expect(snapshot.context.answers).toEqual({ role: 'dsl', area: 'north', worries: ['hurt', 'pictures'] });
  });
});

describe('compileFlow: answers it refuses', () => {
  const atWorries = answerInOrder({ role: 'staff', area: 'south' });

  test.each<[string, AnswerEvent]>([
    ['a value the question does not offer', answer('worries', ['fire'])],
    ['no value at all', answer('worries', [])],
    ['the same value twice', answer('worries', ['hurt', 'hurt'])],
    ['one value where a list is asked for', answer('worries', 'hurt')],
    ['an answer to another question', answer('role', 'dsl')],
  ])('refuses %s', (_, event) => {
    expect(atWorries.can(event)).toBe(false);
    const [after] = transition(toyMachine, atWorries, event);
    expect(after.value).toBe('worries');
    expect(after.context.answers).toEqual({ role: 'staff', area: 'south' });
  });

  test('refuses a list for a one-choice question', () => {
    const [start] = initialTransition(toyMachine);
    expect(start.can(answer('role', ['dsl']))).toBe(false);
    expect(start.can(answer('role', 'dsl'))).toBe(true);
  });
});

describe('compileFlow: the recommendation', () => {
  test('gives the recommendation for the answers as the output of the final state, and takes no more answers', () => {
    const answers = { role: 'staff', area: 'south', worries: ['messages'], adult: 'not-sure' };
    const snapshot = answerInOrder(answers);
    expect(snapshot.status).toBe('done');
    expect(snapshot.output).toEqual(recommend(toyFlow, answers));
    expect(snapshot.can(answer('adult', 'yes'))).toBe(false);
  });
});
