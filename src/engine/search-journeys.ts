import type { AnswerValue, Answers } from './answers.ts';
import type { ConditionTest, Truth } from './condition.ts';
import { evaluateCondition, foldCondition, listConditionTests, passesTest } from './condition.ts';
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

/**
 * How much work the journey searches of one flow check may do, in steps: a
 * part of a condition evaluated, a character of a remembered journey prefix,
 * an option grouped or a set of options told apart. The search is
 * exponential in the worst case (a condition can state any puzzle over the
 * answers), so this bounds the check, at some 0.1 to 0.2 s: a flow that needs
 * more is refused rather than checked for minutes. The project flow needs
 * some 87,000 (decision 0030, amendment of 2026-12-03).
 */
export const MAX_SEARCH_STEPS = 500_000;

/** The journey search of a flow check passed MAX_SEARCH_STEPS. */
export class SearchLimitError extends Error {
  readonly limit: number;

  constructor(limit: number) {
    super(`the journey search passed its limit of ${limit} steps`);
    this.name = 'SearchLimitError';
    this.limit = limit;
  }
}

/** The steps the searches of one flow check have taken, shared so that the whole check is bounded. */
export class SearchBudget {
  readonly limit: number;
  spent = 0;

  constructor(limit = MAX_SEARCH_STEPS) {
    this.limit = limit;
  }

  charge(steps: number): void {
    this.spent += steps;
    if (this.spent > this.limit) throw new SearchLimitError(this.limit);
  }
}

/** A test of a question, and who makes it: the index of the question whose askedWhen it is in, or the number of questions for the condition searched. */
type ReadTest = { test: ConditionTest; reader: number };

/** What every search of a flow shares: where each question is, and what the `askedWhen` conditions read. */
type FlowReading = {
  indexOf: Map<string, number>;
  /** By question index: the tests that later questions' `askedWhen` make of it, with the reader's index. */
  askedWhenTests: ReadTest[][];
  /** By question index: the size of its `askedWhen` (0 when it is always asked). */
  askedWhenSizes: number[];
  /**
   * By position: the questions at or after it whose `askedWhen` reads a
   * question before it. Only these can tell one journey prefix from another
   * by whether they will be asked.
   */
  askedLater: number[][];
};

const readingByFlow = new WeakMap<Flow, FlowReading>();

function readFlow(flow: Flow): FlowReading {
  const known = readingByFlow.get(flow);
  if (known) return known;
  const indexOf = new Map(flow.questions.map((question, index) => [question.id, index]));
  const askedWhenTests: ReadTest[][] = flow.questions.map(() => []);
  flow.questions.forEach((question, reader) => {
    if (!question.askedWhen) return;
    for (const test of listConditionTests(question.askedWhen))
      askedWhenTests[indexOf.get(test.question)!]!.push({ test, reader });
  });
  const askedWhenSizes = flow.questions.map((question) =>
    question.askedWhen ? measureCondition(question.askedWhen) : 0,
  );
  const firstRead = flow.questions.map((question) =>
    question.askedWhen
      ? Math.min(...listConditionTests(question.askedWhen).map((test) => indexOf.get(test.question)!))
      : flow.questions.length,
  );
  const positions = [...flow.questions.keys(), flow.questions.length];
  const askedLater = positions.map((position) =>
    positions.filter((index) => index >= position && firstRead[index]! < position),
  );
  const reading = { indexOf, askedWhenTests, askedWhenSizes, askedLater };
  readingByFlow.set(flow, reading);
  return reading;
}

/** How many tests, `all`, `any` and `not` a condition has. */
function measureCondition(condition: Condition): number {
  return foldCondition<number>(condition, {
    test: () => 1,
    all: (parts) => parts.reduce((sum, part) => sum + part, 1),
    any: (parts) => parts.reduce((sum, part) => sum + part, 1),
    not: (part) => part + 1,
  });
}

/** How many parts of conditions evaluateAt has looked at: the search charges its budget for them. */
let evaluated = 0;

/**
 * The condition part way through a journey, as `evaluateConditionSoFar`
 * gives it, for a search standing at question `position`: a question before
 * it that has no answer was passed without being asked.
 */
