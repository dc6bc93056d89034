import type { Answers } from './answers.ts';
import { compileCondition } from './condition.ts';
import type { Flow } from './flow-schema.ts';
import { indexFlow } from './index-flow.ts';

/** Who does an action: the person using the tool, or the designated safeguarding lead. */
export type ActionBy = 'you' | 'safeguarding-lead';

/** One action of a plan: which route, how urgent, who does it, and the rules that added it. */
export type PlannedAction = { route: string; urgency: string; by: ActionBy; rules: string[] };

/** The decisions alone, without any wording: what the safety checks and the change analysis compare. */
export type Plan = { actions: PlannedAction[]; warnings: string[]; lawNotes: string[] };

/**
 * Decides the plan for a set of answers. Every rule whose `when` holds adds
 * its routes (each addition only when its own `when` holds too). A route
 * appears once, with every rule that added it, at the highest urgency any of
 * them gave it (a route's own urgency unless a rule raised it). Actions are
 * ordered by urgency, then in the flow's route order.
 */
export function decidePlan(flow: Flow, answers: Answers): Plan {
  const { routes, urgencyRank } = indexFlow(flow);
  const rankOf = new Map<string, number>();
  const rulesOf = new Map<string, string[]>();
  for (const rule of flow.rules) {
    if (!compileCondition(rule.when)(answers)) continue;
    for (const addition of rule.add) {
      if (addition.when && !compileCondition(addition.when)(answers)) continue;
      const route = routes.get(addition.route)!;
      const rank = urgencyRank.get(addition.urgency ?? route.urgency)!;
      const current = rankOf.get(route.id);
      if (current === undefined || rank < current) rankOf.set(route.id, rank);
      const rules = rulesOf.get(route.id) ?? [];
      if (!rules.includes(rule.id)) rules.push(rule.id);
      rulesOf.set(route.id, rules);
    }
  }
  const userIsLead = answers[flow.roles.userRole.question] === flow.roles.userRole.safeguardingLead;
  const actions: PlannedAction[] = [];
  for (const route of flow.routes) {
    const rank = rankOf.get(route.id);
    if (rank === undefined) continue;
    actions.push({
      route: route.id,
      urgency: flow.roles.urgencies[rank]!.id,
      by: route.by === 'anyone' || userIsLead ? 'you' : 'safeguarding-lead',
      rules: rulesOf.get(route.id)!,
    });
  }
  // A stable sort: within one urgency, the flow's route order stays.
  actions.sort((first, second) => urgencyRank.get(first.urgency)! - urgencyRank.get(second.urgency)!);
  return {
    actions,
    warnings: flow.warnings
      .filter((warning) => compileCondition(warning.when)(answers))
      .map((warning) => warning.id),
    lawNotes: flow.lawNotes
      .filter((note) => note.when === undefined || compileCondition(note.when)(answers))
      .map((note) => note.id),
  };
}

/** The route ids of a plan, in order. */
export function listRoutes(plan: Plan): string[] {
  return plan.actions.map((action) => action.route);
}
