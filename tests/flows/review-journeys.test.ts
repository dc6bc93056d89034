import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { runTriage } from '../../src/cli/run-triage.ts';
import type { Answers } from '../../src/engine/answers.ts';
import { decidePlan } from '../../src/engine/decide-plan.ts';
import { replayJourney } from '../../src/engine/replay-journey.ts';
import { listBrokenProperties } from '../../src/verification/check-safety-properties.ts';
import { flow, properties } from '../support/flow.ts';

// Issue 16: the reviewers' journeys all run in the tests. These are the
// journeys of the two independent reviews of flow 3.0.0, written by the
// reviewers for this flow, run as the reviewers ran them (the command line,
// with --fill-unknown for a question a journey leaves out).
const REVIEWS = join(import.meta.dirname, '../../docs/reviews/2026-12-flow-3.0.0');
const journeys = ['journeys-dsl', 'journeys-frontline'].flatMap((folder) =>
  readdirSync(join(REVIEWS, folder))
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => ({ name: `${folder}/${name}`, text: readFileSync(join(REVIEWS, folder, name), 'utf8') })),
);

describe("the reviewers' journeys through flow 3.0.0", () => {
  test('are all there: 68 from the DSL review and 75 from the frontline review', () => {
    expect(journeys.filter((journey) => journey.name.startsWith('journeys-dsl/'))).toHaveLength(68);
    expect(journeys.filter((journey) => journey.name.startsWith('journeys-frontline/'))).toHaveLength(75);
  });

  test.each(journeys)('$name reaches a recommendation that keeps every safety property', ({ name, text }) => {
    const result = runTriage(flow, text, name, { fillUnknown: true });
    if (result.status !== 0) throw new Error(result.error);
    const given = (JSON.parse(text) as { answers: Answers }).answers;
    // The answers the plan was decided on: the journey's, with the assumed "I don't know"s.
    const answers = replayJourney(flow, { ...given, ...result.output.assuming }).answers;
    expect(listBrokenProperties(flow, properties, answers, decidePlan(flow, answers))).toEqual([]);
    expect(result.output.actions.length).toBeGreaterThan(0);
  });
});

describe('the UNSAFE findings of the reviews of 3.0.0 stay fixed', () => {
  const answersOf = (name: string) =>
    (JSON.parse(journeys.find((journey) => journey.name === name)!.text) as { answers: Answers }).answers;

  // dsl-01 / frontline-01 and the re-review's R1: the head teacher is also the DSL.
  test('a concern about the head (who may be the DSL) goes to neither the DSL nor the head', () => {
    const plan = decidePlan(flow, answersOf('journeys-dsl/J04.json'));
    expect(plan.actions[0]!.route).toBe('tell-chair-of-governors');
    expect(plan.actions.map((action) => action.route)).not.toContain('tell-safeguarding-lead');
    expect(plan.actions.map((action) => action.route)).not.toContain('tell-head-teacher');
  });

  test('a user who chose "the DSL or a deputy" is told, first, not to tell the head if the concern is in fact about them', () => {
    const result = runTriage(flow, JSON.stringify({ answers: answersOf('journeys-dsl/J05.json') }), 'J05');
    if (result.status !== 0) throw new Error(result.error);
    const [first] = result.output.actions;
    expect(first!.route).toBe('tell-head-teacher');
    expect(first!.steps[0]).toMatch(
      /If the concern is in fact about your head teacher \(also if they are your DSL\), do not tell them/,
    );
  });
});
