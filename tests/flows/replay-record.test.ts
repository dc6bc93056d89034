import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { AnswerValue, Answers } from '../../src/engine/answers.ts';
import { isAllowedAnswer, normaliseAnswer } from '../../src/engine/check-answer.ts';
import type { ActionChange } from '../../src/engine/compare-actions.ts';
import { compareActions } from '../../src/engine/compare-actions.ts';
import { decidePlan } from '../../src/engine/decide-plan.ts';
import type { Flow } from '../../src/engine/flow-schema.ts';
import { findAssumedAnswer } from '../../src/engine/index-flow.ts';
import { parseFlow } from '../../src/engine/parse-flow.ts';
import { recommend } from '../../src/engine/recommend.ts';
import { encodeRecordCode } from '../../src/engine/record-code.ts';
import { replayJourney } from '../../src/engine/replay-journey.ts';
import type { KeptFlow } from '../../src/summary/replay-record.ts';
import { replayRecord } from '../../src/summary/replay-record.ts';
import { diffFlows } from '../../src/verification/diff-flows.ts';
import { arbitraryFullAnswers } from '../property/arbitraries.ts';
import { flow, readScenarioFiles } from '../support/flow.ts';

/**
 * A replay must never hide a change in advice (hazard log: "a replay that
 * hides a change in advice"). Codes made under 1.1.0, for the scenarios and
 * for random journeys, are replayed under the current flow: "then" must be
 * exactly what 1.1.0 recommended for those answers, and the differences must
 * be exactly the change `flow:diff` finds between the two versions' plans for
 * those answers (the questions 1.1.0 never asked taking their answer to
 * assume), and one of the groups of changes it reports.
 */
const HISTORY = join(import.meta.dirname, '../../flows/history');
const kept: KeptFlow[] = readdirSync(HISTORY)
  .filter((name) => name.endsWith('.json'))
  .map((name) => {
    const parsed = parseFlow(JSON.parse(readFileSync(join(HISTORY, name), 'utf8')), name, {
      searchJourneys: false,
    });
    return { shortId: parsed.shortId, version: parsed.version, load: () => parsed };
  });
const previous = kept.find((entry) => entry.version === '1.1.0')!.load();

/** The complete answers of a flow's journey for these answers, taking the answer to assume for each question they leave open. */
function completeJourney(target: Flow, given: Answers): Answers {
  const answers: Record<string, AnswerValue> = { ...given };
  let journey = replayJourney(target, answers);
  while (journey.next) {
    const assumed = findAssumedAnswer(target, journey.next);
    if (assumed === undefined) throw new Error(`no answer to assume for ${journey.next.id}`);
    answers[journey.next.id] = assumed;
    journey = replayJourney(target, answers);
  }
  return journey.answers;
}

/** The answers a scenario of the current flow gives that 1.1.0 also allows, completed as a 1.1.0 journey. */
function asPreviousJourney(answers: Answers): Answers | undefined {
  const fitting: Record<string, AnswerValue> = {};
  for (const question of previous.questions) {
    const value = answers[question.id];
    if (value === undefined) continue;
    const kept =
      typeof value === 'string' ? value : value.filter((item) => isAllowedAnswer(question, [item]));
    if (isAllowedAnswer(question, kept)) fitting[question.id] = normaliseAnswer(question, kept);
  }
  if (!fitting.concerns) return undefined;
  return completeJourney(previous, fitting);
}

/** A flow:diff change in the replay's terms: route ids, urgencies, order. */
function asDifferences(change: ActionChange | undefined) {
  if (!change) return { adds: [], removes: [], urgency: {} };
  return {
    adds: change.adds.map((planned) => planned.route),
    removes: change.removes.map((planned) => planned.route),
    urgency: change.urgency,
    ...(change.reordered ? { reordered: true } : {}),
  };
}

const journeys: Answers[] = readScenarioFiles().flatMap(({ scenario }) => {
  const answers = asPreviousJourney(scenario.answers);
  return answers ? [answers] : [];
});
fc.assert(
  fc.property(arbitraryFullAnswers(previous), (answers) => {
    journeys.push(replayJourney(previous, answers).answers);
  }),
  { numRuns: 300, seed: 1124 },
);

describe('replaying codes made under 1.1.0 with the current flow', () => {
  test('gives the 1.1.0 recommendation as "then", for scenarios and random journeys', () => {
    expect(journeys.length).toBeGreaterThan(300);
    for (const answers of journeys) {
      const replayed = replayRecord(encodeRecordCode(previous, answers), flow, kept);
      expect(replayed.recordedWith).toEqual({ id: 'online-abuse', version: '1.1.0' });
      expect(replayed.then.recommendation).toEqual(recommend(previous, answers));
      expect(replayed.then.plan).toEqual(decidePlan(previous, answers));
    }
  });

  test('flags exactly the differences flow:diff finds for those answers, each one of the groups it reports', () => {
    const report = diffFlows(previous, flow);
    const reportedGroups = report.groups.map((group) => JSON.stringify(asDifferences(group)));
    let changed = 0;
    for (const answers of journeys) {
      const replayed = replayRecord(encodeRecordCode(previous, answers), flow, kept);
      const now = completeJourney(flow, answers);
      expect(replayed.now.answers).toEqual(now);
      expect(replayed.assuming).toEqual(
        Object.fromEntries(Object.entries(now).filter(([questionId]) => answers[questionId] === undefined)),
      );
      const change = compareActions(decidePlan(previous, answers), decidePlan(flow, now));
      const { warnings, ...actions } = replayed.differences;
      expect(actions).toEqual(asDifferences(change));
      expect(warnings).toEqual({
        adds: decidePlan(flow, now).warnings.filter(
          (id) => !decidePlan(previous, answers).warnings.includes(id),
        ),
        removes: decidePlan(previous, answers).warnings.filter(
          (id) => !decidePlan(flow, now).warnings.includes(id),
        ),
      });
      if (change) {
        changed += 1;
        expect(reportedGroups, JSON.stringify(answers)).toContain(JSON.stringify(asDifferences(change)));
      }
    }
    // Most 1.1.0 journeys changed their actions in 2.0.0 (flow:diff: 100.0%).
    expect(changed).toBeGreaterThan(journeys.length / 2);
  });

  test('replays a code of the current version with nothing assumed and no difference', () => {
    for (const { scenario } of readScenarioFiles()) {
      const answers = replayJourney(flow, scenario.answers).answers;
      const replayed = replayRecord(encodeRecordCode(flow, answers), flow, kept);
      expect(replayed.recordedWith.version).toBe(flow.version);
      expect(replayed.assuming).toEqual({});
      expect(replayed.differences).toEqual({
        adds: [],
        removes: [],
        urgency: {},
        warnings: { adds: [], removes: [] },
      });
    }
  });
});
