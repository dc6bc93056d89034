import { describe, expect, test } from 'vitest';
import type { Answers } from '../../src/engine/answers.ts';
import { evaluateCondition, listConditionQuestions } from '../../src/engine/condition.ts';
import type { Plan, PlannedAction } from '../../src/engine/decide-plan.ts';
import { decidePlan } from '../../src/engine/decide-plan.ts';
import type { Flow } from '../../src/engine/flow-schema.ts';
import { listKnownPlaces, selectContacts } from '../../src/engine/find-main-contact.ts';
import { recommend } from '../../src/engine/recommend.ts';
import { listBrokenProperties } from '../../src/verification/check-safety-properties.ts';
import { listWordingOnlyQuestions } from '../../src/verification/journey-graph.ts';
import type { SafetyProperty } from '../../src/verification/safety-property-schema.ts';
import { verifyEveryPath } from '../../src/verification/verify-every-path.ts';
import { flow, properties, readScenarioFiles } from '../support/flow.ts';
import {
  listPlanRouteSets,
  ROUTE_SETS_FILE_VARIABLE,
  writePlanRouteSets,
} from '../e2e/support/plan-route-sets.ts';

/**
 * Exhaustive verification of the compiled machine: every path, checked against
 * every safety property of decision-rules.md (flows/online-abuse.properties.json),
 * the conservative default and the path budget. The same function runs as
 * `npm run verify:all`, which prints the figures.
 */
// The whole walk (seconds alone on a 2-core machine) runs as the file loads, so no test waits on it.
const result = verifyEveryPath(flow, properties);

// `npm test` runs this file before the browser tests and names a file for the
// plan-at-a-glance route sets: they come from the distinct plans found here,
// so the browser tests need not walk every path again (decision 0058).
const routeSetsFile = process.env[ROUTE_SETS_FILE_VARIABLE];
if (routeSetsFile) writePlanRouteSets(routeSetsFile, listPlanRouteSets(result.distinctPlans.values()));

describe('every path through the machine', () => {
  test('ends in a recommendation, reaches every question, and keeps every safety property', () => {
    console.log(
      `Verified ${result.paths.toLocaleString('en-GB')} paths (${result.classes.toLocaleString('en-GB')} classes) in ${result.seconds.toFixed(1)} s; ` +
        `path budget: longest with one concern ${result.budget.longestWithOne}, longest ${result.budget.longest}, ` +
        `median of ${result.budget.sequencesWithOne} one-concern sequences ${result.budget.medianSequencesWithOne}.`,
    );
    expect(
      result.failures.map((failure) => `${failure.property}: ${JSON.stringify(failure.answers)}`),
    ).toEqual([]);
    expect([...result.reached].sort()).toEqual(flow.questions.map((question) => question.id).sort());
    // Counted exactly: with setting and area, every complete path of flow 3.1.0 (as 3.0.0; 2.0.0 had 16,934,160).
    expect(result.paths).toBe(52_358_160);
    // The other counts of decision 0009, pinned so that a faster verification cannot quietly check less.
    expect(result.classes).toBe(5_235_816);
    expect([result.nodes, result.transitions]).toEqual([12_554, 48_912]);
    expect(result.uncertainComparisons).toBe(29_711_648);
    // Flow 3.0.0 had 4,172; 3.1.0's 'now' for the police and CEOP where an adult holds images splits some.
    expect(result.distinctPlans.size).toBe(5_564);
    expect(result.budget).toEqual({
      longestWithOne: 11,
      longest: 15,
      medianSequencesWithOne: 7,
      sequencesWithOne: 11,
    });
  });

  test('keeps the path budget of spec version 2', () => {
    const budget = properties.pathBudget;
    expect(result.budget.longestWithOne).toBeLessThanOrEqual(budget.longestWithOne);
    expect(result.budget.longest).toBeLessThanOrEqual(budget.longest);
    expect(result.budget.medianSequencesWithOne).toBeLessThanOrEqual(budget.medianSequencesWithOne);
  });

  test('holds only setting and area as wording-only, and they are read by no path or decision condition', () => {
    expect(result.wordingOnly).toEqual(['setting', 'area']);
    const readByConditions = [
      ...flow.questions.flatMap((question) =>
        question.askedWhen ? listConditionQuestions(question.askedWhen) : [],
      ),
      ...flow.rules.flatMap((rule) => [
        ...listConditionQuestions(rule.when),
        ...rule.add.flatMap((addition) => (addition.when ? listConditionQuestions(addition.when) : [])),
      ]),
      ...flow.warnings.flatMap((warning) => listConditionQuestions(warning.when)),
      ...flow.lawNotes.flatMap((note) => (note.when ? listConditionQuestions(note.when) : [])),
    ];
    expect(readByConditions).not.toContain('setting');
    expect(readByConditions).not.toContain('area');
  });

  test('counts a wording-only question by multiplicity: a flow where setting is read has twice the classes', () => {
    const readsSetting: Flow = structuredClone(flow);
    readsSetting.rules[0]!.when = {
      all: [readsSetting.rules[0]!.when, { not: { question: 'setting', is: ['other-setting'] } }],
    };
    expect(listWordingOnlyQuestions(readsSetting)).toEqual(['area']);
  });
});

