import type { AnswerValue, Answers } from './answers.ts';
import { normaliseAnswer } from './check-answer.ts';
import { completeWithAssumptions } from './complete-with-assumptions.ts';
import type { Plan } from './decide-plan.ts';
import { decidePlan, listRoutes } from './decide-plan.ts';
import type { Flow } from './flow-schema.ts';
import { indexFlow } from './index-flow.ts';

/**
 * One other answer that would change the set of routes in the plan. Exact by
 * construction: the plan of the answers with `question` set to the changed
 * answer, plus `assuming`, has exactly the original routes, plus `adds`,
 * minus `removes`.
 */
export type PlanChange = {
  question: string;
  /** The other answer; for a many-choice question, the one value added to or removed from the answer. */
  value: string;
  /** For a many-choice question: whether `value` is added to the answer or removed from it. */
  choice?: 'added' | 'removed';
  /** The answers taken for questions the change brings onto the path (each question's answer to assume when unanswered). */
  assuming: Record<string, AnswerValue>;
  adds: string[];
  removes: string[];
};

/** Every other answer a question on the path could have, as the changed answer and how to describe it. */
function listOtherAnswers(
  flow: Flow,
  questionId: string,
  current: AnswerValue,
): { answer: AnswerValue; value: string; choice?: 'added' | 'removed' }[] {
  const question = indexFlow(flow).questions.get(questionId)!;
  if (question.kind === 'one')
    return question.options
      .filter((option) => option.value !== current)
      .map((option) => ({ answer: option.value, value: option.value }));
  const chosen = typeof current === 'string' ? [current] : current;
  return question.options.flatMap(
    (option): { answer: AnswerValue; value: string; choice: 'added' | 'removed' }[] => {
      if (chosen.includes(option.value)) {
        const rest = chosen.filter((value) => value !== option.value);
        // A many-choice answer keeps at least one value.
        return rest.length === 0 ? [] : [{ answer: rest, value: option.value, choice: 'removed' }];
      }
      return [
        {
          answer: normaliseAnswer(question, [...chosen, option.value]),
          value: option.value,
          choice: 'added' as const,
        },
      ];
    },
  );
}

/**
 * What would change this plan: for each question on the path, each other
 * answer it could have (for a many-choice question, each value added or
 * removed), the routes the plan would gain and lose. Questions the change
 * brings onto the path take their answer to assume (the uncertain answer,
 * unless the flow names another), and are listed in `assuming`; answers the
 * change takes off the path are dropped. Only changes to the set of routes
 * are listed, in path order, then in option order.
 */
export function findChanges(
  flow: Flow,
  answers: Answers,
  path: readonly string[],
  plan?: Plan,
): PlanChange[] {
  const before = listRoutes(plan ?? decidePlan(flow, answers));
  const changes: PlanChange[] = [];
  for (const questionId of path) {
    const current = answers[questionId];
    if (current === undefined) continue;
    for (const other of listOtherAnswers(flow, questionId, current)) {
      const completed = completeWithAssumptions(flow, { ...answers, [questionId]: other.answer });
      if ('unanswerable' in completed) continue;
      const after = listRoutes(decidePlan(flow, completed.answers));
      const adds = after.filter((route) => !before.includes(route));
      const removes = before.filter((route) => !after.includes(route));
      if (adds.length === 0 && removes.length === 0) continue;
      const change: PlanChange = {
        question: questionId,
        value: other.value,
        assuming: completed.assuming,
        adds,
        removes,
      };
      if (other.choice) change.choice = other.choice;
      changes.push(change);
    }
  }
  return changes;
}

/** A referral the plan does not include (its first route names it), with the changes of answer that would bring it in. */
export type MissingReferral = { route: string; broughtInBy: PlanChange[] };

/**
 * For each of the flow's referrals (`roles.referralRoutes`; a list of routes
 * counts as one, present when any of them is) that the plan lacks, the
 * changes that would add one of its routes: derived from `findChanges`, so the
 * "why not" can never disagree with the "what would change".
 */
export function explainMissingReferrals(
  flow: Flow,
  plan: Plan,
  changes: readonly PlanChange[],
): MissingReferral[] {
  const present = new Set(listRoutes(plan));
  return flow.roles.referralRoutes
    .filter((referral) => !referral.some((route) => present.has(route)))
    .map((referral) => ({
      route: referral[0]!,
      broughtInBy: changes.filter((change) => change.adds.some((route) => referral.includes(route))),
    }));
}
