import fc from 'fast-check';
import type { AnswerValue, Answers } from '../../src/engine/answers.ts';
import type { Flow, Question } from '../../src/engine/flow-schema.ts';
import { listPossibleAnswers } from '../../src/engine/search-journeys.ts';

/** Any allowed answer to the question. Many-choice answers come in any order, as a browser might send them. */
export function arbitraryAnswerTo(question: Question): fc.Arbitrary<AnswerValue> {
  const values = question.options.map((option) => option.value);
  if (question.kind === 'one') return fc.constantFrom(...values);
  return fc.shuffledSubarray(values, { minLength: 1 });
}

/** An answer to every question of the flow, whether or not its path asks it. */
export function arbitraryFullAnswers(flow: Flow): fc.Arbitrary<Answers> {
  return fc.record(
    Object.fromEntries(flow.questions.map((question) => [question.id, arbitraryAnswerTo(question)])),
  );
}

/** Picks one of a question's possible answers by a random number, so a step can be generated before the question is known. */
export function pickAnswer(question: Question, pick: number): AnswerValue {
  const possible = listPossibleAnswers(question);
  return possible[pick % possible.length]!;
}
