import type { Answers } from './answers.ts';
import { evaluateCondition } from './condition.ts';
import type { Flow, Question } from './flow-schema.ts';

// Parsed flows are immutable, so each position's candidates are listed once per flow.
const candidateLists = new WeakMap<Flow, readonly (readonly Question[])[]>();

/**
 * The one source of routing order (ADR 0001, amended): the questions that can
 * come after the one at `index` (-1 before the first), in flow order, up to and
 * including the first that is always asked. Each is asked when its `askedWhen`
 * holds; when none is, the journey is complete. Both `findNextQuestion` and the
 * compiled machine's guarded transitions are read off this list.
 */
export function listNextCandidates(flow: Flow, index: number): readonly Question[] {
  let lists = candidateLists.get(flow);
  if (!lists) {
    lists = flow.questions.map((_, position) => listCandidatesAfter(flow, position - 1));
    candidateLists.set(flow, lists);
  }
  return lists[index + 1] ?? [];
}

function listCandidatesAfter(flow: Flow, index: number): Question[] {
  const candidates: Question[] = [];
  for (const question of flow.questions.slice(index + 1)) {
    candidates.push(question);
    if (question.askedWhen === undefined) break;
  }
  return candidates;
}

/**
 * The question asked after the one at `index`, given the answers so far: the
 * first candidate whose `askedWhen` holds. Undefined when the journey is
 * complete.
 */
export function findNextQuestion(flow: Flow, answers: Answers, index: number): Question | undefined {
  for (const question of listNextCandidates(flow, index))
    if (question.askedWhen === undefined || evaluateCondition(question.askedWhen, answers)) return question;
  return undefined;
}
