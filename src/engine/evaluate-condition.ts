import type { Answers } from './answers.ts';
import type { Condition } from './flow-schema.ts';

function asList(value: string | readonly string[]): readonly string[] {
  return typeof value === 'string' ? [value] : value;
}

/** Whether a condition holds for the given answers. Unanswered questions satisfy no `is` or `includes`. */
export function evaluateCondition(condition: Condition, answers: Answers): boolean {
  if ('all' in condition) return condition.all.every((part) => evaluateCondition(part, answers));
  if ('any' in condition) return condition.any.some((part) => evaluateCondition(part, answers));
  if ('not' in condition) return !evaluateCondition(condition.not, answers);
  const answer = answers[condition.question];
  if (answer === undefined) return false;
  if ('is' in condition) return typeof answer === 'string' && asList(condition.is).includes(answer);
  return typeof answer !== 'string' && asList(condition.includes).some((value) => answer.includes(value));
}

/** Every question id a condition reads, in the order they appear. */
export function listConditionQuestions(condition: Condition): string[] {
  if ('all' in condition) return condition.all.flatMap(listConditionQuestions);
  if ('any' in condition) return condition.any.flatMap(listConditionQuestions);
  if ('not' in condition) return listConditionQuestions(condition.not);
  return [condition.question];
}

/** Every (question, value) pair a condition names, for checking that ids exist. */
export function listConditionValues(
  condition: Condition,
): { question: string; value: string; operator: 'is' | 'includes' }[] {
  if ('all' in condition) return condition.all.flatMap(listConditionValues);
  if ('any' in condition) return condition.any.flatMap(listConditionValues);
  if ('not' in condition) return listConditionValues(condition.not);
  if ('is' in condition)
    return asList(condition.is).map((value) => ({
      question: condition.question,
      value,
      operator: 'is' as const,
    }));
  return asList(condition.includes).map((value) => ({
    question: condition.question,
    value,
    operator: 'includes' as const,
  }));
}
