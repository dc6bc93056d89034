import type { AnswerValue } from '../engine/answers.ts';
import { describeAnswer } from '../engine/check-answer.ts';
import type { Flow } from '../engine/flow-schema.ts';
import { indexFlow } from '../engine/index-flow.ts';

/** How the record and its appendix name a question and word an answer: the flow's summary label, and the answer's options in words. */
export function createAnswerWords(flow: Flow) {
  const { questions } = indexFlow(flow);
  const labelOf = (questionId: string) => questions.get(questionId)?.summaryLabel ?? questionId;
  const describe = (questionId: string, value: AnswerValue | undefined) => {
    const question = questions.get(questionId);
    return question && value !== undefined ? describeAnswer(question, value).join('; ') : 'not answered';
  };
  return { labelOf, describe };
}
