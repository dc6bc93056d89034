import type { Answers } from './answers.ts';
import { evaluateCondition } from './condition.ts';
import type { ConditionalText } from './flow-schema.ts';

/** The texts always shown, then each conditional text whose condition holds, in the flow's order. */
export function chooseTexts(
  always: readonly string[],
  conditional: readonly ConditionalText[] | undefined,
  answers: Answers,
): string[] {
  const texts = [...always];
  for (const item of conditional ?? []) if (evaluateCondition(item.when, answers)) texts.push(item.text);
  return texts;
}
