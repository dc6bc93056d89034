import type { Answers } from '../engine/answers.ts';
import { compileCondition, listConditionTests } from '../engine/condition.ts';
import { chooseTexts } from '../engine/conditional-text.ts';
import type { Plan, PlannedAction } from '../engine/decide-plan.ts';
import type { Condition, Flow } from '../engine/flow-schema.ts';
import { indexFlow } from '../engine/index-flow.ts';
import type { Requirement, SafetyProperties, SafetyProperty } from './safety-property-schema.ts';

/** A plan with its actions by route, built once per path so that each check is a lookup. */
export type PlanView = { plan: Plan; action: (route: string) => PlannedAction | undefined };

/** Checks one path's plan, calling `fail` with the name of each property or invariant it breaks. */
export type PlanCheck = (answers: Answers, plan: Plan, fail: (property: string) => void) => void;
type Part = (answers: Answers, view: PlanView) => boolean;

/** Invariants every plan keeps, whatever the flow: named so that a failure says which. */
export const INVARIANTS = {
  hasAction: 'every plan has at least one action',
  routeOnce: 'a route appears once',
  urgencyOrder: 'actions are in urgency order, most urgent first',
  neverLowered: "no action is less urgent than its route's own urgency",
  addedByRule: 'every action was added by at least one rule',
  emergencyFirst: 'the emergency route, when present, is the first action',
} as const;

/** Who does an action: the lead that takes it over, or else `you` or `safeguarding-lead`. */
export const doerOf = (action: PlannedAction): string => action.lead ?? action.by;

/** What a property or its `exactly` form would be checking, for messages. */
function describeRequirement(requirement: Requirement): string {
  return Object.keys(requirement).join(', ');
}

/**
 * Checks of one requirement against a plan, returning whether it holds; for
 * `exactly`, whether each part it names is present (so that "present if and
 * only if" can be checked part by part).
 */
function compileRequirement(
  flow: Flow,
  requirement: Requirement,
): { holds: Part; parts: Part[]; readsAnswers: boolean } {
  const parts: Part[] = [];
  const others: Part[] = [];
  for (const route of requirement.routes ?? []) parts.push((_, view) => view.action(route) !== undefined);
  for (const route of requirement.noRoutes ?? []) others.push((_, view) => view.action(route) === undefined);
  if (requirement.first) {
    const first = requirement.first;
    parts.push((_, view) => view.plan.actions[0]?.route === first);
  }
  if (requirement.comesFirst) {
    const { route, except } = requirement.comesFirst;
    parts.push((_, { plan }) => {
      const position = plan.actions.findIndex((action) => action.route === route);
      return (
        position >= 0 && plan.actions.slice(0, position).every((action) => except.includes(action.route))
      );
    });
  }
  for (const [route, urgency] of Object.entries(requirement.urgency ?? {}))
    parts.push((_, view) => view.action(route)?.urgency === urgency);
  for (const [route, by] of Object.entries(requirement.by ?? {}))
    others.push((_, view) => {
      const action = view.action(route);
      return action === undefined || doerOf(action) === by;
    });
  if (requirement.byAll) {
    const by = requirement.byAll;
    others.push((_, view) => view.plan.actions.every((action) => doerOf(action) === by));
  }
  if (requirement.byNone) {
    const excluded = requirement.byNone;
    others.push((_, view) => view.plan.actions.every((action) => !excluded.includes(doerOf(action))));
  }
  for (const warning of requirement.warnings ?? [])
    parts.push((_, view) => view.plan.warnings.includes(warning));
  if (requirement.warningsInOrder) {
    const order = requirement.warningsInOrder;
    others.push((_, { plan }) => {
      const positions = order.map((id) => plan.warnings.indexOf(id)).filter((position) => position >= 0);
      return positions.every((position, index) => index === 0 || position > positions[index - 1]!);
    });
  }
  if (requirement.cites)
    parts.push(compileCitation(flow, requirement.cites.routes, requirement.cites.pattern));
  const all = [...parts, ...others];
  return {
    holds: (answers, view) => all.every((check) => check(answers, view)),
    parts,
    // Only a citation reads the answers (a reason's wording can depend on them); every other part reads the plan alone.
    readsAnswers: requirement.cites !== undefined,
  };
}

/**
 * Whether some action of the given routes cites the pattern in its reasons or
 * sources, as `recommend` would write them: each rule's reason (and the
 * reasonWhen texts that hold), the rules' sources and the route's own sources.
 * Worked out from the flow once, so that it is cheap on every path.
 */
function compileCitation(flow: Flow, routes: readonly string[], pattern: string): Part {
  const { citations } = indexFlow(flow);
  const matches = (text: string) => new RegExp(pattern).test(text);
  const citesSources = (ids: readonly string[]) => ids.some((id) => matches(citations.get(id) ?? ''));
  const routeCites = new Set(
    flow.routes.filter((route) => citesSources(route.sources)).map((route) => route.id),
  );
  const ruleCites = new Map(
    flow.rules.map((rule) => {
      const always = matches(rule.reason) || citesSources(rule.sources);
      const conditional = (rule.reasonWhen ?? []).filter((text) => matches(text.text));
      return [rule.id, { always, conditional }] as const;
    }),
  );
  return (answers, { plan }) =>
    plan.actions.some(
      (action) =>
        routes.includes(action.route) &&
        (routeCites.has(action.route) ||
          action.rules.some((id) => {
            const rule = ruleCites.get(id);
            return (
              rule !== undefined && (rule.always || chooseTexts([], rule.conditional, answers).length > 0)
            );
          })),
    );
}

