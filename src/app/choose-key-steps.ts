import type { Answers } from '../engine/answers.ts';
import { listMatchedTests } from '../engine/condition.ts';
import type { Flow } from '../engine/flow-schema.ts';
import type { RecommendedAction } from '../engine/recommend.ts';

/** How many of an action's steps its card shows before "More about this step" (issue 17). */
export const KEY_STEP_COUNT = 3;
/**
 * Key steps stop early once they reach this many characters: some steps run
 * to 450, and three of them fill a phone screen, when the actions of a
 * 6-action plan must end within 6 screens (docs/decisions/0060).
 */
export const KEY_STEP_CHARACTERS = 240;

/**
 * The steps an action's card shows first, at most three and, after the first,
 * at most 240 characters in all: the route's own first steps, except that one
 * place goes to the first step the flow adds
 * because of a concern the user chose (a test on a many-choice question that
 * holds), when there is one. Those steps are the advice for this case: in a
 * sextortion, "tell them not to pay, to stop replying..." is the eighth step of
 * "Support the child", after steps for every child, and a stressed reader
 * stops long before it (the UX review of issue 17). The choice reads the
 * flow's conditions, never the wording of a step.
 */
export function chooseKeySteps(flow: Flow, answers: Answers, action: RecommendedAction): string[] {
  const route = flow.routes.find((candidate) => candidate.id === action.route);
  const concernQuestions = new Set(
    flow.questions.filter((question) => question.kind === 'many').map((question) => question.id),
  );
  const caseStep = route?.stepsWhen?.find((step) =>
    listMatchedTests(step.when, answers).some((test) => concernQuestions.has(test.question)),
  )?.text;
  const others = action.steps.filter((step) => step !== caseStep);
  const room = caseStep === undefined ? KEY_STEP_COUNT : KEY_STEP_COUNT - 1;
  const chosen: string[] = [];
  let length = caseStep?.length ?? 0;
  for (const step of others.slice(0, room)) {
    // The first step always: it says what the action is.
    if (chosen.length > 0 && length + step.length > KEY_STEP_CHARACTERS) break;
    chosen.push(step);
    length += step.length;
  }
  // The case's own step keeps its place in the flow's order among those shown.
  return caseStep === undefined
    ? chosen
    : action.steps.filter((step) => step === caseStep || chosen.includes(step));
}
