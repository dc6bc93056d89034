import type { AnswerValue, Answers } from '../engine/answers.ts';
import type { Plan } from '../engine/decide-plan.ts';
import { decidePlan } from '../engine/decide-plan.ts';
import type { Flow } from '../engine/flow-schema.ts';
import { indexFlow } from '../engine/index-flow.ts';
import { compileNumberedSafetyChecks, findPropertyProblems } from './check-safety-properties.ts';
import type { GraphNode, JourneyGraph, PathClass } from './journey-graph.ts';
import { buildJourneyGraph, forEachPathClass } from './journey-graph.ts';
import { createPlanTable } from './plan-table.ts';
import type { SafetyProperties } from './safety-property-schema.ts';

export type Failure = { property: string; answers: Answers; path: readonly string[] };

export type PathBudgetFigures = {
  longestWithOne: number;
  longest: number;
  medianSequencesWithOne: number;
  /** Distinct question sequences of journeys with one value of the budget's question. */
  sequencesWithOne: number;
};

export type Verification = {
  /** Complete paths through the machine, counted exactly (classes times their counts). */
  paths: number;
  /** Path classes checked one by one. */
  classes: number;
  /** Nodes of the journey graph, and transitions sent to the machine to build it. */
  nodes: number;
  transitions: number;
  wordingOnly: string[];
  /** Alternative plans computed to check that an uncertain answer never lowers the response. */
  uncertainComparisons: number;
  reached: Set<string>;
  budget: PathBudgetFigures;
  failures: Failure[];
  /** Every distinct plan (routes with urgency and doer, warnings), with one example, for the wording checks. */
  distinctPlans: Map<string, Answers>;
  seconds: number;
};

/** The median of a list of numbers (the lower middle value for an even count). */
export function findMedian(values: readonly number[]): number {
  const sorted = [...values].sort((first, second) => first - second);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
}

/** A plan as one string, for counting distinct plans. */
export function describePlan(plan: Plan): string {
  const actions = plan.actions
    .map((action) => `${action.route}:${action.urgency}:${action.lead ?? action.by}`)
    .join(' ');
  return `${actions} | ${plan.warnings.join(' ')}`;
}

/** A bit per group of routes that an uncertain answer must never lose (uncertainNeverLowers). */
function compileMask(properties: SafetyProperties): (plan: Plan) => number {
  const groups = properties.uncertainNeverLowers.routes;
  return (plan) => {
    let mask = 0;
    groups.forEach((group, bit) => {
      if (plan.actions.some((action) => group.includes(action.route))) mask |= 1 << bit;
    });
    return mask;
  };
}

function describeLost(properties: SafetyProperties, lost: number): string {
  return properties.uncertainNeverLowers.routes
    .filter((_, bit) => (lost & (1 << bit)) !== 0)
    .map((group) => group.join(' or '))
    .join(', ');
}

/** An answer as a string, for finding the edge that carries it (a many-choice answer is a new array on each node). */
function answerKey(value: AnswerValue): string {
  return typeof value === 'string' ? value : `[${value.join(',')}]`;
}

/** Per node, the position of the edge carrying each answer. */
const edgeByAnswer = new WeakMap<GraphNode, Map<string, number>>();

/** The position of the edge of `node` that carries the answer. */
function findEdge(node: GraphNode, value: AnswerValue): number {
  let edges = edgeByAnswer.get(node);
  if (!edges) {
    edges = new Map(node.edges.map((edge, position) => [answerKey(edge.value), position]));
    edgeByAnswer.set(node, edges);
  }
  const position = edges.get(answerKey(value));
  // A wording-only question has one edge standing for all its answers.
  if (position === undefined && node.edges.length === 1 && node.edges[0]!.count > 1) return 0;
  if (position === undefined)
    throw new Error(`'${node.question.id}' has no answer ${JSON.stringify(value)} in the journey graph`);
  return position;
}

/** The depth-first index of the first path class below each edge of a node, given the node's first. */
function findEdgeOffset(node: GraphNode, first: number, position: number): number {
  let offset = first;
  for (let earlier = 0; earlier < position; earlier += 1) offset += node.edges[earlier]!.next?.classes ?? 1;
  return offset;
}

