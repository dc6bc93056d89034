import type { AnswerValue, Answers } from '../engine/answers.ts';
import { normaliseAnswer } from '../engine/check-answer.ts';
import { decidePlan } from '../engine/decide-plan.ts';
import type { PlanChange } from '../engine/find-changes.ts';
import type { Flow } from '../engine/flow-schema.ts';
import { findNextQuestion } from '../engine/next-question.ts';

/**
 * At most this many lines stand after the plan. Issue 17 allows 5; a line that
 * brings in a concern can name five actions, and five such lines pushed the
 * actions of the tallest plans past their 6-screen budget (decision 0060).
 */
export const PLAIN_CHANGE_LIMIT = 3;

/** "A", "A and B", "A, B and C". */
const joinAnd = (items: readonly string[]) =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** The answers on the path after the change, as findChanges decided them: off-path answers dropped. */
function answersAfter(flow: Flow, answers: Answers, change: PlanChange): Answers {
  const question = flow.questions.find((candidate) => candidate.id === change.question)!;
  const current = answers[change.question];
  const chosen = typeof current === 'string' ? [current] : (current ?? []);
  const changed: AnswerValue =
    question.kind === 'many'
      ? normaliseAnswer(
          question,
          change.choice === 'removed'
            ? chosen.filter((value) => value !== change.value)
            : [...chosen, change.value],
        )
      : change.value;
  const given: Answers = { ...answers, [change.question]: changed, ...change.assuming };
  const kept: Record<string, AnswerValue> = {};
  let next = findNextQuestion(flow, kept, -1);
  while (next && given[next.id] !== undefined) {
    kept[next.id] = given[next.id]!;
    next = findNextQuestion(flow, kept, flow.questions.indexOf(next));
  }
  return kept;
}

/**
 * "Your plan could change if you find out more": at most five lines a person
 * can act on, from the same changes as the full list (findChanges). Only what
 * finding something out would ADD to the plan, and only for facts the flow
 * itself says may not be known (a question with an "I don't know" or "not
 * sure" option): first the answers given as not known, then the other such
 * questions in the order asked. What-ifs about the concerns ("if this were
 * also a concern") name up to five actions each and are not facts to find
 * out: they stay in the full list, as the UX review asked. A
 * change is never shown for what it takes away: because the plan takes the
 * safer answer, finding out mostly removes steps, and "you would no longer
 * need to report to the police" (or, worst, to call 999) must not be what a
 * stressed reader takes from the page. Those stay in the full list for
 * whoever reviews the plan. Each line names the actions added with their
 * urgency band, in the flow's own words: nothing is written per case.
 */
export function describePlainChanges(flow: Flow, answers: Answers, changes: readonly PlanChange[]): string[] {
  const uncertain = new Set(flow.roles.uncertainValues);
  const question = (id: string) => flow.questions.find((candidate) => candidate.id === id)!;
  const optionLabel = (id: string, value: string) =>
    question(id).options.find((option) => option.value === value)?.label ?? value;
  const answeredUnknown = (change: PlanChange) => {
    const answer = answers[change.question];
    return typeof answer === 'string' && uncertain.has(answer);
  };
  const mayBeUnknown = (change: PlanChange) =>
    question(change.question).options.some((option) => uncertain.has(option.value));
  const rank = (change: PlanChange) => (answeredUnknown(change) ? 0 : 1);
  const shown = changes
    .filter(
      (change) =>
        change.adds.length > 0 &&
        !change.removes.includes(flow.roles.emergencyRoute) &&
        // Finding out is learning a fact: "if you find out it is 'I don't know'" is not one.
        !uncertain.has(change.value) &&
        change.question !== flow.roles.userRole.question &&
        mayBeUnknown(change),
    )
    // Array.prototype.sort is stable: the order asked is kept within each rank.
    .sort((first, second) => rank(first) - rank(second));
  const headings = new Map(flow.roles.urgencies.map((urgency) => [urgency.id, urgency.heading]));
  const titles = new Map(flow.routes.map((route) => [route.id, route.title]));
  const lines: string[] = [];
  for (const change of shown) {
    const plan = decidePlan(flow, answersAfter(flow, answers, change));
    const added = change.adds.map((route) => {
      const title = lowerFirst(titles.get(route) ?? route);
      const urgency = plan.actions.find((action) => action.route === route)?.urgency;
      return urgency ? `${title} (${lowerFirst(headings.get(urgency) ?? urgency)})` : title;
    });
    const line = `If you find out "${question(change.question).summaryLabel}" is "${optionLabel(change.question, change.value)}": also ${joinAnd(added)}.`;
    if (!lines.includes(line)) lines.push(line);
    if (lines.length === PLAIN_CHANGE_LIMIT) break;
  }
  return lines;
}
