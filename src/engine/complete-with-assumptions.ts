import type { AnswerValue, Answers } from './answers.ts';
import type { Flow, Question } from './flow-schema.ts';
import { findAssumedAnswer, indexFlow } from './index-flow.ts';
import { findNextQuestion } from './next-question.ts';

/** A complete journey's answers, and those of them that were assumed. */
export type CompletedAnswers = { answers: Answers; assuming: Record<string, AnswerValue> };

/**
 * The complete answers on the path for these answers, taking each unanswered
 * question's answer to assume (its uncertain answer, unless the flow names
 * another), or the first question on the path that has no answer and none to
 * assume. Answers the path does not ask are dropped. One walk along the path,
 * so it is linear in the questions asked; used by "what would change" and by
 * replaying a record under a newer version.
 */
export function completeWithAssumptions(
  flow: Flow,
  answers: Answers,
): CompletedAnswers | { unanswerable: Question } {
  const kept: Record<string, AnswerValue> = {};
  const assuming: Record<string, AnswerValue> = {};
  const { questionIndex } = indexFlow(flow);
  let next = findNextQuestion(flow, kept, -1);
  while (next) {
    let value = answers[next.id];
    if (value === undefined) {
      const assumed = findAssumedAnswer(flow, next);
      if (assumed === undefined) return { unanswerable: next };
      value = assumed;
      assuming[next.id] = value;
    }
    kept[next.id] = value;
    next = findNextQuestion(flow, kept, questionIndex.get(next.id)!);
  }
  return { answers: kept, assuming };
}