/**
 * Calls `visit` with the index, in depth-first order, of every path class
 * below `node` (whose first class has index `first`) that keeps the given
 * answers where its path asks them: questions the path asks but `answers` does
 * not answer are answered in every way. Each completion is a path class, whose
 * plan the first pass has already decided.
 */
function forEachCompletionIndex(
  node: GraphNode | null,
  first: number,
  answers: Answers,
  visit: (index: number) => void,
): void {
  if (node === null) {
    visit(first);
    return;
  }
  const given = answers[node.question.id];
  if (given !== undefined) {
    const chosen = findEdge(node, given);
    forEachCompletionIndex(node.edges[chosen]!.next, findEdgeOffset(node, first, chosen), answers, visit);
    return;
  }
  let start = first;
  for (const edge of node.edges) {
    forEachCompletionIndex(edge.next, start, answers, visit);
    start += edge.next?.classes ?? 1;
  }
}

/**
 * The conservative default, on every path class: for each question on the path
 * answered with an uncertain value, each certain answer instead must not give
 * the plan a group of routes (uncertainNeverLowers) that the uncertain
 * answer's plan lacks.
 *
 * Where every answer to the question leads to the same node of the graph (no
 * later question depends on it), changing the answer changes nothing else, and
 * the other answer's path class sits a fixed distance away in depth-first
 * order; its plan was decided in the first pass, so it is looked up. Where the
 * answer changes the path, the certain answer's own follow-up questions are
 * answered in every way (and the uncertain answer's dropped): each such
 * completion is itself a path class, so its plan is looked up too.
 */
function checkUncertainAnswers(
  flow: Flow,
  properties: SafetyProperties,
  graph: JourneyGraph,
  masks: Uint16Array,
  fail: (property: string, answers: Answers, path: readonly string[]) => void,
): number {
  const { uncertainValues } = indexFlow(flow);
  const isUncertain = (value: AnswerValue): value is string =>
    typeof value === 'string' && uncertainValues.has(value);
  const completed = new Map<string, number>();
  let comparisons = 0;
  /** An uncertain answer on the current path: the node that asked it, and the index of that node's first class. */
  type Choice = {
    node: GraphNode;
    first: number;
    value: string;
    siblings: readonly { value: string; offset: number }[] | undefined;
  };
  const choices: Choice[] = [];
  const answers: Record<string, AnswerValue> = {};
  const path: string[] = [];
  let index = 0;

  /** Per node and edge, for an uncertain answer: the certain answers' classes, at a fixed distance, or undefined where the answer changes the path. */
  const siblingsByNode = new Map<GraphNode, ({ value: string; offset: number }[] | undefined)[]>();
  const findSiblings = (node: GraphNode) => {
    let known = siblingsByNode.get(node);
    if (known === undefined) {
      const sameNext = node.edges.every((edge) => edge.next === node.edges[0]!.next);
      const size = node.edges[0]!.next?.classes ?? 1;
      known = node.edges.map((_, position) =>
        sameNext
          ? node.edges.flatMap((other, otherPosition) =>
              typeof other.value === 'string' && !isUncertain(other.value)
                ? [{ value: other.value, offset: (otherPosition - position) * size }]
                : [],
            )
          : undefined,
      );
      siblingsByNode.set(node, known);
    }
    return known;
  };

  const checkClass = () => {
    const mask = masks[index]!;
    for (const choice of choices) {
      if (choice.siblings === undefined) {
        // The answer changes the path: complete the other answers' own follow-up questions in every way.
        const { node } = choice;
        const id = node.question.id;
        for (const option of node.question.options) {
          if (uncertainValues.has(option.value)) continue;
          const key = JSON.stringify({ ...answers, [id]: option.value });
          let certain = completed.get(key);
          if (certain === undefined) {
            certain = 0;
            // The other answer's classes lie below its edge of the same node: the path up to it is this one.
            const position = findEdge(node, option.value);
            const offset = findEdgeOffset(node, choice.first, position);
            forEachCompletionIndex(node.edges[position]!.next, offset, answers, (completion) => {
              comparisons += 1;
              certain! |= masks[completion]!;
            });
            completed.set(key, certain);
          }
          const lost = certain & ~mask;
          if (lost !== 0) report(choice, option.value, lost);
        }
        continue;
      }
      for (const sibling of choice.siblings) {
        comparisons += 1;
        const lost = masks[index + sibling.offset]! & ~mask;
        if (lost !== 0) report(choice, sibling.value, lost);
      }
    }
  };
  const report = (choice: Choice, certain: string, lost: number) =>
    fail(
      `uncertain answers never lower the response: '${choice.node.question.id}' = '${choice.value}' lacks ${describeLost(properties, lost)}, which '${certain}' gives`,
      answers,
      path,
    );

  const walk = (node: GraphNode) => {
    const id = node.question.id;
    const first = index;
    const siblings = findSiblings(node);
    path.push(id);
    for (let position = 0; position < node.edges.length; position += 1) {
      const edge = node.edges[position]!;
      answers[id] = edge.value;
      const uncertain = isUncertain(edge.value);
      if (uncertain) choices.push({ node, first, value: edge.value as string, siblings: siblings[position] });
      if (edge.next) walk(edge.next);
      else {
        checkClass();
        index += 1;
      }
      if (uncertain) choices.pop();
    }
    delete answers[id];
    path.pop();
  };
  walk(graph.root);
  return comparisons;
}

