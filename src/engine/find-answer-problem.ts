import type { Answers } from './answers.ts';
import { isAllowedAnswer } from './check-answer.ts';
import { describeInput } from './describe-input.ts';
import type { Flow, Question } from './flow-schema.ts';
import { indexFlow } from './index-flow.ts';

export function describeAllowedValues(question: Question): string {
  const values = question.options.map((option) => option.value).join(', ');
  return question.kind === 'many' ? `a list of one or more of: ${values}` : `one of: ${values}`;
}

/** The first problem with a set of answers, as one line naming the question, or undefined when all are well-formed. */
export function findAnswerProblem(flow: Flow, answers: Answers): string | undefined {
  for (const [questionId, value] of Object.entries(answers)) {
    const question = indexFlow(flow).questions.get(questionId);
    if (!question) {
      return `unknown question '${describeInput(questionId)}' (the flow's questions are: ${flow.questions.map((known) => known.id).join(', ')})`;
    }
    if (!isAllowedAnswer(question, value)) {
      return `${describeInput(JSON.stringify(value))} is not allowed for '${questionId}' (allowed: ${describeAllowedValues(question)})`;
    }
  }
  return undefined;
}
