import type { Answers } from './answers.ts';
import { compileCondition } from './condition.ts';
import type { Condition, Flow, Rule, RuleAddition } from './flow-schema.ts';
import { indexFlow } from './index-flow.ts';

/** Who does an action: the person using the tool, or the designated safeguarding lead. */
export type ActionBy = 'you' | 'safeguarding-lead';

/**
 * One action of a plan: which route, how urgent, who does it, and the rules
 * that added it. `lead` names who leads it instead of the safeguarding lead
 * (roles.leadWhen); `by` is then `safeguarding-lead`: someone other than you leads it.
 */
export type PlannedAction = { route: string; urgency: string; by: ActionBy; lead?: string; rules: string[] };

/** The decisions alone, without any wording: what the safety checks and the change analysis compare. */
export type Plan = { actions: PlannedAction[]; warnings: string[]; lawNotes: string[] };

type Predicate = (answers: Answers) => boolean;

/** The flow's rules as closures over route positions, built once per flow: plans are decided millions of times in verification. */
type Decider = {
  rules: { id: string; when: Predicate; additions: { route: number; rank: number; when?: Predicate }[] }[];
  warnings: { id: string; when: Predicate }[];
  lawNotes: { id: string; when: Predicate | undefined }[];
  leads: { lead: string; when: Predicate; routes: ReadonlySet<string> | undefined }[];
};

const deciders = new WeakMap<Flow, Decider>();

function compileDecider(flow: Flow): Decider {
  const { urgencyRank } = indexFlow(flow);
  const position = new Map(flow.routes.map((route, index) => [route.id, index]));
  return {
    rules: flow.rules.map((rule) => ({
      id: rule.id,
      when: compileCondition(rule.when),
      additions: rule.add.map((addition) => {
        const route = position.get(addition.route)!;
        const compiled: { route: number; rank: number; when?: Predicate } = {
          route,
          rank: urgencyRank.get(addition.urgency ?? flow.routes[route]!.urgency)!,
        };
        if (addition.when) compiled.when = compileCondition(addition.when);
        return compiled;
      }),
    })),
    warnings: flow.warnings.map((warning) => ({ id: warning.id, when: compileCondition(warning.when) })),
    lawNotes: flow.lawNotes.map((note) => ({
      id: note.id,
      when: note.when ? compileCondition(note.when) : undefined,
    })),
    leads: (flow.roles.leadWhen ?? []).map((entry) => ({
      lead: entry.lead,
      when: compileCondition(entry.when),
      routes: entry.routes ? new Set(entry.routes) : undefined,
    })),
  };
}

/**
 * Decides the plan for a set of answers. Every rule whose `when` holds adds
 * its routes (each addition only when its own `when` holds too). A route
 * appears once, with every rule that added it, at the highest urgency any of
 * them gave it (a route's own urgency unless a rule raised it). Actions are
 * ordered by urgency, then in the flow's route order.
 */
export function decidePlan(flow: Flow, answers: Answers): Plan {
  let decider = deciders.get(flow);
  if (!decider) {
    decider = compileDecider(flow);
    deciders.set(flow, decider);
  }
  const ranks: number[] = new Array<number>(flow.routes.length).fill(-1);
  const rules: string[][] = new Array<string[]>(flow.routes.length);
  for (const rule of decider.rules) {
    if (!rule.when(answers)) continue;
    for (const addition of rule.additions) {
      if (addition.when && !addition.when(answers)) continue;
      const current = ranks[addition.route]!;
      if (current === -1 || addition.rank < current) ranks[addition.route] = addition.rank;
      const added = rules[addition.route];
      if (added === undefined) rules[addition.route] = [rule.id];
      else if (added[added.length - 1] !== rule.id) added.push(rule.id);
    }
  }
  const userIsLead = answers[flow.roles.userRole.question] === flow.roles.userRole.safeguardingLead;
  const leads = decider.leads.filter((entry) => entry.when(answers));
  const actions: PlannedAction[] = [];
  // By urgency, then in the flow's route order.
  for (let rank = 0; rank < flow.roles.urgencies.length; rank += 1) {
    for (let route = 0; route < flow.routes.length; route += 1) {
      if (ranks[route] !== rank) continue;
      const { id, by } = flow.routes[route]!;
      const lead =
        by === 'safeguarding-lead'
          ? leads.find((entry) => entry.routes === undefined || entry.routes.has(id))
          : undefined;
      const action: PlannedAction = {
        route: id,
        urgency: flow.roles.urgencies[rank]!.id,
        by: lead === undefined && (by === 'anyone' || userIsLead) ? 'you' : 'safeguarding-lead',
        rules: rules[route]!,
      };
      if (lead) action.lead = lead.lead;
      actions.push(action);
    }
  }
  const warnings: string[] = [];
  for (const warning of decider.warnings) if (warning.when(answers)) warnings.push(warning.id);
  const lawNotes: string[] = [];
  for (const note of decider.lawNotes) if (!note.when || note.when(answers)) lawNotes.push(note.id);
  return { actions, warnings, lawNotes };
}

/** The route ids of a plan, in order. */
export function listRoutes(plan: Plan): string[] {
  return plan.actions.map((action) => action.route);
}

/** When a rule's addition applies: the rule's `when`, and the addition's own `when` if it has one. */
export function additionCondition(rule: Rule, addition: RuleAddition): Condition {
  return addition.when ? { all: [rule.when, addition.when] } : rule.when;
}