/**
 * Walks every path through the flow's compiled machine and checks, on each,
 * the invariants and the flow's safety properties, the conservative default,
 * and the path budget's figures. Exact: see journey-graph.ts for why a class
 * of paths can be checked through one of its members.
 */
export function verifyEveryPath(flow: Flow, properties: SafetyProperties): Verification {
  const started = performance.now();
  const problems = findPropertyProblems(flow, properties);
  if (problems.length > 0)
    throw new Error(`The safety properties do not fit the flow:\n${problems.join('\n')}`);
  const graph = buildJourneyGraph(flow);
  const checkPlan = compileNumberedSafetyChecks(flow, properties);
  const maskOf = compileMask(properties);
  const masks = new Uint16Array(graph.root.classes);
  const failures: Failure[] = [];
  const record = (property: string, answers: Answers, path: readonly string[]) => {
    if (failures.length < 50) failures.push({ property, answers: { ...answers }, path: [...path] });
  };
  const distinctPlans = new Map<string, Answers>();
  // The uncertain-answer mask of each distinct plan (equal in every field), worked out once.
  const planTable = createPlanTable();
  const maskByPlan: number[] = [];
  const budget = properties.pathBudget;
  const sequencesWithOne = new Set<string>();
  let longestWithOne = 0;
  let longest = 0;
  let paths = 0;

  let index = 0;
  const classes = forEachPathClass(graph, ({ answers, path, count }: PathClass) => {
    paths += count;
    const plan = decidePlan(flow, answers);
    const planNumber = planTable.numberOf(plan);
    let mask = maskByPlan[planNumber];
    if (mask === undefined) {
      mask = maskOf(plan);
      maskByPlan[planNumber] = mask;
      // A plan's first class in depth-first order is also the first with its signature, as before.
      const signature = describePlan(plan);
      if (!distinctPlans.has(signature)) distinctPlans.set(signature, { ...answers });
    }
    masks[index] = mask;
    index += 1;
    checkPlan(answers, plan, planNumber, (property) => record(property, answers, path));
    longest = Math.max(longest, path.length);
    const selection = answers[budget.oneSelectionOf];
    if (Array.isArray(selection) && selection.length === 1) {
      longestWithOne = Math.max(longestWithOne, path.length);
      sequencesWithOne.add(path.join(' '));
    }
  });

  const uncertainComparisons = checkUncertainAnswers(flow, properties, graph, masks, record);
  return {
    paths,
    classes,
    nodes: graph.nodes,
    transitions: graph.transitions,
    wordingOnly: graph.wordingOnly,
    uncertainComparisons,
    reached: graph.reached,
    budget: {
      longestWithOne,
      longest,
      medianSequencesWithOne: findMedian([...sequencesWithOne].map((sequence) => sequence.split(' ').length)),
      sequencesWithOne: sequencesWithOne.size,
    },
    failures,
    distinctPlans,
    seconds: (performance.now() - started) / 1000,
  };
}