function evaluateAt(
  condition: Condition,
  answers: Answers,
  position: number,
  indexOf: Map<string, number>,
): Truth {
  evaluated += 1;
  if ('all' in condition) {
    let result: Truth = true;
    for (const part of condition.all) {
      const truth = evaluateAt(part, answers, position, indexOf);
      if (truth === false) return false;
      if (truth === undefined) result = undefined;
    }
    return result;
  }
  if ('any' in condition) {
    let result: Truth = false;
    for (const part of condition.any) {
      const truth = evaluateAt(part, answers, position, indexOf);
      if (truth === true) return true;
      if (truth === undefined) result = undefined;
    }
    return result;
  }
  if ('not' in condition) {
    const truth = evaluateAt(condition.not, answers, position, indexOf);
    return truth === undefined ? undefined : !truth;
  }
  const answer = answers[condition.question];
  if (answer === undefined) return indexOf.get(condition.question)! < position ? false : undefined;
  // passesTest, without making a test object at each of the search's steps.
  if ('is' in condition) return typeof answer === 'string' && condition.is.includes(answer);
  return typeof answer !== 'string' && condition.includes.some((value) => answer.includes(value));
}

/**
 * The answers to a question that some tests tell apart: one for each way
 * they can be told apart, in option order (for a many-choice question, in the
 * order of `listPossibleAnswers`). Listed lazily, since a search that finds
 * its journey early never needs the rest, and kept, since the search comes
 * back to the same question with the same tests many times. Each option
 * grouped and each set of options looked at is charged to the budget.
 */
class DistinctAnswers {
  private readonly listed: AnswerValue[] = [];
  private readonly sets: Generator<AnswerValue | undefined> | undefined;
  private readonly costOfASet: number;
  private finished = false;

  constructor(question: Question, tests: readonly ConditionTest[], budget: SearchBudget) {
    budget.charge(question.options.length * (1 + tests.length));
    const firstBySignature = new Map<string, Option>();
    const passes: boolean[][] = [];
    for (const option of question.options) {
      const signature = tests.map((test) => test.values.includes(option.value));
      const key = signature.map(Number).join('');
      if (firstBySignature.has(key)) continue;
      firstBySignature.set(key, option);
      passes.push(signature);
    }
    const firsts = [...firstBySignature.values()];
    this.costOfASet = 1 + tests.length;
    if (question.kind === 'one') {
      this.listed = firsts.map((option) => option.value);
      this.finished = true;
    } else this.sets = listDistinctSets(firsts, passes);
  }

  *each(budget: SearchBudget): Generator<AnswerValue> {
    for (let index = 0; ; index += 1) {
      while (index >= this.listed.length && !this.finished) {
        // Charged before the generator runs, so that running out of budget never leaves it half-done.
        budget.charge(this.costOfASet);
        const next = this.sets!.next();
        if (next.done) this.finished = true;
        else if (next.value !== undefined) this.listed.push(next.value);
      }
      if (index >= this.listed.length) return;
      yield this.listed[index]!;
    }
  }
}

/**
 * Every non-empty set of the options `firsts`, in the order of counting in
 * binary as listPossibleAnswers does, as the first set passing its tests
 * (`passes`: by option, by test) or undefined for a set passing the same
 * tests as one before it. The tests a set passes are kept as bits, 32 to a
 * word, with as many words as there are tests: the schema's MAX_OPTIONS
 * bounds the sets, so that a set's number is always exact.
 */
function* listDistinctSets(firsts: Option[], passes: boolean[][]): Generator<AnswerValue | undefined> {
  const testCount = passes[0]!.length;
  const words = Math.max(1, Math.ceil(testCount / 32));
  const setCount = 2 ** firsts.length;
  // passedBy[set * words + word]: the tests the set passes; a set is the one
  // without its lowest option, plus that option. It grows only as far as the
  // search asks, since each set listed is charged to its budget.
  const passedBy: number[] = Array<number>(words).fill(0);
  const seen = new Set<string | number>();
  for (let set = 1; set < setCount; set += 1) {
    let lowest = 0;
    while (Math.floor(set / 2 ** lowest) % 2 === 0) lowest += 1;
    const rest = set - 2 ** lowest;
    for (let word = 0; word < words; word += 1) {
      let bits = passedBy[rest * words + word]!;
      for (let bit = 0; bit < 32 && word * 32 + bit < testCount; bit += 1)
        if (passes[lowest]![word * 32 + bit]) bits |= 2 ** bit;
      passedBy.push(bits >>> 0);
    }
    const key = words === 1 ? passedBy[set]! : passedBy.slice(set * words, (set + 1) * words).join(',');
    if (seen.has(key)) yield undefined;
    else {
      seen.add(key);
      yield firsts
        .filter((_, option) => Math.floor(set / 2 ** option) % 2 === 1)
        .map((option) => option.value);
    }
  }
}

const distinctAnswersByFlow = new WeakMap<Flow, Map<string, DistinctAnswers>>();

