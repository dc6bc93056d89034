import { describe, expect, test } from 'vitest';
import type { Answers } from '../../../src/engine/answers.ts';
import { decidePlan } from '../../../src/engine/decide-plan.ts';
import type { FlowInput } from '../../../src/engine/flow-schema.ts';
import { FlowError, parseFlow } from '../../../src/engine/parse-flow.ts';
import { recommend } from '../../../src/engine/recommend.ts';
import {
  findPropertyProblems,
  listBrokenProperties,
} from '../../../src/verification/check-safety-properties.ts';
import { SafetyPropertiesSchema } from '../../../src/verification/safety-property-schema.ts';
import { TOY_FLOW_FILE, changeToyFlow, copyToyFlow, toyFlow } from '../../support/toy-flow.ts';

/**
 * roles.leadWhen on the toy flow (tests/fixtures/README.md): when a concern is
 * about the safeguarding lead, their actions are led by someone else. Here
 * "adult: yes" stands for that: the head leads every action of the lead; with
 * pictures, the chair leads `report` instead (the first entry that names the
 * route wins, so the chair's entry comes first).
 */
const withLeads = (raw: FlowInput) => {
  raw.roles.leadWhen = [
    {
      when: { question: 'worries', includes: 'pictures' },
      lead: 'chair',
      routes: ['report'],
      who: 'The chair does this, or you if the chair cannot.',
      short: 'By the chair or you',
    },
    {
      when: { question: 'adult', is: 'yes' },
      lead: 'head',
      who: 'The head does this, not your DSL.',
      short: 'By the head',
    },
  ];
};
const ledFlow = changeToyFlow(withLeads);

const answersOf = (role: string, worries: string[], adult: string): Answers => ({
  role,
  area: 'north',
  worries,
  adult,
});
const doers = (answers: Answers, flow = ledFlow) =>
  Object.fromEntries(
    decidePlan(flow, answers).actions.map((action) => [action.route, [action.by, action.lead]]),
  );

describe('decidePlan with roles.leadWhen', () => {
  test("gives the lead's id to the safeguarding lead's actions, and leaves anyone's actions to you", () => {
    expect(doers(answersOf('staff', ['messages'], 'yes'))).toEqual({
      report: ['safeguarding-lead', 'head'],
      'tell-lead': ['you', undefined],
    });
  });

  test('takes the action from the DSL when the DSL is the user too: the DSL may be reporting a deputy', () => {
    expect(doers(answersOf('dsl', ['messages'], 'yes')).report).toEqual(['safeguarding-lead', 'head']);
  });

  test('changes nothing when no condition holds, nor for a flow without leadWhen', () => {
    expect(doers(answersOf('staff', ['messages'], 'not-sure')).report).toEqual([
      'safeguarding-lead',
      undefined,
    ]);
    expect(doers(answersOf('dsl', ['messages'], 'not-sure')).report).toEqual(['you', undefined]);
    expect(doers(answersOf('staff', ['messages'], 'yes'), toyFlow).report).toEqual([
      'safeguarding-lead',
      undefined,
    ]);
  });

  test('uses the first entry whose condition holds and which names the route', () => {
    expect(doers(answersOf('staff', ['pictures'], 'yes')).report).toEqual(['safeguarding-lead', 'chair']);
    expect(doers(answersOf('dsl', ['pictures'], 'not-sure')).report).toEqual(['safeguarding-lead', 'chair']);
  });
});

describe('recommend with roles.leadWhen', () => {
  const actionOf = (answers: Answers, route: string) =>
    recommend(ledFlow, answers).actions.find((action) => action.route === route)!;

  test("says who leads in the lead's words, in full and in the plan at a glance, and names the lead", () => {
    expect(actionOf(answersOf('staff', ['messages'], 'yes'), 'report')).toMatchObject({
      by: 'safeguarding-lead',
      lead: 'head',
      who: 'The head does this, not your DSL.',
      whoShort: 'By the head',
    });
  });

  test("gives no lead, and roles.actionBy's words, where no entry applies", () => {
    const action = actionOf(answersOf('staff', ['messages'], 'not-sure'), 'report');
    expect(action).toMatchObject({ who: 'Your DSL does this.', whoShort: 'By your DSL' });
    expect(action).not.toHaveProperty('lead');
    expect(actionOf(answersOf('staff', ['messages'], 'yes'), 'tell-lead').whoShort).toBe('By you');
  });

  test("takes the plan at a glance's words from roles.actionBy when the flow gives them", () => {
    const reworded = changeToyFlow((raw) => {
      raw.roles.actionBy.youShort = 'You';
      raw.roles.actionBy.safeguardingLeadShort = 'Your lead';
    });
    const shorts = recommend(reworded, answersOf('staff', ['messages'], 'yes')).actions.map(
      (action) => `${action.route}: ${action.whoShort}`,
    );
    expect(shorts).toEqual(['report: Your lead', 'tell-lead: You']);
  });
});

