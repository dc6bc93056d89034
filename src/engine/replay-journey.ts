import { initialTransition, transition } from 'xstate';
import type { Answers } from './answers.ts';
import { machineFor, RECOMMENDATION_STATE } from './compile-flow.ts';
import type { Flow, Question } from './flow-schema.ts';
import { indexFlow } from './index-flow.ts';
import type { Recommendation } from './recommend.ts';

export type Journey = {
  /** The questions answered, in the order asked. */
  path: string[];
  /** The answers on the path; answers to questions the path does not ask are left out. */
  answers: Answers;
  /** Answered questions that this path does not ask, in flow order. */
  unused: string[];
  /** The question to answer next, until the journey is complete. */
  next?: Question;
  /** Set when the answer given for `next` is not allowed. */
  invalidAnswer?: boolean;
  recommendation?: Recommendation;
};

/**
 * Replays a map of answers through the machine from the start. Pure: the same
 * answers always give the same journey, so back, change and reload only need
 * to edit the map.
 */
export function replayJourney(flow: Flow, answers: Answers): Journey {
  const machine = machineFor(flow);
  const { questions } = indexFlow(flow);
  const path: string[] = [];
  let [snapshot] = initialTransition(machine);
  while (snapshot.status !== 'done') {
    const questionId = String(snapshot.value);
    const question = questions.get(questionId)!;
    const value = answers[questionId];
    if (value === undefined) return finish(flow, path, snapshot.context.answers, answers, { next: question });
    const [nextSnapshot] = transition(machine, snapshot, { type: 'ANSWER', question: questionId, value });
    if (nextSnapshot.value === snapshot.value) {
      return finish(flow, path, snapshot.context.answers, answers, { next: question, invalidAnswer: true });
    }
    path.push(questionId);
    snapshot = nextSnapshot;
  }
  if (snapshot.value !== RECOMMENDATION_STATE)
    throw new Error(`The journey ended in '${String(snapshot.value)}'`);
  return finish(flow, path, snapshot.context.answers, answers, { recommendation: snapshot.output });
}

function finish(
  flow: Flow,
  path: string[],
  onPath: Answers,
  given: Answers,
  rest: Partial<Journey>,
): Journey {
  const unused = flow.questions
    .map((question) => question.id)
    .filter((id) => given[id] !== undefined && !path.includes(id) && id !== rest.next?.id);
  return { path, answers: onPath, unused, ...rest };
}
