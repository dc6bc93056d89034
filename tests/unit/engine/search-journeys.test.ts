import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { replayJourney } from '../../../src/engine/replay-journey.ts';
import type { Answers } from '../../../src/engine/answers.ts';
import { evaluateCondition } from '../../../src/engine/condition.ts';
import type { Condition, Question } from '../../../src/engine/flow-schema.ts';
import {
  findJourneyWhere,
  forEachCompleteJourney,
  listPossibleAnswers,
  MAX_SEARCH_STEPS,
  SearchBudget,
  SearchLimitError,
} from '../../../src/engine/search-journeys.ts';
import { changeToyFlow, toyFlow } from '../../support/toy-flow.ts';

/**
 * The toy flow (tests/fixtures/README.md) has 76 complete journeys: 2 roles x
 * 2 areas x (1 set of worries without messages or pictures + 6 sets with them
 * x 3 answers about an adult).
 */

describe('listPossibleAnswers', () => {
  test('gives each option of a one-choice question', () => {
    expect(listPossibleAnswers(toyFlow.questions[3]!)).toEqual(['yes', 'no', 'not-sure']);
  });

  test('gives each non-empty set of options of a many-choice question, each in option order', () => {
    expect(listPossibleAnswers(toyFlow.questions[2]!)).toEqual([
      ['hurt'],
      ['messages'],
      ['hurt', 'messages'],
      ['pictures'],
      ['hurt', 'pictures'],
      ['messages', 'pictures'],
      ['hurt', 'messages', 'pictures'],
    ]);
  });
});

describe('forEachCompleteJourney', () => {
  test('visits every complete journey once, each with the answers of its path only', () => {
    const seen = new Set<string>();
    forEachCompleteJourney(toyFlow, (answers) => {
      const journey = replayJourney(toyFlow, answers);
      expect(journey.recommendation).toBeDefined();
      expect(journey.path).toEqual(Object.keys(answers));
      seen.add(JSON.stringify(answers));
    });
    expect(seen.size).toBe(76);
  });
});

/** The toy flow with 'for-dsl' and 'for-staff', each asked on one branch of 'role', then 'later', on both. */
const branchingToyFlow = changeToyFlow((raw) => {
  const question = (id: string, askedWhen: Condition) => ({
    id,
    kind: 'one' as const,
    title: `${id}?`,
    summaryLabel: id,
    errorMessage: `Select ${id}`,
    askedWhen,
    options: [
      { value: 'first', label: 'First' },
      { value: 'not-sure', label: 'Not sure' },
    ],
  });
  raw.questions.push(
    question('for-dsl', { question: 'role', is: ['dsl'] }),
    question('for-staff', { question: 'role', is: ['staff'] }),
    question('later', { question: 'role', is: ['dsl', 'staff'] }),
  );
});

