import { describe, expect, test } from 'vitest';
import type { Answers } from '../../../src/engine/answers.ts';
import { decidePlan } from '../../../src/engine/decide-plan.ts';
import { describeMissingReferrals, describePlanChanges } from '../../../src/engine/describe-plan-changes.ts';
import { explainMissingReferrals, findChanges } from '../../../src/engine/find-changes.ts';
import type { MissingReferral } from '../../../src/engine/find-changes.ts';
import type { Flow } from '../../../src/engine/flow-schema.ts';
import { changeToyFlow, toyFlow } from '../../support/toy-flow.ts';
import { replayJourney } from '../../../src/engine/replay-journey.ts';

// Worked out by hand from tests/fixtures/README.md, as in find-changes.test.ts.
function describeFor(answers: Answers, flow: Flow = toyFlow) {
  const { path } = replayJourney(flow, answers);
  const changes = findChanges(flow, answers, path);
  return {
    groups: describePlanChanges(flow, answers, changes).map(({ question, kind, lead, lines }) => ({
      question,
      kind,
      lead,
      lines: lines.map((line) => line.text),
    })),
    missing: describeMissingReferrals(
      flow,
      answers,
      explainMissingReferrals(flow, decidePlan(flow, answers), changes),
    ),
    changes,
  };
}

describe('describePlanChanges on the toy flow', () => {
  test('one group per question in path order, the role last; values with the same effect share a line', () => {
    const { groups } = describeFor({ role: 'dsl', area: 'south', worries: ['messages'], adult: 'no' });
    expect(groups).toEqual([
      {
        question: 'area',
        kind: 'answer',
        lead: 'You answered "South Toytown" to "Area".',
        lines: ['If it is "North Toytown" instead, the plan would no longer include "Keep notes".'],
      },
      {
        question: 'worries',
        kind: 'answer',
        lead: 'You chose "Unkind messages" for "Worries".',
        lines: ['If "Someone is hurt now" is also a concern, the plan would add "Get help now".'],
      },
      {
        question: 'adult',
        kind: 'answer',
        lead: 'You answered "No" to "Adult involved".',
        lines: [
          'If it is "Yes" or "I\'m not sure" instead, the plan would add "Report it to the toy service".',
        ],
      },
      {
        question: 'role',
        kind: 'role',
        lead: 'You answered "Designated safeguarding lead (DSL)" to "Your role".',
        lines: [
          'If it is "Another member of staff" instead, the plan would add "Tell your designated safeguarding lead".',
        ],
      },
    ]);
  });

  test('leads with the answers the user was not sure of, worded as finding out', () => {
    const { groups } = describeFor({
      role: 'staff',
      area: 'north',
      worries: ['messages'],
      adult: 'not-sure',
    });
    expect(groups[0]).toEqual({
      question: 'adult',
      kind: 'not-known',
      lead: 'You answered "I\'m not sure" to "Adult involved".',
      // "Yes" raises the report to now but keeps the same routes, so it is not a change of the plan's routes.
      lines: ['If you find out it is "No", the plan would no longer include "Report it to the toy service".'],
    });
    expect(groups.map((group) => group.kind)).toEqual(['not-known', 'answer', 'answer', 'role']);
  });

  test('says which answers it assumes for a question the change brings onto the path', () => {
    const { groups } = describeFor({ role: 'staff', area: 'north', worries: ['hurt'] });
    expect(groups.find((group) => group.question === 'worries')!.lines).toEqual([
      'If "Unkind messages" or "Pictures shared" is also a concern, the plan would add "Report it to the toy service". This assumes the answer "I\'m not sure" to "Adult involved" (a question that would then be asked).',
    ]);
  });

  test('a value removed from a many-choice answer is "not a concern after all"; adds and removes together', () => {
    const { groups } = describeFor({
      role: 'dsl',
      area: 'north',
      worries: ['hurt', 'pictures'],
      adult: 'yes',
    });
    expect(groups.find((group) => group.question === 'worries')!.lines).toEqual([
      'If "Someone is hurt now" is not a concern after all, the plan would no longer include "Get help now".',
      'If "Pictures shared" is not a concern after all, the plan would no longer include "Report it to the toy service".',
    ]);
    const both = describeFor({ role: 'dsl', area: 'south', worries: ['hurt', 'messages'], adult: 'yes' });
    expect(both.groups.find((group) => group.question === 'worries')!.lines).toContain(
      'If "Unkind messages" is not a concern after all, the plan would no longer include "Report it to the toy service" and "Keep notes".',
    );
  });

  test('each line keeps the changes it stands for, so that nothing is lost by merging', () => {
    const answers = { role: 'dsl', area: 'south', worries: ['messages'], adult: 'no' };
    const { changes } = describeFor(answers);
    const { path } = replayJourney(toyFlow, answers);
    const lines = describePlanChanges(toyFlow, answers, findChanges(toyFlow, answers, path)).flatMap(
      (group) => group.lines,
    );
    expect(lines.flatMap((line) => line.changes)).toHaveLength(changes.length);
    expect(new Set(lines.flatMap((line) => line.changes))).toEqual(new Set(changes));
  });

  test('no changes, no groups', () => {
    expect(describePlanChanges(toyFlow, { role: 'dsl' }, [])).toEqual([]);
  });
});

describe('describeMissingReferrals on the toy flow', () => {
  test('names the answer that kept the referral out and the answers that would bring it in', () => {
    const { missing } = describeFor({ role: 'dsl', area: 'south', worries: ['messages'], adult: 'no' });
    expect(missing).toEqual([
      {
        route: 'report',
        title: 'Report it to the toy service',
        alternatives: ['"Adult involved" were "Yes" or "I\'m not sure" (you answered "No")'],
        text: 'It would be recommended if "Adult involved" were "Yes" or "I\'m not sure" (you answered "No").',
      },
    ]);
  });

  test('a concern that would bring it in, with the answer it assumes', () => {
    const { missing } = describeFor({ role: 'staff', area: 'north', worries: ['hurt'] });
    expect(missing[0]!.text).toBe(
      'It would be recommended if "Unkind messages" or "Pictures shared" were also a concern, assuming "I\'m not sure" to "Adult involved".',
    );
  });

  test('puts first the changes that take fewer answers for granted, then keeps path order', () => {
    // Changes as findChanges gives them, in path order; the second assumes nothing.
    const missing: MissingReferral[] = [
      {
        route: 'report',
        broughtInBy: [
          {
            question: 'worries',
            value: 'messages',
            choice: 'added',
            assuming: { adult: 'not-sure' },
            adds: ['report'],
            removes: [],
          },
          { question: 'adult', value: 'yes', assuming: {}, adds: ['report'], removes: [] },
        ],
      },
    ];
    expect(
      describeMissingReferrals(toyFlow, { worries: ['hurt'], adult: 'no' }, missing)[0]!.alternatives,
    ).toEqual([
      '"Adult involved" were "Yes" (you answered "No")',
      '"Unkind messages" were also a concern, assuming "I\'m not sure" to "Adult involved"',
    ]);
  });

  test('says plainly when no single change would bring it in', () => {
    // keep-notes needs both "Unkind messages" and South Toytown: two changes from here.
    const flow = changeToyFlow((raw) => {
      raw.roles.referralRoutes = ['report', 'keep-notes'];
    });
    const { missing } = describeFor({ role: 'dsl', area: 'north', worries: ['hurt'] }, flow);
    expect(missing.find((line) => line.route === 'keep-notes')).toEqual({
      route: 'keep-notes',
      title: 'Keep notes',
      alternatives: [],
      text: 'No single change to your answers would bring it in.',
    });
  });
});