/** Every id a property names must exist in the flow: a typo must not make a property vacuous. */
export function findPropertyProblems(flow: Flow, properties: SafetyProperties): string[] {
  const problems: string[] = [];
  const index = indexFlow(flow);
  const warnings = new Set(flow.warnings.map((warning) => warning.id));
  const doers = new Set([
    'you',
    'safeguarding-lead',
    ...(flow.roles.leadWhen ?? []).map((entry) => entry.lead),
  ]);
  const checkCondition = (condition: Condition, place: string) => {
    for (const test of listConditionTests(condition)) {
      const question = index.questions.get(test.question);
      if (!question) problems.push(`${place}: unknown question '${test.question}'`);
      else
        for (const value of test.values)
          if (!question.options.some((option) => option.value === value))
            problems.push(`${place}: '${value}' is not an answer to '${test.question}'`);
    }
  };
  const checkRoute = (route: string, place: string) => {
    if (!index.routes.has(route)) problems.push(`${place}: unknown route '${route}'`);
  };
  if (properties.flow !== flow.id)
    problems.push(`flow: the properties are for '${properties.flow}', not '${flow.id}'`);
  properties.properties.forEach((property, position) => {
    const place = `properties[${position}] (${property.id})`;
    if (property.when) checkCondition(property.when, `${place}.when`);
    const { require: requirement } = property;
    for (const route of [
      ...(requirement.routes ?? []),
      ...(requirement.noRoutes ?? []),
      ...(requirement.first ? [requirement.first] : []),
      ...(requirement.comesFirst ? [requirement.comesFirst.route, ...requirement.comesFirst.except] : []),
      ...Object.keys(requirement.urgency ?? {}),
      ...Object.keys(requirement.by ?? {}),
      ...(requirement.cites?.routes ?? []),
    ])
      checkRoute(route, `${place}.require`);
    for (const urgency of Object.values(requirement.urgency ?? {}))
      if (!index.urgencyRank.has(urgency))
        problems.push(`${place}.require.urgency: unknown urgency '${urgency}'`);
    for (const warning of [...(requirement.warnings ?? []), ...(requirement.warningsInOrder ?? [])])
      if (!warnings.has(warning)) problems.push(`${place}.require: unknown warning '${warning}'`);
    for (const doer of [
      ...Object.values(requirement.by ?? {}),
      ...(requirement.byAll ? [requirement.byAll] : []),
      ...(requirement.byNone ?? []),
    ])
      if (!doers.has(doer))
        problems.push(`${place}.require: unknown doer '${doer}' (known: ${[...doers].join(', ')})`);
    if (Object.keys(requirement).length === 0) problems.push(`${place}.require: requires nothing`);
    if (
      property.exactly &&
      (requirement.noRoutes ||
        requirement.by ||
        requirement.byAll ||
        requirement.byNone ||
        requirement.warningsInOrder)
    )
      problems.push(`${place}: 'exactly' cannot be used with noRoutes, by, byAll, byNone or warningsInOrder`);
  });
  properties.uncertainNeverLowers.routes.flat().forEach((route) => checkRoute(route, 'uncertainNeverLowers'));
  const budgetQuestion = index.questions.get(properties.pathBudget.oneSelectionOf);
  if (budgetQuestion?.kind !== 'many')
    problems.push(
      `pathBudget.oneSelectionOf: '${properties.pathBudget.oneSelectionOf}' is not a many-choice question`,
    );
  return problems;
}

/**
 * One property, split where the memoised check needs it: whether it applies
 * reads the answers; whether the plan then breaks it reads only the plan,
 * unless the property cites reasons, whose wording can depend on the answers.
 */
type CompiledProperty = {
  applies: (answers: Answers) => boolean;
  readsAnswers: boolean;
  /** The failure message, or undefined when the plan keeps the property. */
  breaks: (answers: Answers, view: PlanView, applies: boolean) => string | undefined;
};

function compileProperty(flow: Flow, property: SafetyProperty): CompiledProperty {
  const applies = property.when ? compileCondition(property.when) : () => true;
  const requirement = compileRequirement(flow, property.require);
  const { readsAnswers } = requirement;
  const name = `${property.id}: ${property.statement}`;
  if (!property.exactly)
    return {
      applies,
      readsAnswers,
      breaks: (answers, view, holds) => (holds && !requirement.holds(answers, view) ? name : undefined),
    };
  const exactName = `${name} (exactly: ${describeRequirement(property.require)} if and only if the condition holds)`;
  return {
    applies,
    readsAnswers,
    breaks: (answers, view, holds) =>
      requirement.parts.some((part) => part(answers, view) !== holds) ? exactName : undefined,
  };
}

