import { describe, expect, test } from 'vitest';
import type { Answers } from '../../src/engine/answers.ts';
import { listConditionQuestions } from '../../src/engine/condition.ts';
import { findNextQuestion } from '../../src/engine/next-question.ts';
import { recommend } from '../../src/engine/recommend.ts';
import { walkMachinePaths } from '../../src/verification/walk-machine-paths.ts';
import type { Failure } from '../../src/verification/safety-properties.ts';
import { checkPath, findMedian } from '../../src/verification/safety-properties.ts';
import { flow, machine } from '../support/flow.ts';

/**
 * Exhaustive verification of the compiled machine: every path is walked and
 * the safety properties of decision-rules.md are checked on each.
 *
 * `setting` and `area` are held at one value. The first test proves that this
 * loses nothing: no question's `askedWhen` and no rule's `when` reads them, so
 * they cannot change the path or which actions are given, only wording and
 * contacts, which tests/unit/engine/recommend.test.ts checks for every route
 * in every area. `npm run verify:all` walks all of them as well.
 */
const HELD = { setting: 'education-setting', area: 'hampshire' } as const;

describe('every path through the machine', () => {
  test('setting and area cannot change the path or the actions, so holding them loses nothing', () => {
    const read = [
      ...flow.questions.flatMap((question) =>
        question.askedWhen ? listConditionQuestions(question.askedWhen) : [],
      ),
      ...flow.rules.flatMap((rule) => listConditionQuestions(rule.when)),
    ];
    expect(read).not.toContain('setting');
    expect(read).not.toContain('area');
  });

  test('ends in a recommendation, reaches every question, and keeps every safety property', () => {
    const failures: Failure[] = [];
    const reached = new Set<string>();
    const lengths: number[] = [];
    const sequences = new Set<string>();
    const held = flow.questions.filter((question) => question.id in HELD);
    const started = performance.now();
    const count = walkMachinePaths(
      {
        ...flow,
        questions: flow.questions.map((question) =>
          question.id in HELD
            ? {
                ...question,
                options: question.options.filter(
                  (option) => option.value === HELD[question.id as keyof typeof HELD],
                ),
              }
            : question,
        ),
      },
      machine,
      (complete) => {
        lengths.push(complete.path.length);
        sequences.add(complete.path.join(' > '));
        for (const questionId of complete.path) reached.add(questionId);
        checkPath(flow, complete, (property) => {
          if (failures.length < 20) failures.push({ property, path: complete });
        });
        // The machine and the plain next-question rule agree on the path.
        const replayed: string[] = [];
        let next = flow.questions[0];
        while (next) {
          replayed.push(next.id);
          next = findNextQuestion(flow, complete.answers, flow.questions.indexOf(next));
        }
        if (replayed.join() !== complete.path.join())
          failures.push({ property: 'machine and findNextQuestion agree', path: complete });
      },
    );
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const median = findMedian(lengths);
    const sequenceLengths = [...sequences].map((sequence) => sequence.split(' > ').length);
    const sequenceMedian = findMedian(sequenceLengths);
    console.log(
      `Verified ${count} paths through the machine (setting and area held; ${count * 10} with them) in ${seconds} s. ` +
        `Longest path ${lengths.reduce((longest, length) => Math.max(longest, length), 0)} questions. ${sequences.size} distinct question sequences, median ${sequenceMedian} questions; ` +
        `median over every answer combination ${median}.`,
    );

    expect(failures.map((failure) => `${failure.property}: ${JSON.stringify(failure.path.answers)}`)).toEqual(
      [],
    );
    expect(held.length).toBe(2);
    expect([...reached].sort()).toEqual(flow.questions.map((question) => question.id).sort());
    expect(count).toBe(118_632);
    // Budgets (issue 4; docs/decisions/0003-path-length-budget.md says why the median is over question sequences).
    expect(lengths.reduce((longest, length) => Math.max(longest, length), 0)).toBeLessThanOrEqual(12);
    expect(sequenceMedian).toBeLessThanOrEqual(8);
  });

  test('the property checks catch a broken recommendation', () => {
    // Guard against checks that can never fail: a recommendation with 999 moved last must be caught.
    const answers: Answers = {
      'immediate-danger': 'yes',
      'your-role': 'other-staff',
      setting: 'education-setting',
      area: 'hampshire',
      'child-age': '13-to-15',
      concerns: ['cyberbullying'],
      'threats-or-hate': 'no',
    };
    const recommendation = recommend(flow, answers);
    const broken = {
      ...recommendation,
      actions: [...recommendation.actions.slice(1), recommendation.actions[0]!],
    };
    const caught: string[] = [];
    checkPath(flow, { path: [], answers, recommendation: broken }, (property) => caught.push(property));
    expect(caught).toContain('danger yes or not-sure puts emergency-999 first');
    expect(caught).toContain('urgency order now, today, next is never broken');
  });
});
