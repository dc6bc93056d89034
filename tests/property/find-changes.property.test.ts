import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { AnswerValue, Answers } from '../../src/engine/answers.ts';
import { findChanges } from '../../src/engine/find-changes.ts';
import { replayJourney } from '../../src/engine/replay-journey.ts';
import { flow } from '../support/flow.ts';
import { arbitraryFullAnswers } from './arbitraries.ts';

/**
 * "What would change this plan" on the real flow, checked through the machine
 * itself (replayJourney), not through the code under test: every change it
 * lists gives exactly the routes it claims, and no single change of answer
 * that alters the routes is missing.
 */
const routesOf = (answers: Answers): string[] => {
  const journey = replayJourney(flow, answers);
  if (!journey.recommendation)
    throw new Error(`incomplete: ${JSON.stringify(answers)} needs ${journey.next?.id}`);
  return journey.recommendation.actions.map((action) => action.route);
};

/** The answer the flow takes for a question with none: its own choice, or its "I don't know" answer. */
const assumedAnswer = (questionId: string): string => {
  const question = flow.questions.find((candidate) => candidate.id === questionId)!;
  return (
    question.assumeIfUnanswered ??
    question.options.find((option) => flow.roles.uncertainValues.includes(option.value))!.value
  );
};

/** Replays the answers, answering each newly reached question with its assumed answer, until the journey completes. */
const routesAssuming = (answers: Answers): string[] => {
  const given: Record<string, AnswerValue> = { ...answers };
  for (;;) {
    const journey = replayJourney(flow, given);
    if (journey.recommendation) return journey.recommendation.actions.map((action) => action.route);
    given[journey.next!.id] = assumedAnswer(journey.next!.id);
  }
};

const sameSet = (first: readonly string[], second: readonly string[]) =>
  [...first].sort().join() === [...second].sort().join();

describe('what would change the plan, on random answers through the real flow', () => {
  it('lists changes that are exact: the changed answers, with the assumptions, give the routes it claims', () => {
    fc.assert(
      fc.property(arbitraryFullAnswers(flow), (random) => {
        const journey = replayJourney(flow, random);
        const before = journey.recommendation!.actions.map((action) => action.route);
        for (const change of findChanges(flow, journey.answers, journey.path)) {
          const current = journey.answers[change.question]!;
          const answer =
            change.choice === undefined
              ? change.value
              : change.choice === 'added'
                ? [...(current as string[]), change.value]
                : (current as string[]).filter((value) => value !== change.value);
          const after = routesOf({ ...journey.answers, [change.question]: answer, ...change.assuming });
          const expected = [...before.filter((route) => !change.removes.includes(route)), ...change.adds];
          expect(
            sameSet(after, expected),
            `${JSON.stringify(change)} for ${JSON.stringify(journey.answers)}`,
          ).toBe(true);
          expect(change.adds.length + change.removes.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('misses no single change of answer that alters the routes', () => {
    fc.assert(
      fc.property(arbitraryFullAnswers(flow), (random) => {
        const journey = replayJourney(flow, random);
        const before = journey.recommendation!.actions.map((action) => action.route);
        const listed = new Set(
          findChanges(flow, journey.answers, journey.path).map(
            (change) => `${change.question}=${change.value}`,
          ),
        );
        for (const questionId of journey.path) {
          const question = flow.questions.find((candidate) => candidate.id === questionId)!;
          const current = journey.answers[questionId]!;
          for (const option of question.options) {
            let answer: AnswerValue;
            if (question.kind === 'one') {
              if (option.value === current) continue;
              answer = option.value;
            } else {
              const chosen = current as string[];
              answer = chosen.includes(option.value)
                ? chosen.filter((value) => value !== option.value)
                : [...chosen, option.value];
              if (answer.length === 0) continue;
            }
            // Only the answers on the path: answers the change takes off the path must not come back.
            const after = routesAssuming({ ...journey.answers, [questionId]: answer });
            if (!sameSet(after, before))
              expect(
                listed.has(`${questionId}=${option.value}`),
                `${questionId}=${option.value} for ${JSON.stringify(journey.answers)}`,
              ).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