/** The invariants every plan keeps, for this flow's urgencies and emergency route. */
function compileInvariants(flow: Flow): (plan: Plan, fail: (property: string) => void) => void {
  const { urgencyRank, routes } = indexFlow(flow);
  return ({ actions }, fail) => {
    if (actions.length === 0) fail(INVARIANTS.hasAction);
    let previousRank = -1;
    const seen = new Set<string>();
    actions.forEach((action, position) => {
      if (seen.has(action.route)) fail(INVARIANTS.routeOnce);
      seen.add(action.route);
      const rank = urgencyRank.get(action.urgency) ?? Infinity;
      if (rank < previousRank) fail(INVARIANTS.urgencyOrder);
      previousRank = rank;
      if (rank > (urgencyRank.get(routes.get(action.route)?.urgency ?? '') ?? -Infinity))
        fail(INVARIANTS.neverLowered);
      if (action.rules.length === 0) fail(INVARIANTS.addedByRule);
      if (action.route === flow.roles.emergencyRoute && position !== 0) fail(INVARIANTS.emergencyFirst);
    });
  };
}

function viewPlan(plan: Plan): PlanView {
  const byRoute = new Map<string, PlannedAction>();
  for (const action of plan.actions) byRoute.set(action.route, action);
  return { plan, action: (route) => byRoute.get(route) };
}

/** One check for the invariants and every property, compiled once for speed on millions of paths. */
export function compileSafetyChecks(flow: Flow, properties: SafetyProperties): PlanCheck {
  const invariants = compileInvariants(flow);
  const compiled = properties.properties.map((property) => compileProperty(flow, property));
  return (answers, plan, fail) => {
    invariants(plan, fail);
    const view = viewPlan(plan);
    for (const property of compiled) {
      const broken = property.breaks(answers, view, property.applies(answers));
      if (broken !== undefined) fail(broken);
    }
  };
}

/** Checks one path's plan, as PlanCheck, given the plan's number in a PlanTable (equal plans, equal numbers). */
export type NumberedPlanCheck = (
  answers: Answers,
  plan: Plan,
  planNumber: number,
  fail: (property: string) => void,
) => void;

/**
 * The same checks as compileSafetyChecks, for millions of paths that share a
 * few thousand plans: the invariants, and each property's verdict for a plan
 * when it applies and when it does not, are worked out once per distinct plan
 * and remembered. Whether a property applies is evaluated on every path's
 * answers wherever the two verdicts differ (where they agree, it cannot change
 * the result), and a property that reads the answers beyond that (cites) is
 * checked in full on every path.
 */
export function compileNumberedSafetyChecks(flow: Flow, properties: SafetyProperties): NumberedPlanCheck {
  const invariants = compileInvariants(flow);
  const compiled = properties.properties.map((property) => compileProperty(flow, property));
  /** A property the plan may break: its failure message when it applies and when it does not (undefined: kept). */
  type Verdict = { property: CompiledProperty; whenApplies?: string; otherwise?: string };
  type PlanVerdicts = { view: PlanView; invariantFailures: string[]; verdicts: Verdict[] };
  const byNumber: PlanVerdicts[] = [];
  const judge = (answers: Answers, plan: Plan): PlanVerdicts => {
    const view = viewPlan(plan);
    const invariantFailures: string[] = [];
    invariants(plan, (property) => invariantFailures.push(property));
    const verdicts: Verdict[] = [];
    for (const property of compiled) {
      if (property.readsAnswers) {
        verdicts.push({ property });
        continue;
      }
      // Whatever the answers: `breaks` reads only the plan and whether the property applies.
      const whenApplies = property.breaks(answers, view, true);
      const otherwise = property.breaks(answers, view, false);
      // A property this plan keeps whether or not it applies needs no condition evaluated on its paths.
      if (whenApplies !== undefined || otherwise !== undefined)
        verdicts.push({ property, whenApplies, otherwise });
    }
    return { view, invariantFailures, verdicts };
  };
  return (answers, plan, planNumber, fail) => {
    let known = byNumber[planNumber];
    if (known === undefined) {
      known = judge(answers, plan);
      byNumber[planNumber] = known;
    }
    for (const property of known.invariantFailures) fail(property);
    for (const { property, whenApplies, otherwise } of known.verdicts) {
      const applies = property.applies(answers);
      const broken = property.readsAnswers
        ? property.breaks(answers, known.view, applies)
        : applies
          ? whenApplies
          : otherwise;
      if (broken !== undefined) fail(broken);
    }
  };
}

const compiledChecks = new WeakMap<SafetyProperties, PlanCheck>();

/** The names of the invariants and properties a plan breaks for these answers: empty when it keeps them all. */
export function listBrokenProperties(
  flow: Flow,
  properties: SafetyProperties,
  answers: Answers,
  plan: Plan,
): string[] {
  let check = compiledChecks.get(properties);
  if (!check) {
    check = compileSafetyChecks(flow, properties);
    compiledChecks.set(properties, check);
  }
  const broken: string[] = [];
  check(answers, plan, (property) => broken.push(property));
  return broken;
}
