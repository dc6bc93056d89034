import type { SnapshotFrom } from 'xstate';
import { initialTransition, transition } from 'xstate';
import type { AnswerValue, Answers } from '../engine/answers.ts';
import type { JourneyMachine } from '../engine/compile-flow.ts';
import { machineFor } from '../engine/compile-flow.ts';
import { listConditionQuestions } from '../engine/condition.ts';
import type { Flow, Question } from '../engine/flow-schema.ts';
import { indexFlow } from '../engine/index-flow.ts';
import { listPossibleAnswers } from '../engine/search-journeys.ts';

/**
 * Every path through the compiled machine, without walking the same thing
 * twice. Two facts about the machine make this exact rather than a sample:
 *
 * 1. What the machine does from a state depends only on the question it is at
 *    and on the answers that later questions' `askedWhen` conditions read
 *    (its guards read nothing else). So states that agree on those share one
 *    node of a graph, walked through the machine once; the paths below it are
 *    the same for every state that reaches it.
 * 2. A question that no `askedWhen` and no decision (rule, rule addition,
 *    warning, law note, or the user-role question) reads changes only wording
 *    and contacts, never the path or the plan. Its answers are still all sent
 *    to the machine, which must take each to the same next state; then one
 *    path stands for all of them, with a count.
 *
 * Both facts are computed from the flow here, and the counts make the totals
 * exact: every complete path is either walked, or stands in a class with one
 * that is, equal in every answer that can change the path or the plan.
 */

export type GraphEdge = {
  value: AnswerValue;
  /** How many answers this edge stands for: more than 1 only for a wording-only question. */
  count: number;
  /** The next node, or null when the journey is complete. */
  next: GraphNode | null;
};

export type GraphNode = {
  question: Question;
  edges: GraphEdge[];
  /** How many path classes (complete paths, wording-only answers counted once) lie below this node. */
  classes: number;
};

export type JourneyGraph = {
  root: GraphNode;
  /** Distinct nodes, and transitions sent to the machine to build them. */
  nodes: number;
  /** The questions asked on some complete path: those of the nodes with a class below them. */
  reached: Set<string>;
  transitions: number;
  /** Questions whose answers change only wording (held at their first answer, with a count). */
  wordingOnly: string[];
};

/** One class of complete paths: a representative's answers and path, and how many paths it stands for. */
export type PathClass = {
  /** Reused between calls: copy it to keep it. */
  answers: Answers;
  path: readonly string[];
  count: number;
};

/** The questions the decisions read: rules (and their additions), warnings, law notes, and who the user is. */
export function listDecisionQuestions(flow: Flow): Set<string> {
  const conditions = [
    ...flow.rules.flatMap((rule) => [rule.when, ...rule.add.flatMap((addition) => addition.when ?? [])]),
    ...flow.warnings.map((warning) => warning.when),
    ...flow.lawNotes.flatMap((note) => note.when ?? []),
  ];
  return new Set([...conditions.flatMap(listConditionQuestions), flow.roles.userRole.question]);
}

/** The questions that some `askedWhen` reads, per position: those read by questions after each one. */
function listQuestionsReadLater(flow: Flow): Set<string>[] {
  return flow.questions.map(
    (_, position) =>
      new Set(
        flow.questions
          .slice(position + 1)
          .flatMap((later) => (later.askedWhen ? listConditionQuestions(later.askedWhen) : [])),
      ),
  );
}

/** The questions that change only wording and contacts: read by no `askedWhen` and no decision. */
export function listWordingOnlyQuestions(flow: Flow): string[] {
  const decisions = listDecisionQuestions(flow);
  const readByPath = new Set(
    flow.questions.flatMap((question) =>
      question.askedWhen ? listConditionQuestions(question.askedWhen) : [],
    ),
  );
  return flow.questions
    .map((question) => question.id)
    .filter((id) => !decisions.has(id) && !readByPath.has(id));
}

/** Builds the graph by walking the machine, once per distinct node. Throws if the machine is stuck or strays. */
export function buildJourneyGraph(flow: Flow): JourneyGraph {
  const machine = machineFor(flow);
  const positions = indexFlow(flow).questionIndex;
  const readLater = listQuestionsReadLater(flow);
  const wordingOnly = listWordingOnlyQuestions(flow);
  const isWordingOnly = new Set(wordingOnly);
  const nodes = new Map<string, GraphNode>();
  const reached = new Set<string>();
  let transitions = 0;

  const keyOf = (question: Question, answers: Answers) => {
    const read = readLater[positions.get(question.id)!]!;
    const relevant = [...read].sort().map((id) => [id, answers[id]]);
    return `${question.id} ${JSON.stringify(relevant)}`;
  };

  const visit = (snapshot: SnapshotFrom<JourneyMachine>): GraphNode => {
    const questionId = String(snapshot.value);
    const position = positions.get(questionId);
    if (position === undefined)
      throw new Error(`The machine is in '${questionId}', which is not a question of the flow`);
    const question = flow.questions[position]!;
    const answers = snapshot.context.answers;
    const key = keyOf(question, answers);
    const known = nodes.get(key);
    if (known) return known;
    const node: GraphNode = { question, edges: [], classes: 0 };
    nodes.set(key, node);
    const moves = listPossibleAnswers(question).map((value) => {
      transitions += 1;
      const [next] = transition(machine, snapshot, { type: 'ANSWER', question: questionId, value });
      if (next.value === snapshot.value)
        throw new Error(`The machine is stuck at '${questionId}' after ${JSON.stringify(value)}`);
      return { value, next };
    });
    if (isWordingOnly.has(questionId)) {
      const targets = new Set(
        moves.map((move) => (move.next.status === 'done' ? '' : String(move.next.value))),
      );
      if (targets.size !== 1)
        throw new Error(`'${questionId}' changes only wording, yet its answers lead to different questions`);
      const [first] = moves;
      node.edges.push({
        value: first!.value,
        count: moves.length,
        next: first!.next.status === 'done' ? null : visit(first!.next),
      });
    } else {
      for (const move of moves)
        node.edges.push({
          value: move.value,
          count: 1,
          next: move.next.status === 'done' ? null : visit(move.next),
        });
    }
    // Questions only move forward, so the nodes below are complete by now.
    for (const edge of node.edges) node.classes += edge.next ? edge.next.classes : 1;
    if (node.classes > 0) reached.add(questionId);
    return node;
  };

  const root = visit(initialTransition(machine)[0]);
  return { root, nodes: nodes.size, reached, transitions, wordingOnly };
}

/** Calls `visit` with every class of complete paths, depth first. Returns the number of classes. */
export function forEachPathClass(graph: JourneyGraph, visit: (pathClass: PathClass) => void): number {
  const answers: Record<string, AnswerValue> = {};
  const path: string[] = [];
  let classes = 0;
  const walk = (node: GraphNode, count: number) => {
    const id = node.question.id;
    path.push(id);
    for (const edge of node.edges) {
      answers[id] = edge.value;
      if (edge.next) walk(edge.next, count * edge.count);
      else {
        classes += 1;
        visit({ answers, path, count: count * edge.count });
      }
    }
    delete answers[id];
    path.pop();
  };
  walk(graph.root, 1);
  return classes;
}