describe('findJourneyWhere', () => {
  test('gives the answers of a journey on which the condition holds, answering only the questions conditions read', () => {
    const found = findJourneyWhere(toyFlow, { question: 'adult', is: ['not-sure'] });
    expect(found).toEqual({ worries: ['messages'], adult: 'not-sure' });
    expect(evaluateCondition({ question: 'adult', is: ['not-sure'] }, found!)).toBe(true);
  });

  test('tries answers in option order, depth first', () => {
    expect(
      findJourneyWhere(toyFlow, {
        all: [
          { question: 'role', is: ['staff'] },
          { question: 'worries', includes: ['pictures'] },
        ],
      }),
    ).toEqual({ role: 'staff', worries: ['pictures'] });
  });

  test('gives nothing when no journey makes the condition hold, including a question never asked', () => {
    const notAsked = {
      all: [
        { question: 'worries', includes: ['hurt'] },
        { not: { question: 'worries', includes: ['messages', 'pictures'] } },
        { question: 'adult', is: ['yes'] },
      ],
    };
    expect(findJourneyWhere(toyFlow, notAsked)).toBeUndefined();
    expect(
      findJourneyWhere(toyFlow, {
        all: [{ question: 'role', is: ['dsl'] }, { not: { question: 'role', is: ['dsl'] } }],
      }),
    ).toBeUndefined();
  });

  test('finds a journey that needs one of many sets of options', () => {
    expect(
      findJourneyWhere(toyFlow, {
        all: [
          { question: 'worries', includes: ['hurt'] },
          { question: 'worries', includes: ['pictures'] },
          { not: { question: 'worries', includes: ['messages'] } },
        ],
      }),
    ).toEqual({ worries: ['hurt', 'pictures'] });
  });

  test('agrees with every complete journey on every rule and warning of the toy flow, and their negations', () => {
    const journeys: Answers[] = [];
    forEachCompleteJourney(toyFlow, (answers) => journeys.push(answers));
    const conditions = [
      ...toyFlow.rules.map((rule) => rule.when),
      ...toyFlow.warnings.map((warning) => warning.when),
    ];
    for (const condition of [...conditions, ...conditions.map((part) => ({ not: part }))]) {
      const holdsSomewhere = journeys.some((answers) => evaluateCondition(condition, answers));
      expect(findJourneyWhere(toyFlow, condition) !== undefined).toBe(holdsSomewhere);
    }
  });

  test('never takes a prefix that answered one question for one that answered another', () => {
    // At 'later', both branches have one answer that passes one test: only
    // on the staff branch can the condition then hold.
    const later = { question: 'later', is: ['first'] };
    const condition: Condition = {
      any: [
        { all: [{ question: 'for-dsl', is: ['first'] }, later, { not: later }] },
        { all: [{ question: 'for-staff', is: ['first'] }, later] },
      ],
    };
    const found = findJourneyWhere(branchingToyFlow, condition);
    expect(found).toMatchObject({ role: 'staff', 'for-staff': 'first', later: 'first' });
    expect(evaluateCondition(condition, found!)).toBe(true);
  });

  test('charges its steps to the budget, and throws SearchLimitError once the budget is spent', () => {
    const budget = new SearchBudget();
    findJourneyWhere(toyFlow, { question: 'adult', is: ['yes'] }, budget);
    expect(budget.spent).toBeGreaterThan(0);
    expect(budget.spent).toBeLessThan(MAX_SEARCH_STEPS);
    expect(() => findJourneyWhere(toyFlow, { question: 'adult', is: ['yes'] }, new SearchBudget(5))).toThrow(
      SearchLimitError,
    );
  });
});

describe.each([
  ['the toy flow', toyFlow],
  ['the toy flow with two branches', branchingToyFlow],
])('findJourneyWhere on any condition over %s', (_name, flow) => {
  const testOf = (question: Question, values: string[]): Condition =>
    question.kind === 'one'
      ? { question: question.id, is: values }
      : { question: question.id, includes: values };
  const arbitraryTest = fc.oneof(
    ...flow.questions.map((question) =>
      fc
        .subarray(
          question.options.map((option) => option.value),
          { minLength: 1 },
        )
        .map((values) => testOf(question, values)),
    ),
  );
  const { condition: arbitraryCondition } = fc.letrec<{ condition: Condition }>((tie) => ({
    condition: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      arbitraryTest,
      fc.array(tie('condition'), { minLength: 1, maxLength: 3 }).map((all): Condition => ({ all })),
      fc.array(tie('condition'), { minLength: 1, maxLength: 3 }).map((any): Condition => ({ any })),
      tie('condition').map((not): Condition => ({ not })),
    ),
  }));
  const journeys: Answers[] = [];
  forEachCompleteJourney(flow, (answers) => journeys.push(answers));

  test('finds a journey exactly when some complete journey makes the condition hold, and the one it finds does', () => {
    fc.assert(
      fc.property(arbitraryCondition, (condition) => {
        const found = findJourneyWhere(flow, condition);
        expect(found !== undefined).toBe(journeys.some((answers) => evaluateCondition(condition, answers)));
        if (found) expect(evaluateCondition(condition, found)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});
