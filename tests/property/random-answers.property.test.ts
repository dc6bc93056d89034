import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { readFlowFile } from '../../src/cli/read-flow-file.ts';
import type { Answers } from '../../src/engine/answers.ts';
import { recommend } from '../../src/engine/recommend.ts';
import { replayJourney } from '../../src/engine/replay-journey.ts';
import { arbitraryFullAnswers } from './arbitraries.ts';
import { decidePlan } from '../../src/engine/decide-plan.ts';
import { listBrokenProperties } from '../../src/verification/check-safety-properties.ts';
import { properties } from '../support/flow.ts';

const flow = readFlowFile();
const runs: Record<string, number> = {};
const count = (name: string) => {
  runs[name] = (runs[name] ?? 0) + 1;
};

afterAll(() => {
  const total = Object.values(runs).reduce((sum, value) => sum + value, 0);
  console.log(
    `property tests (random answer sets): ${total} runs: ${Object.entries(runs)
      .map(([name, value]) => `${name} ${value}`)
      .join('; ')}`,
  );
});

const UNCERTAIN = flow.roles.uncertainValues;

/** The groups of routes an uncertain answer must never lose (police and CEOP count as one), that these routes hold. */
function referralGroupsOf(routes: string[]): string[] {
  return properties.uncertainNeverLowers.routes
    .filter((group) => group.some((route) => routes.includes(route)))
    .map((group) => group.join(' or '));
}

function routesOf(answers: Answers): string[] {
  const journey = replayJourney(flow, answers);
  if (!journey.recommendation) throw new Error(`journey did not finish for ${JSON.stringify(answers)}`);
  return journey.recommendation.actions.map((action) => action.route);
}

function warningsOf(answers: Answers): string[] {
  return replayJourney(flow, answers).recommendation!.warnings.map((warning) => warning.id);
}

describe('random answer sets through the real flow', () => {
  it('always reach a recommendation that keeps every safety property of the spec', () => {
    fc.assert(
      fc.property(arbitraryFullAnswers(flow), (answers) => {
        count('safety');
        const journey = replayJourney(flow, answers);
        expect(journey.invalidAnswer).toBeUndefined();
        expect(journey.next).toBeUndefined();
        expect(journey.recommendation).toBeDefined();
        expect(
          listBrokenProperties(flow, properties, journey.answers, decidePlan(flow, journey.answers)),
          JSON.stringify(journey.answers),
        ).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it('keep only the answers to questions on the path, and list the rest as unused', () => {
    fc.assert(
      fc.property(arbitraryFullAnswers(flow), (answers) => {
        count('only-path-answers');
        const journey = replayJourney(flow, answers);
        expect(Object.keys(journey.answers).sort()).toEqual([...journey.path].sort());
        expect(journey.unused).toEqual(
          flow.questions.map((question) => question.id).filter((id) => !journey.path.includes(id)),
        );
        // The recommendation is what the path answers give: answers off the path cannot change it.
        expect(journey.recommendation).toEqual(recommend(flow, journey.answers));
      }),
      { numRuns: 400 },
    );
  });

  it('never lower the response when "not known" or "not sure" replaces "yes", all else equal', () => {
    fc.assert(
      fc.property(arbitraryFullAnswers(flow), (answers) => {
        count('uncertain-not-lower-than-yes');
        const { path } = replayJourney(flow, answers);
        for (const questionId of path) {
          const question = flow.questions.find((candidate) => candidate.id === questionId)!;
          const values = question.options.map((option) => option.value);
          const uncertain = values.find((value) => UNCERTAIN.includes(value));
          if (!uncertain || !values.includes('yes')) continue;
          const withYes: Record<string, Answers[string]> = { ...answers, [questionId]: 'yes' };
          const withUncertain = { ...answers, [questionId]: uncertain };
          // All else equal: a question that only "yes" brings onto the path is
          // not known either (flow 3.0.0's "who is the adult?" follows a "yes"
          // to "works with children"; an unknown adult keeps the usual routing).
          const uncertainPath = replayJourney(flow, withUncertain).path;
          for (const followUp of replayJourney(flow, withYes).path) {
            if (uncertainPath.includes(followUp)) continue;
            const asked = flow.questions.find((candidate) => candidate.id === followUp)!;
            const unknown = asked.options.find((option) => UNCERTAIN.includes(option.value));
            if (unknown) withYes[followUp] = asked.kind === 'many' ? [unknown.value] : unknown.value;
          }
          const label = `${questionId}: ${uncertain} vs yes for ${JSON.stringify(answers)}`;
          expect(routesOf(withUncertain), label).toEqual(expect.arrayContaining(routesOf(withYes)));
          expect(warningsOf(withUncertain), label).toEqual(expect.arrayContaining(warningsOf(withYes)));
        }
      }),
      { numRuns: 250 },
    );
  });

  it('never lose a referral when "not known" or "not sure" replaces "no", all else equal', () => {
    fc.assert(
      fc.property(arbitraryFullAnswers(flow), (answers) => {
        count('uncertain-not-lower-than-no');
        const { path } = replayJourney(flow, answers);
        for (const questionId of path) {
          const question = flow.questions.find((candidate) => candidate.id === questionId)!;
          const values = question.options.map((option) => option.value);
          const uncertain = values.find((value) => UNCERTAIN.includes(value));
          if (!uncertain || !values.includes('no')) continue;
          // "No" can lead to follow-up questions that "not known" skips; the random answers to those count as they come.
          const withNo = { ...answers, [questionId]: 'no' };
          const referralsWithNo = referralGroupsOf(routesOf(withNo));
          const referralsWithUncertain = referralGroupsOf(routesOf({ ...answers, [questionId]: uncertain }));
          expect(
            referralsWithUncertain,
            `${questionId}: ${uncertain} vs no for ${JSON.stringify(answers)}`,
          ).toEqual(expect.arrayContaining(referralsWithNo));
        }
      }),
      { numRuns: 250 },
    );
  });

  it('say in the reason that a referral was made because something could not be ruled out', () => {
    fc.assert(
      fc.property(arbitraryFullAnswers(flow), (answers) => {
        count('uncertain-reason');
        const journey = replayJourney(flow, { ...answers, 'immediate-danger': 'not-sure' });
        const emergency = journey.recommendation!.actions[0]!;
        expect(emergency.route).toBe('emergency-999');
        expect(emergency.reasons.join(' ')).toContain('could not be ruled out');
      }),
      { numRuns: 50 },
    );
  });
});