describe('the wording of every distinct plan, in every setting and area', () => {
  const areaQuestion = flow.questions.find((question) => question.id === flow.roles.areaQuestion)!;
  const settings = flow.questions.find((question) => question.id === 'setting')!.options;
  const cases = [...result.distinctPlans.values()].flatMap((answers) =>
    settings.flatMap((setting) =>
      areaQuestion.options.map((area): Answers => ({
        ...answers,
        setting: setting.value,
        [areaQuestion.id]: area.value,
      })),
    ),
  );

  test('gives every action reasons, sources, the contacts for the chosen area only, and who does it in words', () => {
    const problems: string[] = [];
    for (const answers of cases) {
      const recommendation = recommend(flow, answers);
      const area = answers[areaQuestion.id] as string;
      for (const action of recommendation.actions) {
        const route = flow.routes.find((candidate) => candidate.id === action.route)!;
        const where = `${action.route} in ${area} (${JSON.stringify(answers)})`;
        if (action.reasons.length === 0 || action.sources.length === 0)
          problems.push(`${where}: no reason or source`);
        const expected = selectContacts(route.contacts, listKnownPlaces(flow, answers)).map(
          (contact) => contact.value,
        );
        const shown = action.contact?.entries.map((entry) => entry.value) ?? [];
        if (shown.join('|') !== expected.join('|') || (action.contact && action.contact.area !== area))
          problems.push(`${where}: contacts ${shown.join(', ')} instead of ${expected.join(', ')}`);
        const lead = flow.roles.leadWhen?.find((entry) => entry.lead === action.lead);
        const { actionBy } = flow.roles;
        // An action in the most urgent band must not be worded "today".
        const now = action.urgency === flow.roles.urgencies[0]!.id;
        const words = lead
          ? (now && lead.whoNow) || lead.who
          : action.by === 'you'
            ? actionBy.you
            : (now && actionBy.safeguardingLeadNow) || actionBy.safeguardingLead;
        if (action.who !== words) problems.push(`${where}: says '${action.who}'`);
        if (now && /\btoday\b/.test(action.who)) problems.push(`${where}: now, but says '${action.who}'`);
      }
      if (problems.length > 20) break;
    }
    expect(problems).toEqual([]);
    expect(cases.length).toBe(result.distinctPlans.size * 10);
  });
});

