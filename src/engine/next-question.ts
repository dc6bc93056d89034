import type { Answers } from './answers.ts';
import { evaluateCondition } from './condition.ts';
import type { Flow, Question } from './flow-schema.ts';

/**
 * The question asked after the one at `index`, given the answers so far: the
 * first later question whose `askedWhen` holds (or that has none). Undefined
 * when the journey is complete. The compiled machine encodes the same order as
 * guarded transitions; a test checks that both agree on every path.
 */
export function findNextQuestion(flow: Flow, answers: Answers, index: number): Question | undefined {
  for (let position = index + 1; position < flow.questions.length; position += 1) {
    const question = flow.questions[position]!;
    if (question.askedWhen === undefined || evaluateCondition(question.askedWhen, answers)) return question;
  }
  return undefined;
}
