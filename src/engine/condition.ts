import type { AnswerValue, Answers } from './answers.ts';
import type { Condition } from './flow-schema.ts';

/** One question test of a condition: `is` for a one-choice answer, `includes` for a many-choice one. */
export type ConditionTest = { question: string; operator: 'is' | 'includes'; values: readonly string[] };

/** What to make of each part of a condition tree, for `foldCondition`. */
export type ConditionFold<T> = {
  test: (test: ConditionTest) => T;
  all: (parts: T[]) => T;
  any: (parts: T[]) => T;
  not: (part: T) => T;
};

/**
 * The one walk over a condition tree. Evaluation, the questions a condition
 * reads, the three-valued search and the plain-English descriptions are all
 * folds, so a new operator is one edit here and one case in each fold.
 */
export function foldCondition<T>(condition: Condition, fold: ConditionFold<T>): T {
  if ('all' in condition) return fold.all(condition.all.map((part) => foldCondition(part, fold)));
  if ('any' in condition) return fold.any(condition.any.map((part) => foldCondition(part, fold)));
  if ('not' in condition) return fold.not(foldCondition(condition.not, fold));
  if ('is' in condition)
    return fold.test({ question: condition.question, operator: 'is', values: condition.is });
  return fold.test({ question: condition.question, operator: 'includes', values: condition.includes });
}

/** Whether one answer passes one test. An unanswered question passes none. */
export function passesTest(test: ConditionTest, answer: AnswerValue | undefined): boolean {
  if (answer === undefined) return false;
  if (test.operator === 'is') return typeof answer === 'string' && test.values.includes(answer);
  return typeof answer !== 'string' && test.values.some((value) => answer.includes(value));
}

type Predicate = (answers: Answers) => boolean;

// Plain loops rather than every/some: the exhaustive verification spends most
// of its time here (npm run verify:all with --cpu-prof).
const compileFold: ConditionFold<Predicate> = {
  test: (test) => (answers) => passesTest(test, answers[test.question]),
  all: (parts) => (answers) => {
    for (const part of parts) if (!part(answers)) return false;
    return true;
  },
  any: (parts) => (answers) => {
    for (const part of parts) if (part(answers)) return true;
    return false;
  },
  not: (part) => (answers) => !part(answers),
};

// Parsed flows are immutable, so each condition is compiled to a closure once:
// the exhaustive verification evaluates conditions millions of times.
const compiled = new WeakMap<Condition, Predicate>();

/** The condition as a function of the answers, built once per condition. */
export function compileCondition(condition: Condition): Predicate {
  let predicate = compiled.get(condition);
  if (!predicate) {
    predicate = foldCondition(condition, compileFold);
    compiled.set(condition, predicate);
  }
  return predicate;
}

/** Whether a condition holds for the given answers. Unanswered questions satisfy no test. */
export function evaluateCondition(condition: Condition, answers: Answers): boolean {
  return compileCondition(condition)(answers);
}

/** Every test a condition makes, in the order written (for checking ids, and for descriptions). */
export function listConditionTests(condition: Condition): ConditionTest[] {
  return foldCondition<ConditionTest[]>(condition, {
    test: (test) => [test],
    all: (parts) => parts.flat(),
    any: (parts) => parts.flat(),
    not: (part) => part,
  });
}

/** Every question id a condition reads, in the order they appear. */
export function listConditionQuestions(condition: Condition): string[] {
  return listConditionTests(condition).map((test) => test.question);
}

/** A test that holds for the answers, with the answer values that made it hold. */
export type MatchedTest = { question: string; values: string[] };

type Matcher = { holds: Predicate; matched: (answers: Answers) => MatchedTest[] };

/**
 * The positive (not negated) tests that the answers satisfy and that make the
 * condition hold: what a reason quotes as "your answers". A negated part says
 * why something else did not apply, so it is not quoted.
 */
export function listMatchedTests(condition: Condition, answers: Answers): MatchedTest[] {
  const matcher = foldCondition<Matcher>(condition, {
    test: (test) => ({
      holds: (given) => passesTest(test, given[test.question]),
      matched: (given) => {
        const answer = given[test.question];
        if (answer === undefined || !passesTest(test, answer)) return [];
        const chosen = typeof answer === 'string' ? [answer] : answer;
        return [{ question: test.question, values: chosen.filter((value) => test.values.includes(value)) }];
      },
    }),
    all: (parts) => ({
      holds: (given) => parts.every((part) => part.holds(given)),
      matched: (given) => parts.flatMap((part) => (part.holds(given) ? part.matched(given) : [])),
    }),
    any: (parts) => ({
      holds: (given) => parts.some((part) => part.holds(given)),
      matched: (given) => parts.flatMap((part) => (part.holds(given) ? part.matched(given) : [])),
    }),
    not: (part) => ({ holds: (given) => !part.holds(given), matched: () => [] }),
  });
  // Inner parts are only asked for their tests when they hold; the whole condition must too.
  return matcher.holds(answers) ? matcher.matched(answers) : [];
}

/** True, false, or not decided yet. */
export type Truth = boolean | undefined;

/**
 * Three-valued evaluation part way through a journey: a question still to come
 * is unknown; one already passed without being asked is settled as unanswered.
 * Once true or false, the result cannot change later in the journey, which
 * lets a search stop early.
 */
export function evaluateConditionSoFar(
  condition: Condition,
  answers: Answers,
  isSettled: (questionId: string) => boolean,
): Truth {
  return foldCondition<() => Truth>(condition, {
    test: (test) => () => {
      const answer = answers[test.question];
      if (answer === undefined) return isSettled(test.question) ? false : undefined;
      return passesTest(test, answer);
    },
    all: (parts) => () => {
      const results = parts.map((part) => part());
      if (results.includes(false)) return false;
      return results.every((result) => result === true) ? true : undefined;
    },
    any: (parts) => () => {
      const results = parts.map((part) => part());
      if (results.includes(true)) return true;
      return results.every((result) => result === false) ? false : undefined;
    },
    not: (part) => () => {
      const result = part();
      return result === undefined ? undefined : !result;
    },
  })();
}
