import { describe, expect, test } from 'vitest';
import type { Answers } from '../../src/engine/answers.ts';
import { compileFlow } from '../../src/engine/compile-flow.ts';
import { decidePlan } from '../../src/engine/decide-plan.ts';
import { listKnownPlaces } from '../../src/engine/find-main-contact.ts';
import { recommend } from '../../src/engine/recommend.ts';
import { buildJourneyGraph, forEachPathClass } from '../../src/verification/journey-graph.ts';
import { flow } from '../support/flow.ts';

/** One answer set for every distinct set of routes the flow can recommend, found by walking every class of paths. */
function listRouteSets(): Map<string, Answers> {
  const routeSets = new Map<string, Answers>();
  forEachPathClass(buildJourneyGraph(flow, compileFlow(flow)), ({ answers }) => {
    const key = decidePlan(flow, answers)
      .actions.map((action) => action.route)
      .join(' ');
    if (!routeSets.has(key)) routeSets.set(key, { ...answers });
  });
  return routeSets;
}

const routeSets = listRouteSets();
const areas = flow.questions.find((question) => question.id === flow.roles.areaQuestion)!.options;
const routesWithMainContact = new Set(
  flow.routes.filter((route) => route.contacts?.some((contact) => contact.main)).map((route) => route.id),
);

describe('the main contact of every action, in every area, for every route set the flow can produce', () => {
  test('is for the area the user selected, or national, and never depends on a place the user was not asked', () => {
    const problems: string[] = [];
    let checked = 0;
    for (const [routeSet, answers] of routeSets) {
      for (const { value: area } of areas) {
        const areaAnswers = { ...answers, [flow.roles.areaQuestion]: area };
        const known = listKnownPlaces(flow, areaAnswers);
        for (const action of recommend(flow, areaAnswers).actions) {
          const where = `${action.route} in ${area} (${routeSet})`;
          if (routesWithMainContact.has(action.route) !== (action.mainContact !== undefined))
            problems.push(`${where}: main contact ${action.mainContact ? 'shown' : 'missing'}`);
          if (!action.mainContact) continue;
          checked += 1;
          const { main, beside } = action.mainContact;
          if (!/^(tel:|https:\/\/)/.test(main.href ?? ''))
            problems.push(`${where}: ${main.id} is not a link`);
          for (const entry of [main, ...beside]) {
            if (entry.decidedBy === 'national') continue;
            if (!known.has(entry.decidedBy))
              problems.push(`${where}: ${entry.id} depends on ${entry.decidedBy}, which was not asked`);
            else if (known.get(entry.decidedBy) !== area || !entry.areas?.includes(area))
              problems.push(`${where}: ${entry.id} is for ${entry.areas?.join(', ')}`);
          }
        }
        if (problems.length > 20) break;
      }
    }
    console.log(
      `Checked ${checked.toLocaleString('en-GB')} main contacts: ${routeSets.size.toLocaleString('en-GB')} route sets × ${areas.length} areas.`,
    );
    expect(problems).toEqual([]);
    // Every route set the flow can produce: 3,164 for flow 3.0.0.
    expect(routeSets.size).toBeGreaterThan(1_900);
    expect(checked).toBeGreaterThan(routeSets.size);
  });

  test('offers the Hampshire LADO only once where the adult works is asked, and only for Hampshire', () => {
    const asked = structuredClone(flow);
    asked.roles.placeQuestions = { 'adult-workplace': flow.roles.areaQuestion };
    const answers = [...routeSets.values()].find((candidate) =>
      decidePlan(flow, candidate).actions.some((action) => action.route === 'lado'),
    )!;
    const ladoOf = (area: string, from = flow) =>
      recommend(from, { ...answers, [flow.roles.areaQuestion]: area }).actions.find(
        (action) => action.route === 'lado',
      )!.mainContact!.main;
    expect(ladoOf('hampshire').decidedBy).toBe('national');
    expect(ladoOf('hampshire', asked)).toMatchObject({ decidedBy: 'adult-workplace', value: '01962 876364' });
    expect(ladoOf('portsmouth', asked).decidedBy).toBe('national');
  });
});