describe('the checks can fail', () => {
  const danger: Answers = {
    'immediate-danger': 'yes',
    'your-role': 'other-staff',
    setting: 'education-setting',
    area: 'hampshire',
    'child-age': '13-to-15',
    concerns: ['sextortion'],
    'adult-involved': 'yes',
    'works-with-children': 'no',
  };

  test('a plan with 999 moved last, or support for the child lowered to today, is caught', () => {
    const plan = decidePlan(flow, danger);
    expect(listBrokenProperties(flow, properties, danger, plan)).toEqual([]);
    const moved = { ...plan, actions: [...plan.actions.slice(1), plan.actions[0]!] };
    const broken = listBrokenProperties(flow, properties, danger, moved);
    expect(broken.some((name) => name.startsWith('danger-calls-999-first'))).toBe(true);
    const lowered = {
      ...plan,
      actions: plan.actions.map((action) =>
        action.route === 'support-child' ? { ...action, urgency: 'today' } : action,
      ),
    };
    expect(
      listBrokenProperties(flow, properties, danger, lowered).some((name) =>
        name.startsWith('sextortion-support-child-now'),
      ),
    ).toBe(true);
  });

  // One path for every distinct plan, and every scenario file: between them every property is exercised.
  const examples = [
    ...result.distinctPlans.values(),
    ...readScenarioFiles().map(({ scenario }) => scenario.answers as Answers),
  ];
  const applies = (property: SafetyProperty, answers: Answers) =>
    property.when === undefined || evaluateCondition(property.when, answers);
  /** The action done by someone else: a lead's action goes back to the DSL, and 'you' and the DSL swap. */
  const changeDoer = ({ lead, ...action }: PlannedAction): PlannedAction =>
    lead === undefined ? { ...action, by: action.by === 'you' ? 'safeguarding-lead' : 'you' } : action;
  /** The action done by this doer. */
  const doneBy = ({ lead: _lead, ...action }: PlannedAction, doer: string): PlannedAction =>
    doer === 'you' || doer === 'safeguarding-lead'
      ? { ...action, by: doer }
      : { ...action, by: 'safeguarding-lead', lead: doer };
  const otherUrgency = (urgency: string) => flow.roles.urgencies.find((band) => band.id !== urgency)!.id;

  /** The plan changed so that the property's requirement no longer holds, or undefined if this plan gives no way. */
  const breakPlan = (property: SafetyProperty, plan: Plan): Plan | undefined => {
    const { require: requirement } = property;
    const actions = plan.actions;
    if (requirement.routes)
      return { ...plan, actions: actions.filter((action) => !requirement.routes!.includes(action.route)) };
    if (requirement.noRoutes)
      return {
        ...plan,
        actions: [...actions, { route: requirement.noRoutes[0]!, urgency: 'next', by: 'you', rules: ['R1'] }],
      };
    if (requirement.first) return { ...plan, actions: [...actions.slice(1), actions[0]!] };
    if (requirement.comesFirst) {
      const { route } = requirement.comesFirst;
      return {
        ...plan,
        actions: [
          ...actions.filter((action) => action.route !== route),
          ...actions.filter((action) => action.route === route),
        ],
      };
    }
    if (requirement.urgency)
      return {
        ...plan,
        actions: actions.map((action) =>
          action.route in requirement.urgency!
            ? { ...action, urgency: otherUrgency(action.urgency) }
            : action,
        ),
      };
    if (requirement.by) {
      const target = actions.find((action) => action.route in requirement.by!);
      if (!target) return undefined;
      return {
        ...plan,
        actions: actions.map((action) => (action === target ? changeDoer(action) : action)),
      };
    }
    if (requirement.byAll)
      return {
        ...plan,
        actions: actions.map((action, index) => (index === 0 ? changeDoer(action) : action)),
      };
    if (requirement.byNone) {
      const doer = requirement.byNone[0]!;
      return {
        ...plan,
        actions: actions.map((action, index) => (index === 0 ? doneBy(action, doer) : action)),
      };
    }
    if (requirement.warnings)
      return { ...plan, warnings: plan.warnings.filter((id) => !requirement.warnings!.includes(id)) };
    if (requirement.warningsInOrder) {
      const present = requirement.warningsInOrder.filter((id) => plan.warnings.includes(id));
      if (present.length < 2) return undefined;
      return { ...plan, warnings: [...plan.warnings].reverse() };
    }
    if (requirement.cites)
      return {
        ...plan,
        actions: actions.filter((action) => !requirement.cites!.routes.includes(action.route)),
      };
    return undefined;
  };

  test.each(properties.properties.map((property) => [property.id, property] as const))(
    '%s is broken by a plan that does not meet it',
    (_id, property) => {
      const only = { ...properties, properties: [property] };
      const broken = examples.flatMap((answers) => {
        if (!applies(property, answers)) return [];
        const changed = breakPlan(property, decidePlan(flow, answers));
        return changed ? [listBrokenProperties(flow, only, answers, changed)] : [];
      });
      expect(broken.length, 'some path exercises the property').toBeGreaterThan(0);
      expect(broken[0]!.some((name) => name.startsWith(`${property.id}:`))).toBe(true);
    },
  );

  test.each(
    properties.properties
      .filter((property) => property.exactly)
      .map((property) => [property.id, property] as const),
  )('%s (exactly) is also broken when what it requires appears without its condition', (_id, property) => {
    const only = { ...properties, properties: [property] };
    const outside = examples.find((answers) => !applies(property, answers));
    expect(outside, 'some path lies outside the condition').toBeDefined();
    const plan = decidePlan(flow, outside!);
    const { require: requirement } = property;
    const route =
      requirement.routes?.[0] ??
      requirement.first ??
      Object.keys(requirement.urgency ?? {})[0] ??
      requirement.cites?.routes[0];
    const added: Plan = route
      ? {
          ...plan,
          actions: [
            {
              route,
              urgency: requirement.urgency?.[route] ?? 'now',
              by: 'you',
              rules: requirement.cites ? ['R15'] : ['R1'],
            },
            ...plan.actions.filter((action) => action.route !== route),
          ],
        }
      : { ...plan, warnings: [...plan.warnings, ...(requirement.warnings ?? [])] };
    expect(
      listBrokenProperties(flow, only, outside!, added).some((name) => name.startsWith(`${property.id}:`)),
    ).toBe(true);
  });
});

/**
 * One answer set for every distinct set of routes the flow can recommend: each
 * is a projection of a distinct plan, and the verification above lists every
 * distinct plan with an example (so no second walk of every path is needed).
 */
const routeSets = new Map<string, Answers>();
for (const answers of result.distinctPlans.values()) {
  const key = decidePlan(flow, answers)
    .actions.map((action) => action.route)
    .join(' ');
  if (!routeSets.has(key)) routeSets.set(key, answers);
}
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
    // Every route set the flow can produce: 3,164 for flow 3.0.0, 3,860 for 3.1.0.
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
