import type { SnapshotFrom } from 'xstate';
import { initialTransition, transition } from 'xstate';
import type { Answers } from '../engine/answers.ts';
import type { JourneyMachine } from '../engine/compile-flow.ts';
import type { Flow } from '../engine/flow-schema.ts';
import type { Recommendation } from '../engine/recommend.ts';
import { listPossibleAnswers } from '../engine/search-journeys.ts';

export type CompletePath = { path: readonly string[]; answers: Answers; recommendation: Recommendation };

/**
 * Walks every path through the compiled machine, depth first, answering each
 * question it reaches with every possible answer, and calls `visit` at each
 * final state. This explores the machine itself, not the flow data, so it
 * checks what the app and the command line actually run. A state that does
 * not move on an allowed answer, or a path that ends elsewhere than the
 * recommendation, throws.
 */
export function walkMachinePaths(
  flow: Flow,
  machine: JourneyMachine,
  visit: (complete: CompletePath) => void,
): number {
  const questions = new Map(flow.questions.map((question) => [question.id, question]));
  let count = 0;
  const walk = (snapshot: SnapshotFrom<JourneyMachine>, path: string[]) => {
    if (snapshot.status === 'done') {
      count += 1;
      visit({ path, answers: snapshot.context.answers, recommendation: snapshot.output });
      return;
    }
    const questionId = String(snapshot.value);
    const question = questions.get(questionId);
    if (!question) throw new Error(`The machine is in '${questionId}', which is not a question of the flow`);
    const nextPath = [...path, questionId];
    for (const value of listPossibleAnswers(question)) {
      const [next] = transition(machine, snapshot, { type: 'ANSWER', question: questionId, value });
      if (next.value === snapshot.value)
        throw new Error(`The machine is stuck at '${questionId}' after ${JSON.stringify(value)}`);
      walk(next, nextPath);
    }
  };
  walk(initialTransition(machine)[0], []);
  return count;
}