function findDistinctAnswers(
  flow: Flow,
  question: Question,
  tests: readonly ConditionTest[],
  budget: SearchBudget,
): DistinctAnswers {
  let byTests = distinctAnswersByFlow.get(flow);
  if (!byTests) distinctAnswersByFlow.set(flow, (byTests = new Map<string, DistinctAnswers>()));
  const key = `${question.id}|${tests.map((test) => test.values.join(',')).join('|')}`;
  let found = byTests.get(key);
  if (!found) byTests.set(key, (found = new DistinctAnswers(question, tests, budget)));
  return found;
}

/**
 * The answers of a journey through the flow on which `condition` holds, or
 * undefined when there is none. Only the questions that the condition or
 * some question's `askedWhen` reads are answered: the others change nothing
 * either can see. Exact: it tries every way the conditions can tell answers
 * apart (options told apart by no test are tried once, for all of them), and
 * remembers each journey prefix that led nowhere by what the conditions still
 * to be read can see of it, so that prefixes they cannot tell apart are
 * searched once. Depth first, answers in option order. Each step is charged
 * to `budget`, which throws SearchLimitError once spent.
 */
export function findJourneyWhere(
  flow: Flow,
  condition: Condition,
  budget: SearchBudget = new SearchBudget(),
): Answers | undefined {
  const { indexOf, askedWhenTests, askedWhenSizes, askedLater } = readFlow(flow);
  const conditionTests = listConditionTests(condition);
  const conditionSize = measureCondition(condition);
  const questionCount = flow.questions.length;
  budget.charge(questionCount + conditionSize);
  const readTests: ReadTest[][] = askedWhenTests.map((tests) => [...tests]);
  for (const test of conditionTests)
    readTests[indexOf.get(test.question)!]!.push({ test, reader: questionCount });
  // The questions anything reads, in flow order: the only ones whose answers matter.
  const read = flow.questions.flatMap((_, index) => (readTests[index]!.length > 0 ? [index] : []));
  const answers: Record<string, AnswerValue> = {};
  const answered: number[] = [];
  const failed = new Set<string>();
  const distinctByPosition = new Map<number, DistinctAnswers>();

  // A prefix as the rest of the search sees it: whether each askedWhen still
  // to come is settled, and what the condition and the unsettled askedWhens
  // can see of each answer. Prefixes with the same key have the same future.
  const undecided = new Uint8Array(questionCount + 1);
  undecided[questionCount] = 1;
  const describePrefix = (position: number) => {
    let key = `${position}:`;
    evaluated = 0;
    for (const index of askedLater[position]!) {
      const truth = evaluateAt(flow.questions[index]!.askedWhen!, answers, position, indexOf);
      key += truth === undefined ? '?' : truth ? 'T' : 'F';
      undecided[index] = truth === undefined ? 1 : 0;
    }
    for (const index of answered) {
      const answer = answers[flow.questions[index]!.id];
      let seen = '';
      for (const { test, reader } of readTests[index]!)
        if (undecided[reader] === 1) seen += passesTest(test, answer) ? '1' : '0';
      // With the question's place: two prefixes may have answered different questions.
      if (seen !== '') key += `:${index}=${seen}`;
    }
    for (const index of askedLater[position]!) undecided[index] = 0;
    budget.charge(evaluated + answered.length + key.length);
    return key;
  };

  const visit = (step: number): boolean => {
    const position = step < read.length ? read[step]! : questionCount;
    evaluated = 1;
    const truth = evaluateAt(condition, answers, position, indexOf);
    budget.charge(evaluated);
    if (truth !== undefined) return truth;
    const key = describePrefix(position);
    if (failed.has(key)) return false;
    const question = flow.questions[position]!;
    budget.charge(askedWhenSizes[position]!);
    let found = false;
    if (question.askedWhen && !evaluateCondition(question.askedWhen, answers)) found = visit(step + 1);
    else {
      let distinct = distinctByPosition.get(position);
      if (!distinct) {
        const tests = readTests[position]!.map(({ test }) => test);
        distinct = findDistinctAnswers(flow, question, tests, budget);
        distinctByPosition.set(position, distinct);
      }
      answered.push(position);
      for (const value of distinct.each(budget)) {
        answers[question.id] = value;
        if (visit(step + 1)) {
          found = true;
          break;
        }
      }
      if (!found) {
        delete answers[question.id];
        answered.pop();
      }
    }
    if (!found) failed.add(key);
    return found;
  };
  return visit(0) ? { ...answers } : undefined;
}

type JourneyStep = { answers: Answers; next: Question | undefined };

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