describe('parseFlow refuses a roles.leadWhen it cannot use', () => {
  const problemsAfter = (change: (raw: FlowInput) => void): string[] => {
    const raw = copyToyFlow();
    withLeads(raw);
    change(raw);
    try {
      parseFlow(raw, TOY_FLOW_FILE);
    } catch (error) {
      if (error instanceof FlowError) return error.problems;
      throw error;
    }
    throw new Error('the flow with the mistake was accepted');
  };

  test.each<[string, (raw: FlowInput) => void, string]>([
    [
      'an unknown question',
      (raw) => void (raw.roles.leadWhen![1]!.when = { question: 'grown-up', is: 'yes' }),
      "roles.leadWhen[1] (head).when: unknown question 'grown-up'",
    ],
    [
      'an unknown route',
      (raw) => void (raw.roles.leadWhen![0]!.routes = ['report', 'tell-chair']),
      "roles.leadWhen[0] (chair).routes[1]: unknown route 'tell-chair'",
    ],
    [
      "a route that is not the lead's",
      (raw) => void (raw.roles.leadWhen![0]!.routes = ['keep-notes']),
      "roles.leadWhen[0] (chair).routes[0]: 'keep-notes' is done by anyone, so no lead can take it over",
    ],
    [
      "a lead called 'you'",
      (raw) => void (raw.roles.leadWhen![1]!.lead = 'you'),
      "roles.leadWhen[1] (you).lead: 'you' is taken; name who leads instead",
    ],
    [
      'a condition that never holds',
      (raw) =>
        void (raw.roles.leadWhen![1]!.when = {
          all: [
            { question: 'adult', is: 'yes' },
            { not: { question: 'worries', includes: ['messages', 'pictures'] } },
          ],
        }),
      'roles.leadWhen[1] (head).when: can never apply',
    ],
  ])('%s', (_what, change, expected) => {
    expect(problemsAfter(change)).toContain(expected);
  });
});

describe('safety properties about who leads', () => {
  const propertiesOf = (require: object) =>
    SafetyPropertiesSchema.parse({
      flow: 'toy',
      properties: [
        {
          id: 'not-the-dsl',
          statement: 'Nothing is done by the DSL.',
          when: { question: 'adult', is: 'yes' },
          require,
        },
      ],
      uncertainNeverLowers: { statement: 'x', routes: [['report']] },
      pathBudget: {
        statement: 'x',
        oneSelectionOf: 'worries',
        longestWithOne: 4,
        longest: 4,
        medianSequencesWithOne: 4,
      },
    });

  test('byNone and by compare the lead, when an action has one, instead of `by`', () => {
    const byNone = propertiesOf({ byNone: ['safeguarding-lead'] });
    const answers = answersOf('staff', ['messages'], 'yes');
    expect(listBrokenProperties(ledFlow, byNone, answers, decidePlan(ledFlow, answers))).toEqual([]);
    expect(listBrokenProperties(toyFlow, byNone, answers, decidePlan(toyFlow, answers))).toEqual([
      'not-the-dsl: Nothing is done by the DSL.',
    ]);
    const byHead = propertiesOf({ by: { report: 'head' } });
    expect(listBrokenProperties(ledFlow, byHead, answers, decidePlan(ledFlow, answers))).toEqual([]);
  });

  test('a doer that is neither you, the DSL nor a declared lead is refused', () => {
    expect(findPropertyProblems(ledFlow, propertiesOf({ byNone: ['governor'] }))).toEqual([
      "properties[0] (not-the-dsl).require: unknown doer 'governor' (known: you, safeguarding-lead, chair, head)",
    ]);
    expect(findPropertyProblems(ledFlow, propertiesOf({ by: { report: 'chair' } }))).toEqual([]);
  });
});
