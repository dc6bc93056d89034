import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { readFlowFile } from '../../src/cli/read-flow-file.ts';
import type { AnswerValue, Answers } from '../../src/engine/answers.ts';
import type { Journey } from '../../src/engine/replay-journey.ts';
import { replayJourney } from '../../src/engine/replay-journey.ts';
import { recommend } from '../../src/engine/recommend.ts';
import { arbitraryFullAnswers, pickAnswer } from './arbitraries.ts';
import { decidePlan } from '../../src/engine/decide-plan.ts';
import { listBrokenProperties } from '../../src/verification/check-safety-properties.ts';
import { properties } from '../support/flow.ts';

/**
 * What a person does in the wizard, as edits to the answers map (the journey
 * is always replayed from the map, as the app does): answer the question on
 * screen, go back (the last answered question is on screen again and its
 * answer no longer counts), change an earlier answer from the summary, reload
 * the page (the map goes through JSON, as it does through storage), or start
 * again.
 */
type Step =
  | { type: 'answer'; pick: number }
  | { type: 'back' }
  | { type: 'change'; which: number; pick: number }
  | { type: 'reload' }
  | { type: 'start-again' };

const arbitraryStep: fc.Arbitrary<Step> = fc.oneof(
  { arbitrary: fc.record({ type: fc.constant('answer' as const), pick: fc.nat() }), weight: 8 },
  { arbitrary: fc.constant({ type: 'back' as const }), weight: 2 },
  {
    arbitrary: fc.record({ type: fc.constant('change' as const), which: fc.nat(), pick: fc.nat() }),
    weight: 3,
  },
  { arbitrary: fc.constant({ type: 'reload' as const }), weight: 1 },
  { arbitrary: fc.constant({ type: 'start-again' as const }), weight: 1 },
);
const arbitrarySteps = fc.array(arbitraryStep, { minLength: 1, maxLength: 30 });

const flow = readFlowFile();
const questionsById = new Map(flow.questions.map((question) => [question.id, question]));
const runs: Record<string, number> = {};
let stepsApplied = 0;

afterAll(() => {
  const total = Object.values(runs).reduce((sum, value) => sum + value, 0);
  console.log(
    `property tests (journey sequences): ${total} runs, ${stepsApplied} steps applied: ${Object.entries(runs)
      .map(([name, value]) => `${name} ${value}`)
      .join('; ')}`,
  );
});

/** Checks that hold after every step, whatever came before. */
function checkJourney(answers: Answers, journey: Journey): void {
  // Never errors or sticks: either there is a question to answer or a recommendation, never neither or both.
  expect(journey.invalidAnswer).toBeUndefined();
  expect(journey.next === undefined, 'a question or a recommendation').toBe(
    journey.recommendation !== undefined,
  );
  // No answer is silently kept: the journey holds exactly the path's answers; anything else given is listed as unused.
  expect(Object.keys(journey.answers).sort()).toEqual([...journey.path].sort());
  const given = Object.keys(answers).filter((id) => answers[id] !== undefined);
  const expectedUnused = flow.questions
    .map((question) => question.id)
    .filter((id) => given.includes(id) && !journey.path.includes(id) && id !== journey.next?.id);
  expect(journey.unused).toEqual(expectedUnused);
  if (journey.recommendation) {
    // The recommendation depends only on the path's answers, never on stale ones.
    expect(journey.recommendation).toEqual(recommend(flow, journey.answers));
    expect(
      listBrokenProperties(flow, properties, journey.answers, decidePlan(flow, journey.answers)),
      JSON.stringify(journey.answers),
    ).toEqual([]);
  }
}

function applyStep(answers: Answers, step: Step): Answers {
  const journey = replayJourney(flow, answers);
  switch (step.type) {
    case 'answer': {
      if (!journey.next) return answers;
      const next = journey.next;
      const updated = { ...answers, [next.id]: pickAnswer(next, step.pick) };
      const after = replayJourney(flow, updated);
      // Answering the question on screen always moves on: the journey never sticks.
      expect(after.path.slice(0, journey.path.length + 1)).toEqual([...journey.path, next.id]);
      return updated;
    }
    case 'back': {
      const last = journey.path.at(-1);
      if (last === undefined) return answers;
      const updated: Record<string, AnswerValue> = { ...answers };
      delete updated[last];
      expect(replayJourney(flow, updated).next?.id, 'back shows the last question again').toBe(last);
      return updated;
    }
    case 'change': {
      if (journey.path.length === 0) return answers;
      const questionId = journey.path[step.which % journey.path.length]!;
      return { ...answers, [questionId]: pickAnswer(questionsById.get(questionId)!, step.pick) };
    }
    case 'reload':
      return JSON.parse(JSON.stringify(answers)) as Answers;
    case 'start-again':
      return {};
  }
}

/** Changes and answers, as a person would from wherever they are, until the path's answers are the target's. */
function finishWith(start: Answers, target: Answers): Answers {
  let answers = start;
  for (let moves = 0; moves < 2 * flow.questions.length + 2; moves += 1) {
    const journey = replayJourney(flow, answers);
    const wrong = journey.path.find((id) => JSON.stringify(answers[id]) !== JSON.stringify(target[id]));
    if (wrong) answers = { ...answers, [wrong]: target[wrong]! };
    else if (journey.next) answers = { ...answers, [journey.next.id]: target[journey.next.id]! };
    else return answers;
  }
  throw new Error(
    `the journey did not finish within ${2 * flow.questions.length + 2} moves from ${JSON.stringify(start)}`,
  );
}

describe('random sequences of answer, back, change answer, reload and start again', () => {
  it('never error or stick, keep no answer for a question that no longer applies, and keep every safety property', () => {
    fc.assert(
      fc.property(arbitrarySteps, (steps) => {
        runs['every-step'] = (runs['every-step'] ?? 0) + 1;
        let answers: Answers = {};
        for (const step of steps) {
          answers = applyStep(answers, step);
          stepsApplied += 1;
          checkJourney(answers, replayJourney(flow, answers));
        }
      }),
      { numRuns: 400 },
    );
  });

  it('give the same recommendation for the same final answers, however the person got there', () => {
    fc.assert(
      fc.property(arbitrarySteps, arbitraryFullAnswers(flow), (steps, target) => {
        runs['same-answers-same-recommendation'] = (runs['same-answers-same-recommendation'] ?? 0) + 1;
        let answers: Answers = {};
        for (const step of steps) answers = applyStep(answers, step);
        stepsApplied += steps.length;
        const wandering = replayJourney(flow, finishWith(answers, target));
        const direct = replayJourney(flow, target);
        expect(wandering.path).toEqual(direct.path);
        expect(wandering.answers).toEqual(direct.answers);
        expect(wandering.recommendation).toEqual(direct.recommendation);
        // And after a reload, too.
        expect(
          replayJourney(flow, JSON.parse(JSON.stringify(wandering.answers)) as Answers).recommendation,
        ).toEqual(direct.recommendation);
      }),
      { numRuns: 200 },
    );
  });
});
