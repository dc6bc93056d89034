import { describe, expect, test } from 'vitest';
import { decidePlan } from '../../../src/engine/decide-plan.ts';
import type { Flow } from '../../../src/engine/flow-schema.ts';
import { listBrokenProperties } from '../../../src/verification/check-safety-properties.ts';
import { buildJourneyGraph, forEachPathClass } from '../../../src/verification/journey-graph.ts';
import type { SafetyProperties } from '../../../src/verification/safety-property-schema.ts';
import { verifyEveryPath } from '../../../src/verification/verify-every-path.ts';
import { changeToyFlow, toyFlow } from '../../support/toy-flow.ts';

/** Properties of the toy flow: one that holds, and one that a reporting plan breaks on some paths only. */
function toyProperties(extra: SafetyProperties['properties'] = []): SafetyProperties {
  return {
    flow: toyFlow.id,
    properties: [
      {
        id: 'hurt-calls-help',
        statement: 'A child hurt gets help called first.',
        when: { question: 'worries', includes: ['hurt'] },
        require: { routes: ['call-help'], first: 'call-help' },
      },
      ...extra,
    ],
    uncertainNeverLowers: { statement: 'Not sure never lowers the response.', routes: [['report']] },
    pathBudget: {
      statement: 'Short journeys.',
      oneSelectionOf: 'worries',
      longestWithOne: 4,
      longest: 4,
      medianSequencesWithOne: 4,
    },
  };
}

/** The plain check, with nothing remembered between paths: every class's plan decided and checked afresh. */
function checkPlainly(flow: Flow, properties: SafetyProperties): string[] {
  const broken: string[] = [];
  forEachPathClass(buildJourneyGraph(flow), ({ answers }) => {
    broken.push(...listBrokenProperties(flow, properties, answers, decidePlan(flow, answers)));
  });
  return broken;
}

/** The failures verifyEveryPath records (the first 50) from the safety checks, in path order. */
const failedProperties = (flow: Flow, properties: SafetyProperties) =>
  verifyEveryPath(flow, properties)
    .failures.map((failure) => failure.property)
    .filter((property) => !property.startsWith('uncertain answers never lower'));

describe('verifyEveryPath on the toy flow', () => {
  test('reports what the plain check of every path reports: here only the toy plans without actions', () => {
    const properties = toyProperties();
    const plain = checkPlainly(toyFlow, properties);
    expect(new Set(plain)).toEqual(new Set(['every plan has at least one action']));
    expect(failedProperties(toyFlow, properties)).toEqual(plain.slice(0, 50));
  });

  test('a property broken on some paths fails on exactly the paths the plain check finds, though plans repeat', () => {
    const properties = toyProperties([
      {
        id: 'staff-never-report',
        statement: 'Deliberately false: staff never report.',
        when: { question: 'role', is: ['staff'] },
        require: { noRoutes: ['report'] },
      },
    ]);
    const plain = checkPlainly(toyFlow, properties);
    expect(plain.length).toBeGreaterThan(0);
    expect(failedProperties(toyFlow, properties)).toEqual(plain.slice(0, 50));
  });

  test('a broken flow (the emergency route no longer first) fails the invariants and the property', () => {
    const broken = changeToyFlow((raw) => {
      const help = raw.routes.find((route) => route.id === 'call-help')!;
      help.urgency = 'later';
    });
    const properties = toyProperties();
    const plain = checkPlainly(broken, properties);
    expect(plain.some((name) => name.startsWith('hurt-calls-help'))).toBe(true);
    expect(failedProperties(broken, properties)).toEqual(plain.slice(0, 50));
  });

  test('counts paths, classes and reached questions from the graph', () => {
    const result = verifyEveryPath(toyFlow, toyProperties());
    let paths = 0;
    let classes = 0;
    const reached = new Set<string>();
    forEachPathClass(buildJourneyGraph(toyFlow), ({ path, count }) => {
      paths += count;
      classes += 1;
      for (const id of path) reached.add(id);
    });
    expect(result.paths).toBe(paths);
    expect(result.classes).toBe(classes);
    expect([...result.reached].sort()).toEqual([...reached].sort());
  });
});
