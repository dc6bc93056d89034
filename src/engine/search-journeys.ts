import type { AnswerValue, Answers } from './answers.ts';
import type { Truth } from './condition.ts';
import type { Flow, Question } from './flow-schema.ts';
import { findNextQuestion } from './next-question.ts';

/** Every answer a question can be given: each option, or each non-empty set of options in option order. */
export function listPossibleAnswers(question: Question): AnswerValue[] {
  const values = question.options.map((option) => option.value);
  if (question.kind === 'one') return values;
  const subsets: string[][] = [];
  for (let mask = 1; mask < 1 << values.length; mask += 1) {
    subsets.push(values.filter((_, bit) => (mask & (1 << bit)) !== 0));
  }
  return subsets;
}

export type JourneyStep = { answers: Answers; next: Question | undefined };

/**
 * Depth-first search over every journey through the flow. `decide` is called at
 * each step: return true to stop with this journey, false to prune it, or
 * undefined to go deeper. Returns the answers of the first journey accepted.
 */
export function searchJourneys(
  flow: Flow,
  decide: (step: JourneyStep, isSettled: (questionId: string) => boolean) => Truth,
): Answers | undefined {
  const indexOf = new Map(flow.questions.map((question, index) => [question.id, index]));
  const visit = (answers: Answers, current: Question | undefined): Answers | undefined => {
    const currentIndex = current === undefined ? flow.questions.length : (indexOf.get(current.id) ?? 0);
    const isSettled = (questionId: string) =>
      answers[questionId] !== undefined || (indexOf.get(questionId) ?? 0) < currentIndex;
    const verdict = decide({ answers, next: current }, isSettled);
    if (verdict === true) return answers;
    if (verdict === false || current === undefined) return undefined;
    for (const value of listPossibleAnswers(current)) {
      const answered = { ...answers, [current.id]: value };
      const found = visit(answered, findNextQuestion(flow, answered, currentIndex));
      if (found) return found;
    }
    return undefined;
  };
  return visit({}, flow.questions[0]);
}

/** Calls `visit` with the answers of every complete journey through the flow. */
export function forEachCompleteJourney(flow: Flow, visit: (answers: Answers) => void): void {
  searchJourneys(flow, ({ answers, next }) => {
    if (next === undefined) visit(answers);
    return undefined;
  });
}

/**
 * Calls `visit` with every complete journey that keeps the given answers where
 * its path asks them: questions the path asks but `answers` does not answer
 * are answered in every way, and answers to questions the path does not ask
 * are left out. With complete answers, `visit` is called once.
 */
export function forEachCompletion(flow: Flow, answers: Answers, visit: (completed: Answers) => void): void {
  const walk = (kept: Record<string, AnswerValue>, position: number) => {
    const next = findNextQuestion(flow, kept, position);
    if (next === undefined) {
      visit(kept);
      return;
    }
    const nextPosition = flow.questions.indexOf(next);
    const given = answers[next.id];
    const values = given === undefined ? listPossibleAnswers(next) : [given];
    for (const value of values) walk({ ...kept, [next.id]: value }, nextPosition);
  };
  walk({}, -1);
}
