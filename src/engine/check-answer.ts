import type { AnswerValue, Answers } from './answers.ts';
import { chooseTexts } from './conditional-text.ts';
import type { Question } from './flow-schema.ts';

/** Whether a value is a well-formed answer to the question: one allowed value, or a non-empty list of distinct allowed values. */
export function isAllowedAnswer(question: Question, value: AnswerValue | undefined): boolean {
  const allowed = question.options.map((option) => option.value);
  if (question.kind === 'one') return typeof value === 'string' && allowed.includes(value);
  if (value === undefined || typeof value === 'string' || !Array.isArray(value)) return false;
  const chosen: readonly string[] = value;
  return (
    chosen.length > 0 &&
    new Set(chosen).size === chosen.length &&
    chosen.every((item) => allowed.includes(item))
  );
}

/** Puts a many-choice answer in the flow's option order, so that equal answers look equal. */
export function normaliseAnswer(question: Question, value: AnswerValue): AnswerValue {
  if (typeof value === 'string') return value;
  return question.options.map((option) => option.value).filter((option) => value.includes(option));
}

/** The labels of the options chosen, in option order. */
export function describeAnswer(question: Question, value: AnswerValue): string[] {
  const chosen = typeof value === 'string' ? [value] : value;
  return question.options.filter((option) => chosen.includes(option.value)).map((option) => option.label);
}

/** The hint shown with a question: its own hint, then each conditional hint that holds on the answers so far. */
export function describeQuestionHint(question: Question, answers: Answers): string | undefined {
  const texts = chooseTexts(question.hint ? [question.hint] : [], question.hintsWhen, answers);
  return texts.length > 0 ? texts.join(' ') : undefined;
}
