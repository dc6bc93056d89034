import { describe, expect, test } from 'vitest';
import type { Answers } from '../../../src/engine/answers.ts';
import type { PlannedAction } from '../../../src/engine/decide-plan.ts';
import { additionCondition, decidePlan, listRoutes } from '../../../src/engine/decide-plan.ts';
import type { Rule } from '../../../src/engine/flow-schema.ts';
import { changeToyFlow, toyFlow } from '../../support/toy-flow.ts';

/**
 * The plan for the toy flow, worked out by hand from tests/fixtures/README.md.
 * Routes in flow order: call-help (now, anyone), tell-lead (today, anyone),
 * report (today, safeguarding lead), keep-notes (later, anyone).
 */

const answersOf = (role: string, area: string, worries: string[], adult?: string): Answers =>
  adult === undefined ? { role, area, worries } : { role, area, worries, adult };

const action = (route: string, urgency: string, by: PlannedAction['by'], rules: string[]) => ({
  route,
  urgency,
  by,
  rules,
});

describe('decidePlan: the actions', () => {
  test.each<[string, Answers, PlannedAction[]]>([
    ['a DSL, someone hurt', answersOf('dsl', 'north', ['hurt']), [action('call-help', 'now', 'you', ['R1'])]],
    [
      'staff, someone hurt',
      answersOf('staff', 'north', ['hurt']),
      [action('call-help', 'now', 'you', ['R1']), action('tell-lead', 'today', 'you', ['R2'])],
    ],
    ['a DSL, messages, no adult', answersOf('dsl', 'north', ['messages'], 'no'), []],
    [
      'staff in the south, hurt and messages, not sure about an adult',
      answersOf('staff', 'south', ['hurt', 'messages'], 'not-sure'),
      [
        action('call-help', 'now', 'you', ['R1']),
        action('tell-lead', 'today', 'you', ['R2']),
        action('report', 'today', 'safeguarding-lead', ['R4']),
        action('keep-notes', 'later', 'you', ['R5']),
      ],
    ],
    [
      'staff in the north, messages and pictures from an adult',
      answersOf('staff', 'north', ['messages', 'pictures'], 'yes'),
      [
        action('report', 'now', 'safeguarding-lead', ['R3', 'R4']),
        action('tell-lead', 'today', 'you', ['R2']),
      ],
    ],
    [
      'a DSL in the south, pictures from an adult',
      answersOf('dsl', 'south', ['pictures'], 'yes'),
      [action('report', 'now', 'you', ['R3', 'R4'])],
    ],
  ])('gives the actions worked out by hand for %s', (_, answers, expected) => {
    expect(decidePlan(toyFlow, answers).actions).toEqual(expected);
  });

  test("gives each route once, with every rule that added it in the flow's rule order", () => {
    const plan = decidePlan(toyFlow, answersOf('staff', 'south', ['hurt', 'messages', 'pictures'], 'yes'));
    expect(listRoutes(plan)).toEqual(['call-help', 'report', 'tell-lead', 'keep-notes']);
    expect(plan.actions.find((planned) => planned.route === 'report')!.rules).toEqual(['R3', 'R4']);
  });

  // R3 raises `report` to now; R4, after it, adds `report` at its own urgency, today.
  const adultInvolved = answersOf('dsl', 'north', ['pictures'], 'yes');

  test('keeps a raised urgency when a later rule adds the route at its own, lower urgency', () => {
    expect(decidePlan(toyFlow, adultInvolved).actions).toEqual([
      action('report', 'now', 'you', ['R3', 'R4']),
    ]);
  });

  test('gives a route the highest urgency any rule adding it gave, whichever order the rules come in', () => {
    const reversed = changeToyFlow((raw) => void raw.rules.reverse());
    expect(decidePlan(reversed, adultInvolved).actions).toEqual([
      action('report', 'now', 'you', ['R4', 'R3']),
    ]);
  });

  test('raises a route only when the rule that raises it fires', () => {
    const plan = decidePlan(toyFlow, answersOf('dsl', 'north', ['pictures'], 'not-sure'));
    expect(plan.actions).toEqual([action('report', 'today', 'you', ['R4'])]);
  });

  test('adds a route with its own condition only when that condition holds as well', () => {
    const messages = (area: string) =>
      listRoutes(decidePlan(toyFlow, answersOf('dsl', area, ['messages'], 'no')));
    expect(messages('south')).toEqual(['keep-notes']);
    expect(messages('north')).toEqual([]);
  });

  test('orders the actions by urgency, then by the order of the routes in the flow', () => {
    const raisedFirst = decidePlan(toyFlow, answersOf('staff', 'south', ['hurt', 'messages'], 'yes'));
    expect(raisedFirst.actions.map(({ route, urgency }) => `${urgency} ${route}`)).toEqual([
      'now call-help',
      'now report',
      'today tell-lead',
      'later keep-notes',
    ]);
  });

  test('says "you" for a route anyone does, and for the DSL\'s routes only when the user is the DSL', () => {
    const byOf = (role: string) =>
      Object.fromEntries(
        decidePlan(toyFlow, answersOf(role, 'south', ['hurt', 'messages'], 'yes')).actions.map((planned) => [
          planned.route,
          planned.by,
        ]),
      );
    expect(byOf('dsl')).toEqual({ 'call-help': 'you', report: 'you', 'keep-notes': 'you' });
    expect(byOf('staff')).toEqual({
      'call-help': 'you',
      report: 'safeguarding-lead',
      'tell-lead': 'you',
      'keep-notes': 'you',
    });
  });
});

describe('decidePlan: warnings and law notes', () => {
  test('gives each warning whose condition holds', () => {
    expect(decidePlan(toyFlow, answersOf('dsl', 'north', ['pictures'], 'no')).warnings).toEqual([
      'do-not-copy',
    ]);
    expect(decidePlan(toyFlow, answersOf('dsl', 'north', ['messages'], 'no')).warnings).toEqual([]);
  });

  test('gives a law note without a condition always, and one with a condition when it holds, in flow order', () => {
    expect(decidePlan(toyFlow, answersOf('dsl', 'north', ['pictures'], 'no')).lawNotes).toEqual([
      'rules-changed',
      'toy-only',
    ]);
    expect(decidePlan(toyFlow, answersOf('dsl', 'north', ['hurt'])).lawNotes).toEqual(['toy-only']);
  });
});

describe('additionCondition', () => {
  const rule: Rule = {
    id: 'R9',
    when: { question: 'role', is: ['dsl'] },
    add: [{ route: 'report' }],
    reason: 'A reason.',
    sources: ['toy-guide'],
  };

  test("is the rule's condition for an addition without its own", () => {
    expect(additionCondition(rule, { route: 'report' })).toEqual(rule.when);
  });

  test("needs both the rule's condition and the addition's own", () => {
    const own = { question: 'area', is: ['north'] };
    expect(additionCondition(rule, { route: 'report', when: own })).toEqual({ all: [rule.when, own] });
  });
});
