import type { AnswerValue, Answers } from './answers.ts';
import type { ConditionTest, Truth } from './condition.ts';
import { listConditionTests } from './condition.ts';
import type { Condition, Flow, Option, Question } from './flow-schema.ts';
import { findNextQuestion } from './next-question.ts';

/** Every answer a question can be given: each option, or each non-empty set of options in option order. */
export function listPossibleAnswers(question: Question): AnswerValue[] {
  const values = question.options.map((option) => option.value);
  if (question.kind === 'one') return values;
  // Doubling the list for each value gives the same order as counting in
  // binary, with no 32-bit `1 << n` to overflow.
  const subsets: string[][] = [[]];
  for (const value of values) {
    const before = subsets.length;
    for (let index = 0; index < before; index += 1) subsets.push([...subsets[index]!, value]);
  }
  return subsets.slice(1);
}

export type JourneyStep = { answers: Answers; next: Question | undefined };

/** Every question test in the flow's conditions, wherever they are. */
function listFlowTests(flow: Flow): ConditionTest[] {
  const tests: ConditionTest[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) for (const item of node) visit(item);
    else if (node !== null && typeof node === 'object') {
      if ('question' in node && ('is' in node || 'includes' in node))
        tests.push(...listConditionTests(node as Condition));
      else for (const value of Object.values(node)) visit(value);
    }
  };
  visit(flow);
  return tests;
}

/**
 * The answers the search tries for each question: one for each way the flow's
 * conditions can tell answers apart. Options that every test either names
 * together or leaves out together (say, five areas no condition names) are
 * interchangeable, so one of them stands for all: a search over the
 * conditions finds a journey exactly when one exists, and many options no
 * condition names cost nothing.
 */
function listDistinctAnswers(flow: Flow): Map<string, AnswerValue[]> {
  const known = distinctAnswersByFlow.get(flow);
  if (known) return known;
  const tests = listFlowTests(flow);
  const distinct = new Map(
    flow.questions.map((question) => {
      const ownTests = tests.filter((test) => test.question === question.id);
      const bySignature = new Map<string, Option>();
      for (const option of question.options) {
        const signature = ownTests.map((test) => (test.values.includes(option.value) ? 1 : 0)).join('');
        if (!bySignature.has(signature)) bySignature.set(signature, option);
      }
      return [question.id, listPossibleAnswers({ ...question, options: [...bySignature.values()] })];
    }),
  );
  distinctAnswersByFlow.set(flow, distinct);
  return distinct;
}

// Parsed flows are immutable, and parseFlow searches one flow some sixty times.
const distinctAnswersByFlow = new WeakMap<Flow, Map<string, AnswerValue[]>>();

/**
 * Depth-first search over every journey through the flow, as the flow's
 * conditions tell them apart. `decide` is called at each step: return true to
 * stop with this journey, false to prune it, or undefined to go deeper.
 * Returns the answers of the first journey accepted. `decide` must read the
 * answers only through the flow's conditions (as the checks of parseFlow do):
 * options no condition tells apart are tried once, for all of them.
 */
export function searchJourneys(
  flow: Flow,
  decide: (step: JourneyStep, isSettled: (questionId: string) => boolean) => Truth,
): Answers | undefined {
  const distinctAnswers = listDistinctAnswers(flow);
  return walkJourneys(flow, decide, (question) => distinctAnswers.get(question.id)!);
}

function walkJourneys(
  flow: Flow,
  decide: (step: JourneyStep, isSettled: (questionId: string) => boolean) => Truth,
  answersTo: (question: Question) => AnswerValue[],
): Answers | undefined {
  const indexOf = new Map(flow.questions.map((question, index) => [question.id, index]));
  const visit = (answers: Answers, current: Question | undefined): Answers | undefined => {
    const currentIndex = current === undefined ? flow.questions.length : (indexOf.get(current.id) ?? 0);
    const isSettled = (questionId: string) =>
      answers[questionId] !== undefined || (indexOf.get(questionId) ?? 0) < currentIndex;
    const verdict = decide({ answers, next: current }, isSettled);
    if (verdict === true) return answers;
    if (verdict === false || current === undefined) return undefined;
    for (const value of answersTo(current)) {
      const answered = { ...answers, [current.id]: value };
      const found = visit(answered, findNextQuestion(flow, answered, currentIndex));
      if (found) return found;
    }
    return undefined;
  };
  return visit({}, flow.questions[0]);
}

/** Calls `visit` with the answers of every complete journey through the flow. */
export function forEachCompleteJourney(flow: Flow, visit: (answers: Answers) => void): void {
  walkJourneys(
    flow,
    ({ answers, next }) => {
      if (next === undefined) visit(answers);
      return undefined;
    },
    listPossibleAnswers,
  );
}
